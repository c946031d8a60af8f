package org.passerelle.evaluation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.NotFoundException;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.identity.UserId;
import org.passerelle.identity.UserManagement;
import org.passerelle.mentorship.EmploymentStatus;
import org.passerelle.mentorship.MentorshipEvents.ExitInterviewEmploymentAnswered;
import org.passerelle.mentorship.MentorshipEvents.MentorshipClosed;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;
import org.passerelle.reference.Classification;
import org.passerelle.reference.ReferenceData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's employment history (R-OUT-1, R-OUT-2) — one truth fed by everything that says where
 * they stand with work: the closure of their mentorship, their exit interview (a correction
 * replaces its entry), each follow-up answered, and the coordinator at any time; with the
 * interviews obtained and training followed, and their academic admissions. The person reads
 * their own; the coordinators who may see the person read it and add to it; anyone else does
 * not learn it exists.
 */
@Service
@Transactional
public class EmploymentHistory {

	/** No date of a working life in the history comes before this one: earlier is a typing mistake. */
	static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);

	static final int TEXT_MAX = 200;

	static final int DESCRIPTION_MAX = 300;

	private final ParticipantDirectory participants;

	private final AccessPolicy policy;

	private final UserManagement users;

	private final ReferenceData reference;

	private final JdbcClient jdbc;

	private final Clock clock;

	EmploymentHistory(ParticipantDirectory participants, AccessPolicy policy, UserManagement users,
			ReferenceData reference, JdbcClient jdbc, Clock clock) {
		this.participants = participants;
		this.policy = policy;
		this.users = users;
		this.reference = reference;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The person's history, newest first, for themself and the coordinators who may see them. */
	@Transactional(readOnly = true)
	public EmploymentHistoryView of(Actor actor, ParticipantId person) {
		var mayRecord = requireReader(actor, person);
		// who recorded each entry is read as an id, then named in one read
		var entries = jdbc.sql("""
				select r.*, f.months, f.answered_how from employment_record r
				left join employment_follow_up f on f.id = r.follow_up_id
				where r.participant_id = ?
				order by r.recorded_on desc, r.recorded_at desc,
				         array_position(array['CLOSURE', 'EXIT_INTERVIEW', 'FOLLOW_UP', 'COORDINATOR'], r.source) desc""")
			.param(person.value())
			.query((rs, row) -> {
				var how = rs.getString("answered_how");
				return new EmploymentHistoryView.Entry(rs.getObject("id", UUID.class),
						rs.getDate("recorded_on").toLocalDate(), EmploymentStatus.valueOf(rs.getString("status")),
						rs.getString("employer"), rs.getString("occupation_code"),
						rs.getDate("started_on") == null ? null : rs.getDate("started_on").toLocalDate(),
						rs.getObject("hours_per_week", Integer.class), rs.getObject("through_mentor_network", Boolean.class),
						EmploymentSource.valueOf(rs.getString("source")), rs.getObject("months", Integer.class),
						how == null ? null : AnswerChannel.valueOf(how), rs.getString("recorded_by"),
						rs.getTimestamp("recorded_at").toInstant());
			})
			.list();
		var steps = jdbc.sql("select * from career_step where participant_id = ? order by happened_on desc, recorded_at desc")
			.param(person.value())
			.query((rs, row) -> new EmploymentHistoryView.Step(rs.getObject("id", UUID.class),
					CareerStepKind.valueOf(rs.getString("kind")), rs.getDate("happened_on").toLocalDate(),
					rs.getString("description"), rs.getString("recorded_by")))
			.list();
		var admissions = jdbc.sql("select * from academic_admission where participant_id = ? order by admitted_on desc, recorded_at desc")
			.param(person.value())
			.query((rs, row) -> new EmploymentHistoryView.Admission(rs.getObject("id", UUID.class),
					rs.getString("program_name"), rs.getString("institution"), rs.getBoolean("related"),
					rs.getDate("admitted_on").toLocalDate(), rs.getString("recorded_by")))
			.list();
		var ids = new ArrayList<UserId>();
		entries.forEach(entry -> ids.add(user(entry.recordedBy())));
		steps.forEach(step -> ids.add(user(step.recordedBy())));
		admissions.forEach(admission -> ids.add(user(admission.recordedBy())));
		var names = users.names(ids.stream().filter(Objects::nonNull).distinct().toList());
		return new EmploymentHistoryView(person, entries.stream()
			.map(e -> new EmploymentHistoryView.Entry(e.id(), e.recordedOn(), e.status(), e.employer(), e.occupationCode(),
					e.startedOn(), e.hoursPerWeek(), e.throughMentorNetwork(), e.source(), e.followUpMonths(), e.channel(),
					name(names, e.recordedBy()), e.recordedAt()))
			.toList(),
				steps.stream()
					.map(s -> new EmploymentHistoryView.Step(s.id(), s.kind(), s.happenedOn(), s.description(),
							name(names, s.recordedBy())))
					.toList(),
				admissions.stream()
					.map(a -> new EmploymentHistoryView.Admission(a.id(), a.programName(), a.institution(), a.related(),
							a.admittedOn(), name(names, a.recordedBy())))
					.toList(),
				mayRecord);
	}

	private static UserId user(String id) {
		return id == null ? null : new UserId(UUID.fromString(id));
	}

	private static String name(java.util.Map<UserId, String> names, String id) {
		return id == null ? null : names.get(user(id));
	}

	/**
	 * The coordinator records where the person stands with work on a date (today when null): a
	 * change learned at any time, outside the follow-ups.
	 */
	public EmploymentHistoryView record(Actor actor, ParticipantId person, LocalDate on, EmploymentAnswer answer) {
		requireRecorder(actor, person);
		var date = on == null ? LocalDate.now(clock) : on;
		if (date.isAfter(LocalDate.now(clock)) || date.isBefore(EARLIEST)) {
			throw new InvalidFieldException("recordedOn", "employment.date.future");
		}
		add(person, date, check(answer), EmploymentSource.COORDINATOR, null, null, null, actor.userId());
		return of(actor, person);
	}

	/** The coordinator records an interview the person obtained or a training they followed. */
	public EmploymentHistoryView recordStep(Actor actor, ParticipantId person, CareerStep step) {
		requireRecorder(actor, person);
		if (step == null || step.kind() == null) {
			throw new InvalidFieldException("kind", "employment.step.kind.required");
		}
		if (step.happenedOn() == null || step.happenedOn().isAfter(LocalDate.now(clock))
				|| step.happenedOn().isBefore(EARLIEST)) {
			throw new InvalidFieldException("happenedOn", "employment.step.date");
		}
		var description = step.description() == null ? "" : step.description().strip();
		if (description.isEmpty()) {
			throw new InvalidFieldException("description", "employment.step.description.required");
		}
		if (description.length() > DESCRIPTION_MAX) {
			throw new InvalidFieldException("description", "employment.text.tooLong", DESCRIPTION_MAX);
		}
		jdbc.sql("""
				insert into career_step (id, participant_id, kind, happened_on, description, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), person.value(), step.kind().name(), Date.valueOf(step.happenedOn()), description,
					actor.userId().value(), Timestamp.from(clock.instant()))
			.update();
		return of(actor, person);
	}

	/** The closure's employment starts the history of the mentorship's mentee. */
	@ApplicationModuleListener
	void on(MentorshipClosed event) {
		jdbc.sql("""
				insert into employment_record (id, participant_id, recorded_on, status, source, program_id, mentorship_id,
				                               recorded_at, completed)
				values (?, ?, ?, ?, 'CLOSURE', ?, ?, ?, ?)
				on conflict do nothing""")
			.params(UUID.randomUUID(), event.mentee().value(), Date.valueOf(event.closedOn()),
					event.employment().name(), event.program().value(), event.mentorship().value(),
					Timestamp.from(clock.instant()), event.reason() == null || event.reason().completion())
			.update();
	}

	/** The mentee's exit interview says where they stand; a correction replaces what it said. */
	@ApplicationModuleListener
	void on(ExitInterviewEmploymentAnswered event) {
		var employed = event.employment().employed();
		var changed = jdbc.sql("""
				update employment_record set status = ?, employer = ?, recorded_on = ?, recorded_by = ?, recorded_at = ?
				where mentorship_id = ? and source = 'EXIT_INTERVIEW'""")
			.params(event.employment().name(), employed ? event.jobTitle() : null, Date.valueOf(event.answeredOn()),
					event.recordedBy() == null ? null : event.recordedBy().value(), Timestamp.from(clock.instant()),
					event.mentorship().value())
			.update();
		if (changed == 0) {
			jdbc.sql("""
					insert into employment_record (id, participant_id, recorded_on, status, employer, source, program_id,
					                               mentorship_id, recorded_by, recorded_at)
					values (?, ?, ?, ?, ?, 'EXIT_INTERVIEW', ?, ?, ?, ?)
					on conflict do nothing""")
				.params(UUID.randomUUID(), event.mentee().value(), Date.valueOf(event.answeredOn()),
						event.employment().name(), employed ? event.jobTitle() : null, event.program().value(),
						event.mentorship().value(), event.recordedBy() == null ? null : event.recordedBy().value(),
						Timestamp.from(clock.instant()))
				.update();
		}
	}

	/** Adds an entry, the answer already checked. */
	void add(ParticipantId person, LocalDate on, EmploymentAnswer answer, EmploymentSource source, ProgramId program,
			UUID mentorship, UUID followUp, UserId by) {
		jdbc.sql("""
				insert into employment_record (id, participant_id, recorded_on, status, employer, occupation_code,
				                               started_on, hours_per_week, through_mentor_network, source, program_id,
				                               mentorship_id, follow_up_id, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), person.value(), Date.valueOf(on), answer.status().name(), answer.employer(),
					answer.occupationCode(), answer.startedOn() == null ? null : Date.valueOf(answer.startedOn()),
					answer.hoursPerWeek(), answer.throughMentorNetwork(), source.name(),
					program == null ? null : program.value(), mentorship, followUp, by == null ? null : by.value(),
					Timestamp.from(clock.instant()))
			.update();
	}

	/**
	 * The answer as it is kept: the job's details only for someone employed, the employer then
	 * required, the NOC code one of NOC 2021, the start date not in the future, the hours from 1 to
	 * 80 a week.
	 */
	EmploymentAnswer check(EmploymentAnswer answer) {
		if (answer == null || answer.status() == null) {
			throw new InvalidFieldException("status", "employment.status.required");
		}
		if (!answer.status().employed()) {
			return new EmploymentAnswer(answer.status(), null, null, null, null, null);
		}
		var employer = answer.employer() == null ? "" : answer.employer().strip();
		if (employer.isEmpty()) {
			throw new InvalidFieldException("employer", "employment.employer.required");
		}
		if (employer.length() > TEXT_MAX) {
			throw new InvalidFieldException("employer", "employment.text.tooLong", TEXT_MAX);
		}
		var code = answer.occupationCode() == null || answer.occupationCode().isBlank() ? null
				: answer.occupationCode().strip();
		if (code != null && reference.find(Classification.NOC_2021, code).isEmpty()) {
			throw new InvalidFieldException("occupationCode", "employment.occupation.unknown", code);
		}
		if (answer.startedOn() != null && (answer.startedOn().isAfter(LocalDate.now(clock).plusMonths(3))
				|| answer.startedOn().isBefore(EARLIEST))) {
			throw new InvalidFieldException("startedOn", "employment.startedOn.future");
		}
		if (answer.hoursPerWeek() != null && (answer.hoursPerWeek() < 1 || answer.hoursPerWeek() > 80)) {
			throw new InvalidFieldException("hoursPerWeek", "employment.hours.range");
		}
		return new EmploymentAnswer(answer.status(), employer, code, answer.startedOn(), answer.hoursPerWeek(),
				answer.throughMentorNetwork());
	}

	/** Whether the actor may add to the person's history; not found when they may not read it. */
	boolean requireReader(Actor actor, ParticipantId person) {
		participants.find(actor, person);
		if (policy.mayManageParticipants(actor)) {
			return true;
		}
		if (participants.participantOf(actor.userId()).filter(person::equals).isPresent()) {
			return false;
		}
		throw new NotFoundException("participant", person);
	}

	void requireRecorder(Actor actor, ParticipantId person) {
		if (!requireReader(actor, person)) {
			throw new NotFoundException("participant", person);
		}
	}
}
