package org.passerelle.mentorship;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.Actor;
import org.passerelle.identity.UserId;
import org.passerelle.identity.UserManagement;
import org.passerelle.mentorship.ExitInterviewView.Interview;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exit interview (R-MEN-7): once the mentorship is closed, each of the pair answers their own,
 * and may correct it for {@value #CORRECTION_DAYS} days after first sending it; after that it is
 * read-only. The coordinator may record it for one of the pair (an interview by phone), marked as
 * such, unless that person already answered themselves. Each of the pair sees only their own
 * answers, never the other's; the coordinator sees both; anyone else does not learn the
 * mentorship exists.
 */
@Service
@Transactional
public class ExitInterviews {

	/** Days after first sending during which an exit interview may still be corrected. */
	public static final int CORRECTION_DAYS = 30;

	static final int TEXT_MAX = 4000;

	static final int JOB_TITLE_MAX = 200;

	private final MentorshipManagement mentorships;

	private final ProgramManagement programs;

	private final UserManagement users;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ParticipantDirectory participants;

	private final ApplicationEventPublisher events;

	ExitInterviews(MentorshipManagement mentorships, ProgramManagement programs, UserManagement users,
			ParticipantDirectory participants, JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.mentorships = mentorships;
		this.participants = participants;
		this.programs = programs;
		this.users = users;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The exit interviews of a mentorship the actor may see: their own, or both for the coordinator. */
	@Transactional(readOnly = true)
	public ExitInterviewView of(Actor actor, MentorshipId id) {
		var side = mentorships.side(actor, id);
		var mentorship = mentorships.mentorship(id);
		var closed = mentorship.status() == MentorshipStatus.CLOSED;
		var all = rows(id, false);
		var visible = all.stream().filter(row -> side == Party.COORDINATOR || row.party() == side).toList();
		var mayFill = new ArrayList<Party>();
		if (closed) {
			for (var party : side == Party.COORDINATOR ? List.of(Party.MENTEE, Party.MENTOR) : List.of(side)) {
				var existing = all.stream().filter(row -> row.party() == party).findFirst().orElse(null);
				if (existing == null || correctable(existing) && (side != Party.COORDINATOR || existing.onBehalf())) {
					mayFill.add(party);
				}
			}
		}
		var names = users.names(visible.stream().map(row -> new UserId(row.recordedBy())).toList());
		return new ExitInterviewView(id, closed, side, List.copyOf(mayFill), visible.stream()
			.map(row -> row.view(names.getOrDefault(new UserId(row.recordedBy()), ""), correctableUntil(row)))
			.toList());
	}

	/**
	 * The closed mentorships whose exit interview the actor, one of the pair, has not filled yet
	 * (nor a coordinator on their behalf); the latest closed first. One read.
	 */
	@Transactional(readOnly = true)
	public List<MentorshipId> toFill(Actor actor) {
		var me = participants.participantOf(actor.userId());
		if (me.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select m.id from mentorship m
				where m.status = 'CLOSED'
				  and (m.mentee_id = :me and not exists (select 1 from exit_interview e
				                                         where e.mentorship_id = m.id and e.party = 'MENTEE')
				       or m.mentor_id = :me and not exists (select 1 from exit_interview e
				                                            where e.mentorship_id = m.id and e.party = 'MENTOR'))
				order by m.closed_on desc""")
			.param("me", me.get().value())
			.query((rs, row) -> new MentorshipId(rs.getObject(1, UUID.class)))
			.list();
	}

	/**
	 * Fills or corrects an exit interview: one of the pair their own ({@code party} null or their
	 * side); the coordinator one of the pair's, naming the {@code party}, recorded as done on their
	 * behalf. Only once the mentorship is closed; corrections within {@value #CORRECTION_DAYS} days.
	 */
	public ExitInterviewView fill(Actor actor, MentorshipId id, Party party, ExitInterviewAnswers answers) {
		var side = mentorships.side(actor, id);
		var mentorship = mentorships.mentorship(id);
		Party target;
		if (side == Party.COORDINATOR) {
			if (party == null || party == Party.COORDINATOR) {
				throw new InvalidFieldException("party", "exitInterview.party.required");
			}
			target = party;
		}
		else {
			if (party != null && party != side) {
				throw new RuleViolationException("exitInterview.ownOnly");
			}
			target = side;
		}
		if (mentorship.status() != MentorshipStatus.CLOSED) {
			throw new RuleViolationException("exitInterview.notClosed");
		}
		check(target, answers);
		var existing = rows(id, true).stream().filter(row -> row.party() == target).findFirst().orElse(null);
		var now = clock.instant();
		var onBehalf = side == Party.COORDINATOR;
		var employed = target == Party.MENTEE && answers.employment().employed();
		var jobTitle = employed ? answers.jobTitle().strip() : null;
		if (existing == null) {
			var inserted = jdbc.sql("""
					insert into exit_interview (mentorship_id, party, satisfaction, goals_reached, helped_most,
					                            could_be_better, would_recommend, employment, job_title, would_mentor_again,
					                            on_behalf, recorded_by, submitted_at, updated_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (mentorship_id, party) do nothing""")
				.params(id.value(), target.name(), answers.satisfaction(), answers.goalsReached().name(),
						blankToNull(answers.helpedMost()), blankToNull(answers.couldBeBetter()), answers.wouldRecommend(),
						target == Party.MENTEE ? answers.employment().name() : null, jobTitle,
						target == Party.MENTOR ? answers.wouldMentorAgain() : null, onBehalf, actor.userId().value(),
						Timestamp.from(now), Timestamp.from(now))
				.update();
			if (inserted == 0) {
				// sent at the same time from elsewhere: the first one stands, and this reader is told
				throw new RuleViolationException("exitInterview.alreadyFilled");
			}
			employmentAnswered(mentorship, target, answers, jobTitle, actor);
			return of(actor, id);
		}
		if (onBehalf && !existing.onBehalf()) {
			throw new RuleViolationException("exitInterview.filledByPerson");
		}
		if (!correctable(existing)) {
			throw new RuleViolationException("exitInterview.readOnly");
		}
		jdbc.sql("""
				update exit_interview set satisfaction = ?, goals_reached = ?, helped_most = ?, could_be_better = ?,
				       would_recommend = ?, employment = ?, job_title = ?, would_mentor_again = ?, on_behalf = ?,
				       recorded_by = ?, updated_at = ?
				where mentorship_id = ? and party = ?""")
			.params(answers.satisfaction(), answers.goalsReached().name(), blankToNull(answers.helpedMost()),
					blankToNull(answers.couldBeBetter()), answers.wouldRecommend(),
					target == Party.MENTEE ? answers.employment().name() : null, jobTitle,
					target == Party.MENTOR ? answers.wouldMentorAgain() : null, onBehalf, actor.userId().value(),
					Timestamp.from(now), id.value(), target.name())
			.update();
		employmentAnswered(mentorship, target, answers, jobTitle, actor);
		return of(actor, id);
	}

	/** The mentee's answer about work goes to their employment history, in the evaluation module. */
	private void employmentAnswered(Mentorship mentorship, Party target, ExitInterviewAnswers answers, String jobTitle,
			Actor actor) {
		if (target == Party.MENTEE) {
			events.publishEvent(new MentorshipEvents.ExitInterviewEmploymentAnswered(mentorship.id(), mentorship.program(),
					mentorship.mentee(), answers.employment(), jobTitle, LocalDate.now(clock),
					actor == Actor.system() ? null : actor.userId()));
		}
	}

	/**
	 * What the exit interviews of a program's mentorships closed between {@code from} and
	 * {@code to} (both included) say: how many, the average satisfaction, the share saying the
	 * goals were reached. For the program's coordinators (and the system, for reports); the program
	 * is not found for anyone else.
	 */
	@Transactional(readOnly = true)
	public ExitInterviewResults results(Actor actor, ProgramId program, LocalDate from, LocalDate to) {
		if (actor != Actor.system() && !programs.coordinates(actor, program)) {
			throw new NotFoundException("program", program);
		}
		if (from == null || to == null || to.isBefore(from)) {
			throw new InvalidFieldException("to", "exitInterview.results.period");
		}
		return jdbc.sql("""
				select count(*) as interviews, avg(e.satisfaction) as satisfaction,
				       avg(case when e.goals_reached = 'YES' then 1.0 else 0.0 end) as reached,
				       avg(case when e.goals_reached = 'PARTLY' then 1.0 else 0.0 end) as partly
				from exit_interview e join mentorship m on m.id = e.mentorship_id
				where m.program_id = ? and m.closed_on between ? and ?""")
			.params(program.value(), Date.valueOf(from), Date.valueOf(to))
			.query((rs, row) -> new ExitInterviewResults(rs.getLong("interviews"),
					scaled(rs.getBigDecimal("satisfaction"), 2), scaled(rs.getBigDecimal("reached"), 4),
					scaled(rs.getBigDecimal("partly"), 4)))
			.single();
	}

	private static BigDecimal scaled(BigDecimal value, int scale) {
		return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
	}

	private static void check(Party party, ExitInterviewAnswers answers) {
		if (answers == null || answers.satisfaction() == null || answers.satisfaction() < 1
				|| answers.satisfaction() > 5) {
			throw new InvalidFieldException("satisfaction", "exitInterview.satisfaction.range");
		}
		if (answers.goalsReached() == null) {
			throw new InvalidFieldException("goalsReached", "exitInterview.goalsReached.required");
		}
		if (answers.wouldRecommend() == null) {
			throw new InvalidFieldException("wouldRecommend", "exitInterview.wouldRecommend.required");
		}
		if (answers.helpedMost() != null && answers.helpedMost().length() > TEXT_MAX) {
			throw new InvalidFieldException("helpedMost", "exitInterview.text.tooLong", TEXT_MAX);
		}
		if (answers.couldBeBetter() != null && answers.couldBeBetter().length() > TEXT_MAX) {
			throw new InvalidFieldException("couldBeBetter", "exitInterview.text.tooLong", TEXT_MAX);
		}
		if (party == Party.MENTEE) {
			if (answers.employment() == null) {
				throw new InvalidFieldException("employment", "exitInterview.employment.required");
			}
			if (answers.employment().employed()) {
				if (answers.jobTitle() == null || answers.jobTitle().isBlank()) {
					throw new InvalidFieldException("jobTitle", "exitInterview.jobTitle.required");
				}
				if (answers.jobTitle().strip().length() > JOB_TITLE_MAX) {
					throw new InvalidFieldException("jobTitle", "exitInterview.text.tooLong", JOB_TITLE_MAX);
				}
			}
		}
		else if (answers.wouldMentorAgain() == null) {
			throw new InvalidFieldException("wouldMentorAgain", "exitInterview.wouldMentorAgain.required");
		}
	}

	private boolean correctable(Row row) {
		return !LocalDate.now(clock).isAfter(correctableUntil(row));
	}

	private LocalDate correctableUntil(Row row) {
		return LocalDate.ofInstant(row.submittedAt(), clock.getZone()).plusDays(CORRECTION_DAYS);
	}

	private List<Row> rows(MentorshipId id, boolean lock) {
		return jdbc.sql("select * from exit_interview where mentorship_id = ? order by party"
				+ (lock ? " for update" : ""))
			.param(id.value())
			.query((rs, n) -> {
				var employment = rs.getString("employment");
				return new Row(Party.valueOf(rs.getString("party")), rs.getInt("satisfaction"),
						GoalsReached.valueOf(rs.getString("goals_reached")), rs.getString("helped_most"),
						rs.getString("could_be_better"), rs.getBoolean("would_recommend"),
						employment == null ? null : EmploymentStatus.valueOf(employment), rs.getString("job_title"),
						rs.getObject("would_mentor_again", Boolean.class), rs.getBoolean("on_behalf"),
						rs.getObject("recorded_by", UUID.class), rs.getTimestamp("submitted_at").toInstant(),
						rs.getTimestamp("updated_at").toInstant());
			})
			.list();
	}

	private record Row(Party party, int satisfaction, GoalsReached goalsReached, String helpedMost,
			String couldBeBetter, boolean wouldRecommend, EmploymentStatus employment, String jobTitle,
			Boolean wouldMentorAgain, boolean onBehalf, UUID recordedBy, Instant submittedAt, Instant updatedAt) {

		Interview view(String recordedByName, LocalDate correctableUntil) {
			Boolean inField = employment != null && employment.employed()
					? employment == EmploymentStatus.EMPLOYED_IN_FIELD : null;
			return new Interview(party, satisfaction, goalsReached, helpedMost, couldBeBetter, wouldRecommend,
					employment, jobTitle, inField, wouldMentorAgain, onBehalf, recordedByName, submittedAt, updatedAt,
					correctableUntil);
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
