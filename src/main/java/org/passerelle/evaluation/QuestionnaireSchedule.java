package org.passerelle.evaluation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.passerelle.evaluation.QuestionnaireEvents.QuestionnaireRequested;
import org.passerelle.evaluation.QuestionnaireMoment.Kind;
import org.passerelle.identity.Actor;
import org.passerelle.participant.ConsentPurpose;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.participant.ParticipantId;
import org.passerelle.participant.ParticipantView;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each morning, asks the people each moment names to answer its questionnaire, once per moment, pair
 * and date whichever node runs the job and however often; then reminds once those who have not
 * answered after {@value #REMINDER_DAYS} days. A person who withdrew their consent to surveys, or
 * whom Passerelle has no way to reach (no account, no e-mail address), is not asked: the request is
 * kept as "not reachable", so that response rates count them. A person whose mentorship closed, or
 * who has no account, answers from a single-use link in an e-mail. Public for the tests that run it
 * at once.
 */
@Component
public class QuestionnaireSchedule {

	/** Days after which a request not answered is reminded, once. */
	public static final int REMINDER_DAYS = 7;

	private final Questionnaires questionnaires;

	private final ParticipantDirectory participants;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	QuestionnaireSchedule(Questionnaires questionnaires, ParticipantDirectory participants, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.questionnaires = questionnaires;
		this.participants = participants;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** The morning's requests and reminders, on one node only when several run. */
	@Scheduled(cron = "${passerelle.questionnaires.cron:0 30 8 * * *}")
	@SchedulerLock(name = "questionnaires.requests", lockAtLeastFor = "PT1M")
	@Transactional
	public void sendOnSchedule() {
		send();
	}

	/** What one run did: requests sent, requests kept as not reachable, reminders given. */
	public record Run(int sent, int notReachable, int reminded) {
	}

	/** Makes the requests due today and gives the reminders due. */
	@Transactional
	public Run send() {
		var today = LocalDate.now(clock);
		var people = new HashMap<ParticipantId, ParticipantView>();
		int sent = 0;
		int unreachable = 0;
		for (var due : due(today)) {
			var id = UUID.randomUUID();
			int inserted = jdbc.sql("""
					insert into questionnaire_request (id, questionnaire_id, moment_id, program_id, participant_id, role,
					  match_id, due_on, status, by_link, created_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, 'SENT', ?, ?) on conflict do nothing""")
				.params(id, due.questionnaire().value(), due.moment(), due.program().value(), due.participant().value(),
						due.role().name(), due.match(), Date.valueOf(due.dueOn()), false, Timestamp.from(clock.instant()))
				.update();
			if (inserted == 0) {
				continue;
			}
			var person = people.computeIfAbsent(due.participant(),
					participant -> participants.find(Actor.system(), participant));
			if (!reachable(person, due.closed())) {
				jdbc.sql("update questionnaire_request set status = 'NOT_REACHABLE' where id = ?").param(id).update();
				unreachable++;
				continue;
			}
			var byLink = due.closed() || person.user() == null;
			jdbc.sql("update questionnaire_request set by_link = ? where id = ?").params(byLink, id).update();
			publish(new QuestionnaireRequestId(id), due.questionnaire(), due.program(), due.participant(), byLink, false);
			sent++;
		}
		return new Run(sent, unreachable, remind(people));
	}

	/** Reminds, once, of the requests not answered after {@value #REMINDER_DAYS} days. */
	private int remind(Map<ParticipantId, ParticipantView> people) {
		var now = clock.instant();
		var waiting = jdbc.sql("""
				update questionnaire_request set reminded_at = :now
				where status = 'SENT' and reminded_at is null and created_at <= :before
				returning id, questionnaire_id, program_id, participant_id, by_link""")
			.param("now", Timestamp.from(now))
			.param("before", Timestamp.from(now.minus(Duration.ofDays(REMINDER_DAYS))))
			.query((rs, row) -> new Object[] { new QuestionnaireRequestId(rs.getObject(1, UUID.class)),
					new QuestionnaireId(rs.getObject(2, UUID.class)), new ProgramId(rs.getObject(3, UUID.class)),
					new ParticipantId(rs.getObject(4, UUID.class)), rs.getBoolean(5) })
			.list();
		int reminded = 0;
		for (var request : waiting) {
			var participant = (ParticipantId) request[3];
			var byLink = (Boolean) request[4];
			var person = people.computeIfAbsent(participant, id -> participants.find(Actor.system(), id));
			if (reachable(person, byLink)) {
				publish((QuestionnaireRequestId) request[0], (QuestionnaireId) request[1], (ProgramId) request[2],
						participant, byLink, true);
				reminded++;
			}
		}
		return reminded;
	}

	void publish(QuestionnaireRequestId request, QuestionnaireId questionnaire, ProgramId program,
			ParticipantId participant, boolean byLink, boolean reminder) {
		var current = questionnaires.current(questionnaire);
		events.publishEvent(new QuestionnaireRequested(request, program, participant, current.titleFr(),
				current.titleEn(), byLink, reminder));
	}

	/**
	 * Whether a person may be asked: they did not withdraw their consent to surveys, and Passerelle
	 * can reach them — an e-mail address for a link, or else an account.
	 */
	static boolean reachable(ParticipantView person, boolean byLink) {
		var withdrawn = person.consents()
			.stream()
			.anyMatch(consent -> consent.purpose() == ConsentPurpose.SURVEYS && !consent.granted());
		var email = person.details().email() != null && !person.details().email().isBlank();
		return !withdrawn && (email || !byLink && person.user() != null);
	}

	/** A request the moments call for today, if not made already. */
	record Due(QuestionnaireId questionnaire, UUID moment, ProgramId program, ParticipantId participant,
			Audience role, UUID match, LocalDate dueOn, boolean closed) {
	}

	/** What every moment attached calls for today: one read of the moments, one of the pairs. */
	List<Due> due(LocalDate today) {
		var moments = new HashMap<ProgramId, List<Map.Entry<QuestionnaireId, QuestionnaireMoment>>>();
		var attachedTo = jdbc.sql("""
				select distinct q.id, q.program_id from questionnaire_moment m
				join questionnaire q on q.id = m.questionnaire_id where m.removed_on is null""")
			.query((rs, row) -> Map.entry(new QuestionnaireId(rs.getObject(1, UUID.class)),
					new ProgramId(rs.getObject(2, UUID.class))))
			.list();
		for (var questionnaire : attachedTo) {
			questionnaires.moments(questionnaire.getKey())
				.stream()
				.filter(QuestionnaireMoment::active)
				.forEach(moment -> moments.computeIfAbsent(questionnaire.getValue(), key -> new ArrayList<>())
					.add(Map.entry(questionnaire.getKey(), moment)));
		}
		if (moments.isEmpty()) {
			return List.of();
		}
		var pairings = new HashMap<ProgramId, List<Pairing>>();
		jdbc.sql("""
				select match_id, program_id, mentee_id, mentor_id, started_on, closed_on
				from questionnaire_pairing where program_id in (:programs)""")
			.param("programs", moments.keySet().stream().map(ProgramId::value).toList())
			.query((rs, row) -> pairings.computeIfAbsent(new ProgramId(rs.getObject(2, UUID.class)), key -> new ArrayList<>())
				.add(new Pairing(rs.getObject(1, UUID.class), new ParticipantId(rs.getObject(3, UUID.class)),
						new ParticipantId(rs.getObject(4, UUID.class)), rs.getObject(5, LocalDate.class),
						rs.getObject(6, LocalDate.class))))
			.list();
		var due = new ArrayList<Due>();
		moments.forEach((program, attached) -> {
			var pairs = pairings.getOrDefault(program, List.of());
			for (var entry : attached) {
				var questionnaire = entry.getKey();
				var moment = entry.getValue();
				if (moment.kind() == Kind.YEARLY_FOR_MENTORS) {
					moment.yearlyDue(today).ifPresent(on -> yearly(due, questionnaire, moment, program, pairs, on));
					continue;
				}
				for (var pair : pairs) {
					moment.dueFor(pair.startedOn(), pair.closedOn(), today).ifPresent(on -> {
						var closed = pair.closedOn() != null;
						if (moment.audience().includes(Audience.MENTEE)) {
							due.add(new Due(questionnaire, moment.id(), program, pair.mentee(), Audience.MENTEE,
									pair.match(), on, closed));
						}
						if (moment.audience().includes(Audience.MENTOR)) {
							due.add(new Due(questionnaire, moment.id(), program, pair.mentor(), Audience.MENTOR,
									pair.match(), on, closed));
						}
					});
				}
			}
		});
		return due;
	}

	/**
	 * The mentors who took part in the year before the day — a pair of theirs started by then and had
	 * not closed a year before — each once; by link when none of their pairs still lasts.
	 */
	private static void yearly(List<Due> due, QuestionnaireId questionnaire, QuestionnaireMoment moment,
			ProgramId program, List<Pairing> pairs, LocalDate on) {
		var mentors = new HashMap<ParticipantId, Boolean>();
		for (var pair : pairs) {
			if (!pair.startedOn().isAfter(on) && (pair.closedOn() == null || pair.closedOn().isAfter(on.minusYears(1)))) {
				var lasting = pair.closedOn() == null || pair.closedOn().isAfter(on);
				mentors.merge(pair.mentor(), lasting, Boolean::logicalOr);
			}
		}
		mentors.forEach((mentor, lasting) -> due.add(new Due(questionnaire, moment.id(), program, mentor,
				Audience.MENTOR, null, on, !lasting)));
	}

	private record Pairing(UUID match, ParticipantId mentee, ParticipantId mentor, LocalDate startedOn,
			LocalDate closedOn) {
	}
}
