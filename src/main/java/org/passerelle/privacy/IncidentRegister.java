package org.passerelle.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.passerelle.core.NotFoundException;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of confidentiality incidents (Law 25 s. 3.5–3.8): the privacy officer records each
 * incident with the assessment of its risk, the notices sent and the measures taken, and closes it;
 * administrators read it. Anyone else is refused.
 */
@Service
@Transactional
public class IncidentRegister {

	private final IncidentRepository incidents;

	private final AccessPolicy policy;

	private final Clock clock;

	IncidentRegister(IncidentRepository incidents, AccessPolicy policy, Clock clock) {
		this.incidents = incidents;
		this.policy = policy;
		this.clock = clock;
	}

	/** Every incident, the open ones first, then the most recently known. */
	@Transactional(readOnly = true)
	public List<IncidentView> list(Actor actor) {
		policy.require(policy.mayReadIncidents(actor));
		return incidents.findAllOpenFirst().stream().map(Incident::view).toList();
	}

	/** One incident. */
	@Transactional(readOnly = true)
	public IncidentView find(Actor actor, IncidentId id) {
		policy.require(policy.mayReadIncidents(actor));
		return incident(id).view();
	}

	/**
	 * Records an incident.
	 *
	 * @throws org.passerelle.core.InvalidFieldException for the first of {@link IncidentDetails#problems}
	 */
	public IncidentView record(Actor actor, IncidentDetails details) {
		policy.require(policy.mayManageIncidents(actor));
		return incidents.save(Incident.record(details, today(), actor.userId(), clock.instant())).view();
	}

	/** Records a notice sent to the Commission or to the persons concerned, as of the version read. */
	public IncidentView noticeSent(Actor actor, IncidentId id, long version, NoticeRecipient recipient, LocalDate sentOn,
			NoticeMeans means) {
		policy.require(policy.mayManageIncidents(actor));
		var incident = incident(id);
		incident.requireVersion(version);
		incident.noticeSent(recipient, sentOn, means, today());
		return incidents.saveAndFlush(incident).view(); // flushed, so that the version answered is the one the next change sends
	}

	/** Records a measure taken, as of the version read. */
	public IncidentView measureTaken(Actor actor, IncidentId id, long version, LocalDate takenOn, String description) {
		policy.require(policy.mayManageIncidents(actor));
		var incident = incident(id);
		incident.requireVersion(version);
		incident.measureTaken(takenOn, description, today());
		return incidents.saveAndFlush(incident).view();
	}

	/** Closes an incident, as of the version read: a serious one once both notices are sent. */
	public IncidentView close(Actor actor, IncidentId id, long version) {
		policy.require(policy.mayManageIncidents(actor));
		var incident = incident(id);
		incident.requireVersion(version);
		incident.close(today());
		return incidents.saveAndFlush(incident).view();
	}

	/** How many incidents are open, and how many of them wait for a notice: the privacy officer's home page. */
	@Transactional(readOnly = true)
	public Counts counts(Actor actor) {
		policy.require(policy.mayReadIncidents(actor));
		var open = incidents.findAllOpenFirst().stream().map(Incident::view).filter(IncidentView::open).toList();
		return new Counts(open.size(), open.stream().filter(IncidentView::noticesDue).count());
	}

	/** The counts of {@link #counts}. */
	public record Counts(long open, long noticesDue) {
	}

	private Incident incident(IncidentId id) {
		return incidents.findById(id.value()).orElseThrow(() -> new NotFoundException("incident", id));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
