package org.passerelle.mentorship;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.passerelle.core.FieldEncryption;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.PersonalDataAccessed;
import org.passerelle.identity.Actor;
import org.passerelle.identity.UserId;
import org.passerelle.identity.UserManagement;
import org.passerelle.matching.MatchId;
import org.passerelle.matching.Proposals;
import org.passerelle.participant.ParticipantId;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramSummary;
import org.passerelle.program.ProgramView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows mentorships from the signed agreement to their closure (R-MEN): the pair logs meetings
 * and placement hours, each confirming or correcting what the other logged; pauses push the end
 * back and extensions need both; the coordinator sees first the pairs that fall behind. The two
 * people of a mentorship and its program's coordinators reach it; nobody else, not even to learn
 * that it exists.
 */
@Service
@Transactional
public class MentorshipManagement {

	private final MentorshipRepository mentorships;

	private final MeetingRepository meetings;

	private final ProgramManagement programs;

	private final ParticipantDirectory participants;

	private final UserManagement users;

	private final Proposals proposals;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final FieldEncryption encryption;

	private final ApplicationEventPublisher events;

	MentorshipManagement(MentorshipRepository mentorships, MeetingRepository meetings, ProgramManagement programs,
			ParticipantDirectory participants, UserManagement users, Proposals proposals, JdbcClient jdbc,
			Clock clock, FieldEncryption encryption, ApplicationEventPublisher events) {
		this.encryption = encryption;
		this.events = events;
		this.mentorships = mentorships;
		this.meetings = meetings;
		this.programs = programs;
		this.participants = participants;
		this.users = users;
		this.proposals = proposals;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Starts the mentorship of a pair that signed its agreement; once, whatever happens after. */
	public MentorshipId start(MatchId match, ProgramId program, ParticipantId mentee, ParticipantId mentor,
			LocalDate on) {
		var existing = mentorships.findByMatchId(match.value());
		if (existing.isPresent()) {
			return existing.get().id();
		}
		var rules = programs.find(Actor.system(), program).rules();
		return mentorships.save(Mentorship.start(match.value(), program, mentee, mentor, on, rules.durationWeeks(),
				clock.instant())).id();
	}

	// Reading

	/** One mentorship, for its pair and its program's coordinators. */
	@Transactional(readOnly = true)
	public MentorshipView find(Actor actor, MentorshipId id) {
		var mentorship = existing(id);
		return view(mentorship, sideOf(actor, mentorship), actor);
	}

	/** The mentorships the actor is one of the pair of, newest first. */
	@Transactional(readOnly = true)
	public List<MentorshipSummary> mine(Actor actor) {
		var me = participants.participantOf(actor.userId());
		if (me.isEmpty()) {
			return List.of();
		}
		return summaries(mentorships.findByMenteeIdOrMentorId(me.get().value(), me.get().value()));
	}

	/**
	 * The coordinator's dashboard: the mentorships of the programs they coordinate, those that need
	 * attention first (overdue, then behind), then by start.
	 */
	@Transactional(readOnly = true)
	public List<MentorshipSummary> dashboard(Actor actor) {
		return summaries(coordinated(actor)).stream()
			.sorted(Comparator.comparing((MentorshipSummary summary) -> summary.cadence().standing())
				.thenComparing(MentorshipSummary::startedOn))
			.toList();
	}

	/**
	 * How many active mentorships of each program the actor coordinates are overdue and behind
	 * against the program's rhythm, as the {@link #dashboard} puts them; programs with none are left
	 * out. One read of the mentorships, one of their meetings, one of their placement hours.
	 */
	@Transactional(readOnly = true)
	public List<StandingCount> standingCounts(Actor actor) {
		var active = coordinatedActive(actor);
		var cadences = cadences(active);
		var counts = new LinkedHashMap<ProgramId, long[]>();
		for (var mentorship : active) {
			var standing = cadences.get(mentorship.id()).standing();
			if (standing == Standing.OVERDUE || standing == Standing.BEHIND) {
				counts.computeIfAbsent(mentorship.program(), program -> new long[2])[standing == Standing.OVERDUE ? 0 : 1]++;
			}
		}
		return counts.entrySet()
			.stream()
			.map(entry -> new StandingCount(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
			.toList();
	}

	/** A program's mentorships that need attention: overdue, and behind. */
	public record StandingCount(ProgramId program, long overdue, long behind) {
	}

	// Placement hours

	/**
	 * Logs a week of placement (from its Monday): the hours done and, if agreed, the hours planned.
	 * Not a future week, not before the start, 0 to 80 hours.
	 */
	public MentorshipView logPlacementWeek(Actor actor, MentorshipId id, LocalDate weekStart, BigDecimal hours,
			BigDecimal agreedHours) {
		var mentorship = existing(id);
		var side = sideOf(actor, mentorship);
		var monday = mentorship.placementWeek(weekStart, hours, agreedHours, LocalDate.now(clock));
		jdbc.sql("""
				insert into placement_week (mentorship_id, week_start, hours, agreed_hours, logged_by, logged_at)
				values (:id, :week, :hours, :agreed, :by, :at)
				on conflict (mentorship_id, week_start) do update
				set hours = excluded.hours, agreed_hours = coalesce(excluded.agreed_hours, placement_week.agreed_hours),
				    logged_by = excluded.logged_by, logged_at = excluded.logged_at""")
			.param("id", id.value())
			.param("week", Date.valueOf(monday))
			.param("hours", hours)
			.param("agreed", agreedHours)
			.param("by", actor.userId().value())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		return view(mentorship, side, actor);
	}

	// State

	/** Pauses the mentorship from a date (a vacation, an illness): the clock stops. */
	public MentorshipView pause(Actor actor, MentorshipId id, long version, LocalDate from, String why) {
		return change(actor, id, version,
				(mentorship, side) -> mentorship.pause(from, why, actor.userId(), clock.instant(), LocalDate.now(clock)));
	}

	/** Resumes a paused mentorship; the days paused push the end back. */
	public MentorshipView resume(Actor actor, MentorshipId id, long version, LocalDate on) {
		return change(actor, id, version,
				(mentorship, side) -> mentorship.resume(on, actor.userId(), clock.instant(), LocalDate.now(clock)));
	}

	/** One of the pair asks to go on for some weeks, where the program allows extensions. */
	public MentorshipView requestExtension(Actor actor, MentorshipId id, long version, int weeks, String why) {
		return change(actor, id, version, (mentorship, side) -> mentorship.requestExtension(side, weeks, why,
				programs.find(Actor.system(), mentorship.program()).rules().extensionAllowed(), actor.userId(),
				clock.instant()));
	}

	/** The other one of the pair agrees to the extension asked. */
	public MentorshipView agreeToExtension(Actor actor, MentorshipId id, long version) {
		return change(actor, id, version,
				(mentorship, side) -> mentorship.agreeToExtension(side, actor.userId(), clock.instant()));
	}

	/**
	 * Closes the mentorship with a reason and the mentee's employment; the mentor's place is freed,
	 * and a mentorship that ended badly is never proposed again.
	 */
	public MentorshipView close(Actor actor, MentorshipId id, long version, ClosureReason reason,
			EmploymentStatus employment, boolean endedBadly, LocalDate on, String why) {
		var view = change(actor, id, version, (mentorship, side) -> mentorship.close(reason, employment, endedBadly, on,
				why, actor.userId(), clock.instant(), LocalDate.now(clock)));
		proposals.mentorshipEnded(new MatchId(existing(id).matchId()), endedBadly);
		return view;
	}

	private interface Change {
		void apply(Mentorship mentorship, Party side);
	}

	private MentorshipView change(Actor actor, MentorshipId id, long version, Change change) {
		var mentorship = existing(id);
		var side = sideOf(actor, mentorship);
		mentorship.requireVersion(version);
		change.apply(mentorship, side);
		return view(mentorships.saveAndFlush(mentorship), side, actor);
	}

	// Rules of access and views

	private Mentorship existing(MentorshipId id) {
		return mentorships.findById(id.value()).orElseThrow(() -> new NotFoundException("mentorship", id));
	}

	/** The actor's side of the mentorship; not found for anyone outside it. */
	private Party sideOf(Actor actor, Mentorship mentorship) {
		var me = participants.participantOf(actor.userId());
		if (me.isPresent() && me.get().equals(mentorship.mentee())) {
			return Party.MENTEE;
		}
		if (me.isPresent() && me.get().equals(mentorship.mentor())) {
			return Party.MENTOR;
		}
		if (programs.coordinates(actor, mentorship.program())) {
			return Party.COORDINATOR;
		}
		throw new NotFoundException("mentorship", mentorship.id());
	}

	/** The actor's side of a mentorship, for the module's other services; not found outside it. */
	Party side(Actor actor, MentorshipId id) {
		return sideOf(actor, existing(id));
	}

	/** The mentorship itself, for the module's other services. */
	Mentorship mentorship(MentorshipId id) {
		return existing(id);
	}

	/** The mentorships of the programs the actor coordinates. */
	List<Mentorship> coordinated(Actor actor) {
		var coordinated = programs.list(actor)
			.stream()
			.map(ProgramSummary::id)
			.filter(program -> programs.coordinates(actor, program))
			.map(ProgramId::value)
			.toList();
		return coordinated.isEmpty() ? List.of() : mentorships.findByProgramIdIn(coordinated);
	}

	/** The active mentorships of the programs the actor coordinates, those paused or closed left out. */
	List<Mentorship> coordinatedActive(Actor actor) {
		var coordinated = programs.coordinatedBy(actor).stream().map(program -> program.id().value()).toList();
		return coordinated.isEmpty() ? List.of()
				: mentorships.findByProgramIdInAndStatus(coordinated, MentorshipStatus.ACTIVE);
	}

	/**
	 * Where mentorships stand today against their programs' rhythm: one read of their meetings, one
	 * of their placement hours, one of each program.
	 */
	Map<MentorshipId, Cadence> cadences(List<Mentorship> found) {
		return cadences(found, programViews(found));
	}

	private Map<MentorshipId, Cadence> cadences(List<Mentorship> found, Map<ProgramId, ProgramView> views) {
		var ids = found.stream().map(m -> m.id().value()).toList();
		var held = ids.isEmpty() ? Map.<UUID, List<Meeting>>of()
				: meetings.findByMentorshipIdIn(ids).stream().collect(Collectors.groupingBy(m -> m.mentorship().value()));
		var weeks = placementWeeks(ids);
		var cadences = new HashMap<MentorshipId, Cadence>();
		for (var mentorship : found) {
			cadences.put(mentorship.id(), cadence(mentorship, views.get(mentorship.program()),
					held.getOrDefault(mentorship.id().value(), List.of()),
					weeks.getOrDefault(mentorship.id().value(), List.of())));
		}
		return cadences;
	}

	private Map<ProgramId, ProgramView> programViews(List<Mentorship> found) {
		var views = new HashMap<ProgramId, ProgramView>();
		found.forEach(m -> views.computeIfAbsent(m.program(), program -> programs.find(Actor.system(), program)));
		return views;
	}

	/** Whether the actor may see the mentorship, without failing. */
	@Transactional(readOnly = true)
	public boolean mayRead(Actor actor, MentorshipId id) {
		var mentorship = mentorships.findById(id.value());
		if (mentorship.isEmpty()) {
			return false;
		}
		var me = participants.participantOf(actor.userId());
		return me.isPresent() && (me.get().equals(mentorship.get().mentee()) || me.get().equals(mentorship.get().mentor()))
				|| programs.coordinates(actor, mentorship.get().program());
	}

	private Cadence cadence(Mentorship mentorship, ProgramView program, List<Meeting> held,
			List<MentorshipView.PlacementWeek> weeks) {
		var today = LocalDate.now(clock);
		Integer totalWeeks = mentorship.durationWeeks() == null ? null
				: mentorship.durationWeeks() + mentorship.extendedWeeks();
		var hours = new LinkedHashMap<LocalDate, BigDecimal>();
		weeks.forEach(week -> hours.put(week.weekStart(), week.hours()));
		return Cadence.evaluate(program.rules(), mentorship.status(), mentorship.startedOn(), mentorship.activeDays(today),
				totalWeeks, held.stream().map(meeting -> Map.entry(meeting.heldOn(), meeting.minutes())).toList(), hours,
				today);
	}

	/** The weeks of placement of mentorships, in order: the hours done and those agreed. */
	private Map<UUID, List<MentorshipView.PlacementWeek>> placementWeeks(Collection<UUID> ids) {
		var weeks = new HashMap<UUID, List<MentorshipView.PlacementWeek>>();
		if (ids.isEmpty()) {
			return weeks;
		}
		jdbc.sql("""
				select mentorship_id, week_start, hours, agreed_hours from placement_week
				where mentorship_id in (:ids) order by week_start""")
			.param("ids", ids)
			.query((rs, row) -> weeks.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
				.add(new MentorshipView.PlacementWeek(rs.getObject(2, LocalDate.class), rs.getBigDecimal(3),
						rs.getBigDecimal(4))))
			.list();
		return weeks;
	}

	private List<MentorshipSummary> summaries(List<Mentorship> found) {
		var names = participants.names(found.stream().flatMap(m -> Stream.of(m.mentee(), m.mentor())).toList());
		var views = programViews(found);
		var cadences = cadences(found, views);
		return found.stream()
			.map(mentorship -> new MentorshipSummary(mentorship.id(), mentorship.program(),
					views.get(mentorship.program()).name(), mentorship.mentee(), names.getOrDefault(mentorship.mentee(), ""),
					mentorship.mentor(), names.getOrDefault(mentorship.mentor(), ""), mentorship.status(),
					mentorship.startedOn(), mentorship.plannedEnd(), cadences.get(mentorship.id())))
			.sorted(Comparator.comparing(MentorshipSummary::startedOn).reversed())
			.toList();
	}

	/** The mentorship as {@code actor}, on its {@code viewer} side, sees it; for the module's other services. */
	MentorshipView view(Mentorship mentorship, Party viewer, Actor actor) {
		var program = programs.find(Actor.system(), mentorship.program());
		var held = meetings.findByMentorshipIdOrderByHeldOnDescLoggedAtDesc(mentorship.id().value());
		var weeks = placementWeeks(List.of(mentorship.id().value())).getOrDefault(mentorship.id().value(), List.of());
		var notes = new HashMap<UUID, String>();
		jdbc.sql("""
				select n.meeting_id, n.note from meeting_private_note n join meeting m on m.id = n.meeting_id
				where m.mentorship_id = ? and n.author = ?""")
			.params(mentorship.id().value(), actor.userId().value())
			.query((rs, row) -> notes.put(rs.getObject(1, UUID.class), encryption.decrypt(rs.getString(2))))
			.list();
		if (!notes.isEmpty()) {
			// the writer reads their own notes: still a read of what is kept encrypted, and recorded as one
			events.publishEvent(new PersonalDataAccessed(PersonalDataAccessed.Kind.VIEW_RECORD, actor.userId().value(),
					List.of(mentorship.mentee().value(), mentorship.mentor().value()), "meeting-private-notes", List.of()));
		}
		var names = participants.names(List.of(mentorship.mentee(), mentorship.mentor()));
		var meetingViews = held.stream()
			.map(meeting -> new MentorshipView.MeetingView(meeting.id(), meeting.version(), meeting.heldOn(),
					meeting.minutes(), meeting.mode(), meeting.themes(), meeting.sharedNote(), notes.get(meeting.id()),
					meeting.loggedAs(), meeting.loggedAt(), meeting.confirmedAt(), meeting.corrected(),
					meeting.confirmedAt() == null && (viewer == Party.MENTEE || viewer == Party.MENTOR)
							&& meeting.loggedAs() != viewer))
			.toList();
		var userNames = users.names(mentorship.changes().stream().map(change -> new UserId(change.by())).toList());
		var changes = mentorship.changes()
			.stream()
			.map(change -> new MentorshipView.ChangeView(change.at(),
					change.by().equals(new UUID(0, 0)) ? "Passerelle"
							: userNames.getOrDefault(new UserId(change.by()), ""),
					change.kind(), change.note()))
			.toList();
		return new MentorshipView(mentorship.id(), mentorship.version(), mentorship.program(), program.name(),
				mentorship.mentee(), names.getOrDefault(mentorship.mentee(), ""), mentorship.mentor(),
				names.getOrDefault(mentorship.mentor(), ""), mentorship.status(), mentorship.startedOn(),
				mentorship.plannedEnd(), mentorship.durationWeeks(), mentorship.extendedWeeks(), mentorship.pausedDays(),
				mentorship.pausedSince(), mentorship.extensionRequestedBy(), mentorship.extensionWeeksAsked(),
				program.rules().extensionAllowed(), mentorship.closedOn(), mentorship.closureReason(),
				mentorship.employmentAtClosure(), cadence(mentorship, program, held, weeks), meetingViews,
				program.rules().weeklyPlacementHours() != null, weeks, changes, viewer);
	}
}
