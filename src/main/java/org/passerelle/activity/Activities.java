package org.passerelle.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.Actor;
import org.passerelle.participant.ParticipantId;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.participant.IntakeChecklist;
import org.passerelle.participant.PoolMember;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramSummary;
import org.passerelle.program.ProgramView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Group sessions and events of programs (R-MEN-6): the coordinator schedules them — one, or a
 * series of peer support sessions at the program's rhythm — invites the program's mentees,
 * mentors or chosen people, who answer, then takes attendance once the event is held. The
 * coordinators of the event's program and the people invited reach it; nobody else, not even to
 * learn that it exists. Other modules ask how a person attended the mandatory sessions
 * ({@link #mandatoryAttendance(ParticipantId, ProgramId)}).
 */
@Service
@Transactional
public class Activities {

	static final int MOST_OCCURRENCES = 52;

	private final ActivityRepository activities;

	private final ProgramManagement programs;

	private final ParticipantDirectory participants;

	private final IntakeChecklist intake;

	private final JdbcClient jdbc;

	private final Clock clock;

	Activities(ActivityRepository activities, ProgramManagement programs, ParticipantDirectory participants,
			IntakeChecklist intake, JdbcClient jdbc, Clock clock) {
		this.activities = activities;
		this.programs = programs;
		this.participants = participants;
		this.intake = intake;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	// Scheduling

	/** Schedules one event of a program the actor coordinates. */
	public ActivityView schedule(Actor actor, ProgramId program, ActivityDetails details) {
		var view = coordinated(actor, program);
		var activity = activities.save(newActivity(actor, view, null, details, details.startsAt()));
		return view(activity, actor);
	}

	/**
	 * Schedules a series of sessions — peer support unless another kind is given — every
	 * {@code everyWeeks} weeks (by default the program's rhythm of group sessions) from the first
	 * date, at the same time of day, {@code occurrences} times; returned in their order.
	 */
	public List<ActivitySummary> scheduleSeries(Actor actor, ProgramId program, ActivityDetails details,
			Integer everyWeeks, Integer occurrences) {
		var view = coordinated(actor, program);
		var first = details.kind() == null ? withKind(details, ActivityKind.PEER_SUPPORT) : details;
		Activity.lengthOf(first);
		var weeks = everyWeeks != null ? everyWeeks : view.rules().groupSessionEveryWeeks();
		if (weeks == null) {
			throw new InvalidFieldException("everyWeeks", "activity.series.everyWeeks.required");
		}
		if (weeks < 1 || weeks > 52) {
			throw new InvalidFieldException("everyWeeks", "activity.series.everyWeeks.range");
		}
		if (occurrences == null || occurrences < 1 || occurrences > MOST_OCCURRENCES) {
			throw new InvalidFieldException("occurrences", "activity.series.occurrences.range");
		}
		var series = UUID.randomUUID();
		var scheduled = new ArrayList<Activity>();
		for (int i = 0; i < occurrences; i++) {
			var start = first.startsAt().plusWeeks((long) i * weeks);
			scheduled.add(newActivity(actor, view, series, first, start));
		}
		return summaries(activities.saveAll(scheduled), actor).stream()
			.sorted(Comparator.comparing(ActivitySummary::startsAt))
			.toList();
	}

	/** The programs whose events the actor may schedule: those they coordinate. */
	@Transactional(readOnly = true)
	public List<ProgramSummary> schedulable(Actor actor) {
		return programs.list(actor).stream().filter(program -> programs.coordinates(actor, program.id())).toList();
	}

	private Activity newActivity(Actor actor, ProgramView program, UUID series, ActivityDetails details,
			LocalDateTime start) {
		return Activity.schedule(program.id(), series, details, start == null ? null : instant(start),
				program.rules().groupSessionsMandatory(), actor.userId(), clock.instant());
	}

	private static ActivityDetails withKind(ActivityDetails details, ActivityKind kind) {
		return new ActivityDetails(kind, details.title(), details.description(), details.startsAt(),
				details.durationMinutes(), details.endsAt(), details.place(), details.mandatory(), details.capacity());
	}

	// Invitations and answers

	/**
	 * Invites the program's enrolled mentees, mentors or both, and chosen people of the program;
	 * each person invited for the first time is told in their language, when the event is still to
	 * come. People already invited are left as they are.
	 */
	public ActivityView invite(Actor actor, ActivityId id, long version, Set<Audience> audiences,
			Collection<ParticipantId> people) {
		var activity = existing(id);
		requireCoordinator(actor, activity);
		activity.requireVersion(version);
		var chosen = new LinkedHashSet<ParticipantId>();
		if (audiences != null && !audiences.isEmpty()) {
			intake.enrolled(activity.program())
				.stream()
				.filter(member -> audiences.contains(member.role()))
				.map(PoolMember::id)
				.forEach(chosen::add);
		}
		if (people != null) {
			for (var person : people) {
				if (!participants.programsOf(person).contains(activity.program())) {
					throw new InvalidFieldException("participants", "activity.invite.notInProgram");
				}
				chosen.add(person);
			}
		}
		if (chosen.isEmpty()) {
			throw new InvalidFieldException("participants", "activity.invite.nobody");
		}
		activity.invite(chosen, clock.instant(), programs.find(Actor.system(), activity.program()).name(),
				clock.getZone());
		return view(activities.saveAndFlush(activity), actor);
	}

	/** The people of the program who could still be invited, by name. */
	@Transactional(readOnly = true)
	public List<InviteCandidate> candidates(Actor actor, ActivityId id) {
		var activity = existing(id);
		requireCoordinator(actor, activity);
		return intake.enrolled(activity.program())
			.stream()
			.filter(member -> !activity.invited(member.id()))
			.map(member -> new InviteCandidate(member.id(),
					member.details().firstName() + " " + member.details().lastName(), member.role()))
			.toList();
	}

	/** The person invited says whether they attend, until the event starts. */
	public ActivityView answer(Actor actor, ActivityId id, InvitationAnswer answer) {
		var activity = existing(id);
		var me = participants.participantOf(actor.userId()).filter(activity::invited);
		if (me.isEmpty()) {
			if (programs.coordinates(actor, activity.program())) {
				throw new RuleViolationException("activity.answer.notInvited");
			}
			throw new NotFoundException("activity", id);
		}
		activity.answer(me.get(), answer, clock.instant());
		return view(activities.saveAndFlush(activity), actor);
	}

	// Holding and cancelling

	/**
	 * Takes attendance — present, absent or excused — for the people invited; the event is then
	 * held. Every person invited must have a mark; only people invited may.
	 */
	public ActivityView takeAttendance(Actor actor, ActivityId id, long version, Map<ParticipantId, Attendance> marks) {
		var activity = existing(id);
		requireCoordinator(actor, activity);
		activity.requireVersion(version);
		activity.takeAttendance(marks == null ? Map.of() : marks, clock.instant());
		return view(activities.saveAndFlush(activity), actor);
	}

	/** Cancels an event with a reason; the people invited to an event still to come are told. */
	public ActivityView cancel(Actor actor, ActivityId id, long version, String reason) {
		var activity = existing(id);
		requireCoordinator(actor, activity);
		activity.requireVersion(version);
		activity.cancel(reason, clock.instant(), programs.find(Actor.system(), activity.program()).name(),
				clock.getZone());
		return view(activities.saveAndFlush(activity), actor);
	}

	// Reading

	/** One event, for its program's coordinators and the people invited. */
	@Transactional(readOnly = true)
	public ActivityView find(Actor actor, ActivityId id) {
		var activity = existing(id);
		requireReader(actor, activity);
		return view(activity, actor);
	}

	/**
	 * The events the actor reaches — those of the programs they coordinate and those they are
	 * invited to — the ones to come first, soonest first, then the past ones, latest first.
	 */
	@Transactional(readOnly = true)
	public List<ActivitySummary> list(Actor actor) {
		var found = new LinkedHashMap<UUID, Activity>();
		var coordinated = schedulable(actor).stream().map(program -> program.id().value()).toList();
		if (!coordinated.isEmpty()) {
			activities.findByProgramIdIn(coordinated).forEach(activity -> found.put(activity.id().value(), activity));
		}
		participants.participantOf(actor.userId()).ifPresent(me -> {
			var invitedTo = jdbc.sql("select activity_id from activity_invitation where participant_id = ?")
				.param(me.value())
				.query(UUID.class)
				.list();
			activities.findByIdIn(invitedTo).forEach(activity -> found.putIfAbsent(activity.id().value(), activity));
		});
		return summaries(found.values(), actor);
	}

	/**
	 * The events of the programs the actor coordinates that took place and whose attendance is
	 * still to take (neither held nor cancelled, and ended); the oldest first. One read.
	 */
	@Transactional(readOnly = true)
	public List<PendingActivity> attendanceToTake(Actor actor) {
		var coordinated = programs.coordinatedBy(actor).stream().map(program -> program.id().value()).toList();
		if (coordinated.isEmpty()) {
			return List.of();
		}
		return pending("""
				select id, program_id, title, starts_at from activity
				where program_id in (:programs) and status = 'SCHEDULED'
				  and starts_at + duration_minutes * interval '1 minute' <= :now
				order by starts_at""", Map.of("programs", coordinated, "now", java.sql.Timestamp.from(clock.instant())));
	}

	/**
	 * The events the actor is invited to and has not answered, which have not started yet: they
	 * may still answer; the soonest first. One read.
	 */
	@Transactional(readOnly = true)
	public List<PendingActivity> invitationsToAnswer(Actor actor) {
		var me = participants.participantOf(actor.userId());
		if (me.isEmpty()) {
			return List.of();
		}
		return pending("""
				select a.id, a.program_id, a.title, a.starts_at
				from activity a join activity_invitation i on i.activity_id = a.id
				where i.participant_id = :me and i.answer is null and a.status = 'SCHEDULED' and a.starts_at > :now
				order by a.starts_at""", Map.of("me", me.get().value(), "now", java.sql.Timestamp.from(clock.instant())));
	}

	private List<PendingActivity> pending(String sql, Map<String, Object> params) {
		return jdbc.sql(sql)
			.params(params)
			.query((rs, row) -> new PendingActivity(new ActivityId(rs.getObject("id", UUID.class)),
					new ProgramId(rs.getObject("program_id", UUID.class)), rs.getString("title"),
					local(rs.getTimestamp("starts_at").toInstant())))
			.list();
	}

	/**
	 * How a person attended the mandatory sessions of a program held so far to which they were
	 * invited. No scope: for other modules, such as the completion certificate of mentorships.
	 */
	@Transactional(readOnly = true)
	public MandatoryAttendance mandatoryAttendance(ParticipantId participant, ProgramId program) {
		var sessions = jdbc.sql("""
				select a.id, a.title, a.starts_at, i.attendance
				from activity a join activity_invitation i on i.activity_id = a.id
				where a.program_id = ? and i.participant_id = ? and a.mandatory and a.status = 'HELD'
				order by a.starts_at""")
			.params(program.value(), participant.value())
			.query((rs, row) -> new Object[] { rs.getObject("id", UUID.class), rs.getString("title"),
					rs.getTimestamp("starts_at").toInstant(), rs.getString("attendance") })
			.list();
		int attended = 0;
		int excused = 0;
		var missed = new ArrayList<MandatoryAttendance.MissedSession>();
		for (var session : sessions) {
			switch (String.valueOf(session[3])) {
				case "PRESENT" -> attended++;
				case "EXCUSED" -> excused++;
				default -> missed.add(new MandatoryAttendance.MissedSession(new ActivityId((UUID) session[0]),
						(String) session[1], LocalDate.ofInstant((java.time.Instant) session[2], clock.getZone())));
			}
		}
		return new MandatoryAttendance(participant, program, sessions.size(), attended, excused, missed.size(), missed);
	}

	/**
	 * The same, for a reader: the person themselves or a coordinator of the program; not found for
	 * anyone else.
	 */
	@Transactional(readOnly = true)
	public MandatoryAttendance mandatoryAttendance(Actor actor, ParticipantId participant, ProgramId program) {
		var me = participants.participantOf(actor.userId());
		if (!(me.isPresent() && me.get().equals(participant)) && !programs.coordinates(actor, program)) {
			throw new NotFoundException("attendance", participant);
		}
		return mandatoryAttendance(participant, program);
	}

	// Rules of access and views

	private ProgramView coordinated(Actor actor, ProgramId program) {
		if (program == null) {
			throw new InvalidFieldException("program", "activity.program.required");
		}
		if (!programs.coordinates(actor, program)) {
			throw new NotFoundException("program", program);
		}
		return programs.find(Actor.system(), program);
	}

	private Activity existing(ActivityId id) {
		return activities.findById(id.value()).orElseThrow(() -> new NotFoundException("activity", id));
	}

	private void requireCoordinator(Actor actor, Activity activity) {
		if (!programs.coordinates(actor, activity.program())) {
			throw new NotFoundException("activity", activity.id());
		}
	}

	private void requireReader(Actor actor, Activity activity) {
		if (programs.coordinates(actor, activity.program())) {
			return;
		}
		var me = participants.participantOf(actor.userId());
		if (me.isEmpty() || !activity.invited(me.get())) {
			throw new NotFoundException("activity", activity.id());
		}
	}

	private Instant instant(LocalDateTime local) {
		return local.atZone(clock.getZone()).toInstant();
	}

	private LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, clock.getZone());
	}

	private List<ActivitySummary> summaries(Collection<Activity> found, Actor actor) {
		var me = participants.participantOf(actor.userId());
		var now = clock.instant();
		var names = new HashMap<ProgramId, String>();
		var result = new ArrayList<ActivitySummary>();
		for (var activity : found) {
			var name = names.computeIfAbsent(activity.program(), p -> programs.find(Actor.system(), p).name());
			var mine = me.map(activity::invitationOf).orElse(null);
			result.add(new ActivitySummary(activity.id(), activity.program(), name, activity.kind(), activity.title(),
					local(activity.startsAt()), activity.durationMinutes(), activity.place(), activity.mandatory(),
					activity.capacity(), activity.status(), activity.invitations().size(), activity.attending(),
					mine != null, mine == null ? null : mine.answer(), mine == null ? null : mine.attendance(),
					activity.endsAt().isAfter(now)));
		}
		result.sort(Comparator.comparing((ActivitySummary summary) -> !summary.upcoming())
			.thenComparing((a, b) -> a.upcoming() ? a.startsAt().compareTo(b.startsAt())
					: b.startsAt().compareTo(a.startsAt())));
		return result;
	}

	private ActivityView view(Activity activity, Actor actor) {
		var program = programs.find(Actor.system(), activity.program());
		boolean coordinator = programs.coordinates(actor, activity.program());
		var me = participants.participantOf(actor.userId());
		var invitations = activity.invitations();
		var names = participants.names(coordinator ? invitations.keySet() : me.stream().toList());
		ActivityView.InvitationView mine = null;
		if (me.isPresent() && activity.invited(me.get())) {
			mine = invitation(me.get(), invitations.get(me.get()), names);
		}
		var all = coordinator ? invitations.entrySet()
			.stream()
			.map(entry -> invitation(entry.getKey(), entry.getValue(), names))
			.sorted(Comparator.comparing(ActivityView.InvitationView::name))
			.toList() : List.<ActivityView.InvitationView>of();
		return new ActivityView(activity.id(), activity.version(), activity.program(), program.name(), activity.series(),
				activity.kind(), activity.title(), activity.description(), local(activity.startsAt()),
				local(activity.endsAt()), activity.durationMinutes(), activity.place(), activity.mandatory(),
				activity.capacity(), activity.status(), activity.cancellationReason(), invitations.size(),
				activity.attending(), coordinator, !activity.startsAt().isAfter(clock.instant()), mine, all);
	}

	private static ActivityView.InvitationView invitation(ParticipantId person, Activity.Invitation invitation,
			Map<ParticipantId, String> names) {
		return new ActivityView.InvitationView(person, names.getOrDefault(person, ""), invitation.answer(),
				invitation.answeredAt(), invitation.attendance());
	}
}
