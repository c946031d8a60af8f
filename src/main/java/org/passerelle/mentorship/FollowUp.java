package org.passerelle.mentorship;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.Actor;
import org.passerelle.identity.UserId;
import org.passerelle.identity.UserManagement;
import org.passerelle.mentorship.FollowUpViews.CheckInDue;
import org.passerelle.mentorship.FollowUpViews.CheckInView;
import org.passerelle.mentorship.FollowUpViews.DifficultyView;
import org.passerelle.mentorship.FollowUpViews.FollowUpView;
import org.passerelle.mentorship.FollowUpViews.Step;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up of mentorships (R-MEN-4): the coordinator's regular check-in with each of the
 * pair, scheduled by the program's rhythm and recorded with a short evaluation; the difficulties
 * either of the pair raises at any time, which reach the coordinators at once and are followed to
 * their resolution. A difficulty is seen by whoever raised it and the coordinators, never by the
 * other of the pair.
 */
@Service
@Transactional
public class FollowUp {

	private final MentorshipManagement mentorships;

	private final DifficultyRepository difficulties;

	private final ProgramManagement programs;

	private final ParticipantDirectory participants;

	private final UserManagement users;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FollowUp(MentorshipManagement mentorships, DifficultyRepository difficulties, ProgramManagement programs,
			ParticipantDirectory participants, UserManagement users, JdbcClient jdbc, ApplicationEventPublisher events,
			Clock clock) {
		this.mentorships = mentorships;
		this.difficulties = difficulties;
		this.programs = programs;
		this.participants = participants;
		this.users = users;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** The follow-up of a mentorship as the actor may see it: check-ins for coordinators only. */
	@Transactional(readOnly = true)
	public FollowUpView of(Actor actor, MentorshipId id) {
		var side = mentorships.side(actor, id);
		var mentorship = mentorships.mentorship(id);
		var found = difficulties.findByMentorshipIdOrderByRaisedAtDesc(id.value())
			.stream()
			.filter(difficulty -> side == Party.COORDINATOR || difficulty.raisedBy().equals(actor.userId().value()))
			.toList();
		if (side != Party.COORDINATOR) {
			return new FollowUpView(List.of(), List.of(), views(found));
		}
		return new FollowUpView(due(List.of(mentorship)).getOrDefault(id, List.of()), checkIns(id), views(found));
	}

	// Check-ins

	/**
	 * The coordinator records a check-in with one of the pair. Not in the future, not before the
	 * start, not on a closed mentorship; satisfaction from 1 to 5.
	 */
	public FollowUpView recordCheckIn(Actor actor, MentorshipId id, CheckInDetails details) {
		if (mentorships.side(actor, id) != Party.COORDINATOR) {
			throw new RuleViolationException("checkIn.coordinatorOnly");
		}
		var mentorship = mentorships.mentorship(id);
		if (mentorship.status() == MentorshipStatus.CLOSED) {
			throw new RuleViolationException("mentorship.closed");
		}
		if (details.party() == null || details.party() == Party.COORDINATOR) {
			throw new InvalidFieldException("party", "checkIn.party.required");
		}
		if (details.heldOn() == null) {
			throw new InvalidFieldException("heldOn", "checkIn.heldOn.required");
		}
		if (details.heldOn().isAfter(LocalDate.now(clock)) || details.heldOn().isBefore(mentorship.startedOn())) {
			throw new InvalidFieldException("heldOn", "checkIn.heldOn.outside");
		}
		if (details.mode() == null) {
			throw new InvalidFieldException("mode", "meeting.mode.required");
		}
		if (details.satisfaction() == null || details.satisfaction() < 1 || details.satisfaction() > 5) {
			throw new InvalidFieldException("satisfaction", "checkIn.satisfaction.range");
		}
		if (details.progress() == null) {
			throw new InvalidFieldException("progress", "checkIn.progress.required");
		}
		jdbc.sql("""
				insert into check_in (id, mentorship_id, party, held_on, mode, satisfaction, progress, meetings_as_agreed,
				                      needs_follow_up, notes, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), id.value(), details.party().name(), Date.valueOf(details.heldOn()),
					details.mode().name(), details.satisfaction(), details.progress().name(), details.meetingsAsAgreed(),
					details.needsFollowUp(), blankToNull(details.notes()), actor.userId().value(),
					Timestamp.from(clock.instant()))
			.update();
		return of(actor, id);
	}

	private List<CheckInView> checkIns(MentorshipId id) {
		record Row(CheckInView view, UserId recordedBy) {
		}
		var rows = jdbc.sql("select * from check_in where mentorship_id = ? order by held_on desc, recorded_at desc")
			.param(id.value())
			.query((rs, row) -> new Row(new CheckInView(rs.getObject("id", UUID.class), Party.valueOf(rs.getString("party")),
					rs.getObject("held_on", LocalDate.class), MeetingMode.valueOf(rs.getString("mode")),
					rs.getInt("satisfaction"), CheckInProgress.valueOf(rs.getString("progress")),
					rs.getBoolean("meetings_as_agreed"), rs.getBoolean("needs_follow_up"), rs.getString("notes"), null),
					new UserId(rs.getObject("recorded_by", UUID.class))))
			.list();
		var names = users.names(rows.stream().map(Row::recordedBy).toList());
		return rows.stream().map(row -> row.view().withRecordedBy(names.getOrDefault(row.recordedBy(), ""))).toList();
	}

	/**
	 * When the next check-in with each of the pair is due, for each of the mentorships: the
	 * program's rhythm after the last one, or after the start; none while paused or closed, or when
	 * the program sets no rhythm. One read of their last check-ins, one of each program.
	 */
	Map<MentorshipId, List<CheckInDue>> due(List<Mentorship> among) {
		var active = among.stream().filter(m -> m.status() == MentorshipStatus.ACTIVE).toList();
		var result = new HashMap<MentorshipId, List<CheckInDue>>();
		var rhythms = new HashMap<ProgramId, Optional<Integer>>();
		var last = lastCheckIns(active.stream().map(m -> m.id().value()).toList());
		var today = LocalDate.now(clock);
		for (var mentorship : active) {
			var weeks = rhythms.computeIfAbsent(mentorship.program(),
					program -> Optional.ofNullable(programs.find(Actor.system(), program).rules().checkInEveryWeeks()));
			if (weeks.isEmpty()) {
				continue;
			}
			var lastOn = last.getOrDefault(mentorship.id().value(), Map.of());
			var due = new ArrayList<CheckInDue>();
			for (var party : List.of(Party.MENTEE, Party.MENTOR)) {
				var dueOn = lastOn.getOrDefault(party, mentorship.startedOn()).plusWeeks(weeks.get());
				due.add(new CheckInDue(party, lastOn.get(party), dueOn, dueOn.isBefore(today)));
			}
			result.put(mentorship.id(), due);
		}
		return result;
	}

	private Map<UUID, Map<Party, LocalDate>> lastCheckIns(Collection<UUID> ids) {
		var last = new HashMap<UUID, Map<Party, LocalDate>>();
		if (ids.isEmpty()) {
			return last;
		}
		jdbc.sql("select mentorship_id, party, max(held_on) from check_in where mentorship_id in (:ids) group by 1, 2")
			.param("ids", ids)
			.query((rs, row) -> last.computeIfAbsent(rs.getObject(1, UUID.class), key -> new HashMap<>())
				.put(Party.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class)))
			.list();
		return last;
	}

	/** A check-in due with one of a pair, for a coordinator's list and reminders. */
	public record DueCheckIn(MentorshipId mentorship, String menteeName, String mentorName, Party party,
			LocalDate dueOn, boolean overdue) {
	}

	/** The check-ins due within a week or overdue, in the programs the actor coordinates, soonest first. */
	@Transactional(readOnly = true)
	public List<DueCheckIn> checkInsDue(Actor actor) {
		return checkInsDue(mentorships.coordinated(actor), LocalDate.now(clock).plusWeeks(1));
	}

	List<DueCheckIn> checkInsDue(List<Mentorship> among, LocalDate by) {
		var active = among.stream().filter(m -> m.status() == MentorshipStatus.ACTIVE).toList();
		var names = participants.names(active.stream().flatMap(m -> Stream.of(m.mentee(), m.mentor())).toList());
		var dues = due(active);
		var result = new ArrayList<DueCheckIn>();
		for (var mentorship : active) {
			for (var due : dues.getOrDefault(mentorship.id(), List.of())) {
				if (!due.dueOn().isAfter(by)) {
					result.add(new DueCheckIn(mentorship.id(), names.getOrDefault(mentorship.mentee(), ""),
							names.getOrDefault(mentorship.mentor(), ""), due.party(), due.dueOn(), due.overdue()));
				}
			}
		}
		result.sort(Comparator.comparing(DueCheckIn::dueOn));
		return result;
	}

	/**
	 * How many check-ins are due within a week or overdue in each program the actor coordinates,
	 * as {@link #checkInsDue} lists them (one per person of a pair); programs with none are left out.
	 */
	@Transactional(readOnly = true)
	public Map<ProgramId, Long> checkInsDueCounts(Actor actor) {
		var active = mentorships.coordinatedActive(actor);
		var dues = due(active);
		var by = LocalDate.now(clock).plusWeeks(1);
		var counts = new java.util.LinkedHashMap<ProgramId, Long>();
		for (var mentorship : active) {
			long due = dues.getOrDefault(mentorship.id(), List.of()).stream().filter(d -> !d.dueOn().isAfter(by)).count();
			if (due > 0) {
				counts.merge(mentorship.program(), due, Long::sum);
			}
		}
		return counts;
	}

	/**
	 * How many difficulties are not yet resolved in each program the actor coordinates, as
	 * {@link #openDifficulties} lists them; programs with none are left out. One read.
	 */
	@Transactional(readOnly = true)
	public Map<ProgramId, Long> openDifficultyCounts(Actor actor) {
		var coordinated = programs.coordinatedBy(actor).stream().map(program -> program.id().value()).toList();
		var counts = new java.util.LinkedHashMap<ProgramId, Long>();
		if (coordinated.isEmpty()) {
			return counts;
		}
		jdbc.sql("""
				select m.program_id, count(*) from difficulty d join mentorship m on m.id = d.mentorship_id
				where m.program_id in (:programs) and d.status <> 'RESOLVED'
				group by m.program_id""")
			.param("programs", coordinated)
			.query(rs -> {
				counts.put(new ProgramId(rs.getObject(1, UUID.class)), rs.getLong(2));
			});
		return counts;
	}

	// Difficulties

	/** One of the pair — or the coordinator — raises a difficulty; the coordinators hear of it at once. */
	public FollowUpView raiseDifficulty(Actor actor, MentorshipId id, DifficultyKind kind, String description) {
		var side = mentorships.side(actor, id);
		var mentorship = mentorships.mentorship(id);
		if (kind == null) {
			throw new InvalidFieldException("kind", "difficulty.kind.required");
		}
		if (description == null || description.isBlank()) {
			throw new InvalidFieldException("description", "difficulty.description.required");
		}
		if (description.length() > 4000) {
			throw new InvalidFieldException("description", "field.tooLong");
		}
		var difficulty = difficulties.saveAndFlush(Difficulty.raise(id, kind, description, actor.userId().value(), side,
				clock.instant()));
		events.publishEvent(new MentorshipEvents.DifficultyRaised(difficulty.id(), id, mentorship.program(), side, kind));
		return of(actor, id);
	}

	/** The coordinator takes a difficulty up, or notes where it stands; as of the version they read. */
	public FollowUpView followDifficulty(Actor actor, UUID id, long version, String note) {
		var difficulty = coordinated(actor, id, version);
		difficulty.follow(note, actor.userId().value(), clock.instant());
		difficulties.saveAndFlush(difficulty);
		return of(actor, difficulty.mentorship());
	}

	/** The coordinator says how a difficulty was resolved; the one who raised it is told. */
	public FollowUpView resolveDifficulty(Actor actor, UUID id, long version, String resolution) {
		var difficulty = coordinated(actor, id, version);
		difficulty.resolve(resolution, actor.userId().value(), clock.instant());
		difficulties.saveAndFlush(difficulty);
		events.publishEvent(new MentorshipEvents.DifficultyResolved(difficulty.id(), difficulty.mentorship(),
				new UserId(difficulty.raisedBy())));
		return of(actor, difficulty.mentorship());
	}

	/** The difficulties not yet resolved in the programs the actor coordinates, oldest first. */
	@Transactional(readOnly = true)
	public List<DifficultyView> openDifficulties(Actor actor) {
		var ids = mentorships.coordinated(actor).stream().map(m -> m.id().value()).toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		return views(difficulties.findByMentorshipIdInAndStatusNot(ids, DifficultyStatus.RESOLVED)
			.stream()
			.sorted(Comparator.comparing(Difficulty::raisedAt))
			.toList());
	}

	private Difficulty coordinated(Actor actor, UUID id, long version) {
		var difficulty = difficulties.findById(id).orElseThrow(() -> new NotFoundException("difficulty", id));
		var side = mentorships.side(actor, difficulty.mentorship());
		if (side != Party.COORDINATOR) {
			if (difficulty.raisedBy().equals(actor.userId().value())) {
				throw new RuleViolationException("difficulty.coordinatorOnly");
			}
			throw new NotFoundException("difficulty", id);
		}
		difficulty.requireVersion(version);
		return difficulty;
	}

	private List<DifficultyView> views(List<Difficulty> found) {
		var people = found.stream()
			.flatMap(d -> Stream.concat(Stream.of(d.raisedBy()), d.steps().stream().map(Difficulty.Step::by)))
			.map(UserId::new)
			.toList();
		var names = users.names(people);
		return found.stream()
			.map(d -> new DifficultyView(d.id(), d.version(), d.mentorship(), d.kind(), d.description(), d.status(),
					d.raisedAs(), names.getOrDefault(new UserId(d.raisedBy()), ""), d.raisedAt(),
					d.steps()
						.stream()
						.map(step -> new Step(step.at(), names.getOrDefault(new UserId(step.by()), ""), step.status(),
								step.note()))
						.toList()))
			.toList();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
