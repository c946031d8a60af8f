package org.passerelle.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.passerelle.core.AggregateRoot;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.UserId;

/**
 * A confidentiality incident in the register: recorded with its assessment, then its notices sent
 * and the measures taken, closed when done. A serious risk is closed only once both notices are
 * sent. Changed only as of the version read.
 */
@Entity
@Table(name = "privacy_incident")
class Incident extends AggregateRoot<Incident> {

	@Id
	private UUID id;

	private String whatHappened;

	private String informationConcerned;

	private int personsCount;

	private String personsDescription;

	private LocalDate occurredOn;

	private LocalDate knownOn;

	@Enumerated(EnumType.STRING)
	private RiskLevel sensitivity;

	private String consequences;

	@Enumerated(EnumType.STRING)
	private RiskLevel likelihood;

	private boolean seriousRisk;

	private String reasoning;

	private LocalDate commissionNoticePlanned;

	private LocalDate commissionNoticeSent;

	@Enumerated(EnumType.STRING)
	private NoticeMeans commissionNoticeMeans;

	private LocalDate personsNoticePlanned;

	private LocalDate personsNoticeSent;

	@Enumerated(EnumType.STRING)
	private NoticeMeans personsNoticeMeans;

	private LocalDate closedOn;

	private UUID recordedBy;

	private Instant recordedAt;

	@ElementCollection
	@CollectionTable(name = "privacy_incident_measure", joinColumns = @JoinColumn(name = "incident_id"))
	@OrderColumn(name = "position")
	private List<Measure> measures = new ArrayList<>();

	/** Something done about the incident: to contain it, reduce the risk, or prevent another. */
	@Embeddable
	record Measure(LocalDate takenOn, String description) {
	}

	protected Incident() {
	}

	/** Records an incident as of {@code today}, refusing the first of its {@link IncidentDetails#problems}. */
	static Incident record(IncidentDetails details, LocalDate today, UserId by, Instant at) {
		var problems = details.problems(today);
		if (!problems.isEmpty()) {
			throw problems.getFirst();
		}
		var incident = new Incident();
		incident.id = UUID.randomUUID();
		incident.whatHappened = details.whatHappened().strip();
		incident.informationConcerned = details.informationConcerned().strip();
		incident.personsCount = details.personsCount();
		incident.personsDescription = details.personsDescription().strip();
		incident.occurredOn = details.occurredOn();
		incident.knownOn = details.knownOn();
		incident.sensitivity = details.sensitivity();
		incident.consequences = details.consequences().strip();
		incident.likelihood = details.likelihood();
		incident.seriousRisk = details.seriousRisk();
		incident.reasoning = details.reasoning().strip();
		incident.commissionNoticePlanned = details.commissionNoticePlanned();
		incident.personsNoticePlanned = details.personsNoticePlanned();
		incident.recordedBy = by.value();
		incident.recordedAt = at;
		return incident;
	}

	/** A notice sent, on a day between the day the incident became known and today. */
	void noticeSent(NoticeRecipient recipient, LocalDate sentOn, NoticeMeans means, LocalDate today) {
		requireOpen();
		if (sentOn == null) {
			throw new InvalidFieldException("sentOn", "privacy.incident.notice.sentOn.required");
		}
		if (means == null) {
			throw new InvalidFieldException("means", "privacy.incident.notice.means.required");
		}
		if (sentOn.isAfter(today)) {
			throw new InvalidFieldException("sentOn", "privacy.incident.date.future");
		}
		if (sentOn.isBefore(knownOn)) {
			throw new InvalidFieldException("sentOn", "privacy.incident.notice.beforeKnown");
		}
		switch (recipient) {
			case COMMISSION -> {
				commissionNoticeSent = sentOn;
				commissionNoticeMeans = means;
			}
			case PERSONS -> {
				personsNoticeSent = sentOn;
				personsNoticeMeans = means;
			}
		}
	}

	/** A measure taken, on a day between the day the incident happened and today. */
	void measureTaken(LocalDate takenOn, String description, LocalDate today) {
		requireOpen();
		if (takenOn == null) {
			throw new InvalidFieldException("takenOn", "privacy.incident.measure.takenOn.required");
		}
		if (description == null || description.isBlank()) {
			throw new InvalidFieldException("description", "privacy.incident.measure.description.required");
		}
		if (takenOn.isAfter(today)) {
			throw new InvalidFieldException("takenOn", "privacy.incident.date.future");
		}
		if (takenOn.isBefore(occurredOn)) {
			throw new InvalidFieldException("takenOn", "privacy.incident.measure.beforeOccurred");
		}
		measures.add(new Measure(takenOn, description.strip()));
	}

	/** Closes the incident: a serious risk only once the Commission and the persons are told. */
	void close(LocalDate today) {
		requireOpen();
		if (seriousRisk && (commissionNoticeSent == null || personsNoticeSent == null)) {
			throw new RuleViolationException("privacy.incident.close.noticesMissing");
		}
		closedOn = today;
	}

	private void requireOpen() {
		if (closedOn != null) {
			throw new RuleViolationException("privacy.incident.closed");
		}
	}

	IncidentView view() {
		return new IncidentView(new IncidentId(id), version(), whatHappened, informationConcerned, personsCount,
				personsDescription, occurredOn, knownOn, sensitivity, consequences, likelihood, seriousRisk, reasoning,
				List.of(new IncidentView.Notice(NoticeRecipient.COMMISSION, commissionNoticePlanned, commissionNoticeSent,
						commissionNoticeMeans),
						new IncidentView.Notice(NoticeRecipient.PERSONS, personsNoticePlanned, personsNoticeSent,
								personsNoticeMeans)),
				measures.stream().map(measure -> new IncidentView.Measure(measure.takenOn(), measure.description())).toList(),
				closedOn, new UserId(recordedBy), recordedAt);
	}

	@Override
	protected Object identifier() {
		return id;
	}
}
