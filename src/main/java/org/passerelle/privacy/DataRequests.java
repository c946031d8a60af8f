package org.passerelle.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.passerelle.core.NotFoundException;
import org.passerelle.core.PersonalDataAccessed;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.participant.ParticipantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests people make about their personal information (Law 25 ss. 27–32), handled on their behalf:
 * a coordinator records one for a person in their programs, the privacy officer for anyone; the
 * privacy officer follows them all by deadline, answers an access or portability request with the
 * person's export, and every request is answered once — what was changed or given, or why not.
 * Coordinators follow and answer the requests of the people they may see; a request about anyone
 * else is not found, as everywhere.
 */
@Service
@Transactional
public class DataRequests {

	private final DataRequestRepository requests;

	private final ParticipantDirectory participants;

	private final PersonalDataExport export;

	private final AccessPolicy policy;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	DataRequests(DataRequestRepository requests, ParticipantDirectory participants, PersonalDataExport export,
			AccessPolicy policy, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.requests = requests;
		this.participants = participants;
		this.export = export;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the actor records and answers requests: the privacy officer, coordinators and administrators. */
	public static boolean mayHandle(Actor actor) {
		return actor.is(Role.PRIVACY_OFFICER) || actor.is(Role.COORDINATOR) || actor.is(Role.ADMIN);
	}

	/**
	 * Records a request received for a person; its deadline is 30 days after the day received.
	 *
	 * @throws NotFoundException for a person the actor may not see (the privacy officer sees anyone on file)
	 * @throws org.passerelle.core.InvalidFieldException naming the field refused
	 */
	public DataRequestView record(Actor actor, ParticipantId person, DataRequestKind kind, LocalDate receivedOn,
			RequestChannel channel, String details) {
		policy.require(mayHandle(actor));
		var name = nameOf(actor, person);
		var request = requests.save(
				DataRequest.record(person, kind, receivedOn, channel, details, today(), actor.userId(), clock.instant()));
		return request.view(name, today());
	}

	/** The requests the actor may see: open ones first, the nearest deadline first, then those answered. */
	@Transactional(readOnly = true)
	public List<DataRequestView> list(Actor actor) {
		policy.require(mayHandle(actor));
		var all = requests.findAllByDeadline();
		var names = participants.names(all.stream().map(DataRequest::person).collect(Collectors.toSet()));
		return all.stream()
			.filter(request -> sees(actor, request.person()))
			.map(request -> request.view(names.get(request.person()), today()))
			.toList();
	}

	/** One request. */
	@Transactional(readOnly = true)
	public DataRequestView find(Actor actor, DataRequestId id) {
		policy.require(mayHandle(actor));
		var request = visible(actor, id);
		return request.view(participants.names(Set.of(request.person())).get(request.person()), today());
	}

	/**
	 * Answers an open request, as of the version read.
	 *
	 * @throws org.passerelle.core.RuleViolationException when it is already answered
	 * @throws org.passerelle.core.InvalidFieldException naming the field refused
	 */
	public DataRequestView answer(Actor actor, DataRequestId id, long version, RequestOutcome outcome,
			LocalDate answeredOn, String response, String refusalReason) {
		policy.require(mayHandle(actor));
		var request = visible(actor, id);
		request.requireVersion(version);
		request.answer(outcome, answeredOn, response, refusalReason, today(), actor.userId(), clock.instant());
		requests.save(request);
		return request.view(participants.names(Set.of(request.person())).get(request.person()), today());
	}

	/**
	 * The person's export for the privacy officer to send them, answering their open access or
	 * portability request; written to the audit trail as an export of the person's data.
	 *
	 * @param format what the officer downloads ({@code json}, {@code pdf}), named in the audit trail
	 * @throws org.passerelle.core.RuleViolationException for a request answered, or of another kind
	 */
	public PersonalData export(Actor actor, DataRequestId id, String format) {
		var request = visible(actor, id);
		policy.require(actor.is(Role.PRIVACY_OFFICER));
		request.requireExportable();
		requests.exported(id.value(), clock.instant());
		events.publishEvent(PersonalDataAccessed.exported(actor.userId().value(), List.of(request.person().value()),
				"data-request " + id + " " + format));
		return export.gather(request.person());
	}

	private DataRequest visible(Actor actor, DataRequestId id) {
		return policy.requireVisible(requests.findById(id.value()), request -> sees(actor, request.person()),
				"data request", id);
	}

	/**
	 * Whether the actor handles this person's requests: the privacy officer and administrators anyone,
	 * a coordinator the people taking part in a program they coordinate (as they see their records).
	 */
	private boolean sees(Actor actor, ParticipantId person) {
		return switch (actor.role()) {
			case PRIVACY_OFFICER, ADMIN -> true;
			case COORDINATOR -> jdbc.sql("""
					select exists (select 1 from participant_participation p
					  join program_coordinator c on c.program_id = p.program_id
					  where p.participant_id = ? and c.user_id = ?)""")
				.param(person.value())
				.param(actor.userId().value())
				.query(Boolean.class)
				.single();
			default -> false;
		};
	}

	/** The person's name, if the actor may handle their requests: the privacy officer anyone on file. */
	private String nameOf(Actor actor, ParticipantId person) {
		if (person == null || !sees(actor, person)) {
			throw new NotFoundException("participant", person);
		}
		var name = participants.names(Set.of(person)).get(person);
		if (name == null) {
			throw new NotFoundException("participant", person);
		}
		return name;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
