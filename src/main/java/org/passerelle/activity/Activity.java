package org.passerelle.activity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import org.passerelle.core.AggregateRoot;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.UserId;
import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;

/**
 * A group session or event of a program (R-MEN-6): scheduled, then held — its attendance taken —
 * or cancelled with a reason. People are invited while it is scheduled and answer until it
 * starts; attendance is taken once it has started, for every person invited. Changed only as of
 * the version read, so that two coordinators never overwrite each other.
 */
@Entity
class Activity extends AggregateRoot<Activity> {

	static final int LONGEST_MINUTES = 24 * 60;

	private static final int LONGEST_REASON = 2000;

	@Id
	private UUID id;

	private UUID programId;

	private UUID seriesId;

	@Enumerated(EnumType.STRING)
	private ActivityKind kind;

	private String title;

	private String description;

	private Instant startsAt;

	private int durationMinutes;

	private String place;

	private boolean mandatory;

	private Integer capacity;

	@Enumerated(EnumType.STRING)
	private ActivityStatus status;

	private String cancellationReason;

	private UUID createdBy;

	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "activity_invitation", joinColumns = @JoinColumn(name = "activity_id"))
	@MapKeyColumn(name = "participant_id")
	private Map<UUID, Invitation> invitations = new HashMap<>();

	/** One person invited: when, their answer, and whether they came. */
	@Embeddable
	record Invitation(Instant invitedAt, @Enumerated(EnumType.STRING) InvitationAnswer answer, Instant answeredAt,
			@Enumerated(EnumType.STRING) Attendance attendance) {
	}

	protected Activity() {
	}

	/**
	 * Schedules an event of a program, one of a series or not, starting at {@code startsAt} (the
	 * instant of {@code details.startsAt()}). Mandatory if the coordinator says so; when they do
	 * not, peer support sessions are where the program makes group sessions mandatory.
	 */
	static Activity schedule(ProgramId program, UUID series, ActivityDetails details, Instant startsAt,
			boolean groupSessionsMandatory, UserId by, Instant at) {
		int minutes = lengthOf(details);
		var activity = new Activity();
		activity.id = UUID.randomUUID();
		activity.programId = program.value();
		activity.seriesId = series;
		activity.kind = details.kind();
		activity.title = details.title().strip();
		activity.description = blankToNull(details.description());
		activity.startsAt = startsAt;
		activity.durationMinutes = minutes;
		activity.place = blankToNull(details.place());
		activity.mandatory = details.mandatory() != null ? details.mandatory()
				: details.kind() == ActivityKind.PEER_SUPPORT && groupSessionsMandatory;
		activity.capacity = details.capacity();
		activity.status = ActivityStatus.SCHEDULED;
		activity.createdBy = by.value();
		activity.createdAt = at;
		return activity;
	}

	/**
	 * Invites people, only while the event is scheduled; those already invited are left as they
	 * are. When the event is still to come, the people invited for the first time are told
	 * ({@link ActivityEvents.PeopleInvited}, with the program's name and the local time in
	 * {@code zone}).
	 * @return the people invited for the first time
	 */
	List<ParticipantId> invite(Collection<ParticipantId> people, Instant at, String programName, ZoneId zone) {
		if (status != ActivityStatus.SCHEDULED) {
			throw new RuleViolationException("activity.invite.notScheduled");
		}
		var added = people.stream()
			.filter(person -> invitations.putIfAbsent(person.value(), new Invitation(at, null, null, null)) == null)
			.toList();
		if (!added.isEmpty() && startsAt.isAfter(at)) {
			registerEvent(new ActivityEvents.PeopleInvited(id(), program(), programName, title,
					LocalDateTime.ofInstant(startsAt, zone), added));
		}
		return added;
	}

	/** An invited person says whether they come: until the event starts, within its capacity. */
	void answer(ParticipantId person, InvitationAnswer answer, Instant at) {
		var invitation = invitations.get(person.value());
		if (invitation == null) {
			throw new RuleViolationException("activity.answer.notInvited");
		}
		if (answer == null) {
			throw new InvalidFieldException("answer", "activity.answer.required");
		}
		if (status != ActivityStatus.SCHEDULED || !at.isBefore(startsAt)) {
			throw new RuleViolationException("activity.answer.closed");
		}
		if (answer == InvitationAnswer.ATTENDING && invitation.answer() != InvitationAnswer.ATTENDING && capacity != null
				&& attending() >= capacity) {
			throw new RuleViolationException("activity.full");
		}
		invitations.put(person.value(), new Invitation(invitation.invitedAt(), answer, at, invitation.attendance()));
	}

	/**
	 * Takes attendance: present, absent or excused for each person invited. Not for a cancelled
	 * event, nor for one that has not started; once taken, every person invited has a mark and the
	 * event is held. Marks may be corrected later.
	 */
	void takeAttendance(Map<ParticipantId, Attendance> marks, Instant now) {
		if (status == ActivityStatus.CANCELLED) {
			throw new RuleViolationException("activity.attendance.cancelled");
		}
		if (startsAt.isAfter(now)) {
			throw new RuleViolationException("activity.attendance.future");
		}
		if (invitations.isEmpty()) {
			throw new RuleViolationException("activity.attendance.nobodyInvited");
		}
		for (var mark : marks.entrySet()) {
			if (!invitations.containsKey(mark.getKey().value())) {
				throw new InvalidFieldException("attendance", "activity.attendance.notInvited");
			}
			if (mark.getValue() == null) {
				throw new InvalidFieldException("attendance", "activity.attendance.incomplete");
			}
		}
		var marked = new LinkedHashMap<UUID, Invitation>();
		for (var entry : invitations.entrySet()) {
			var mark = marks.get(new ParticipantId(entry.getKey()));
			var attendance = mark != null ? mark : entry.getValue().attendance();
			if (attendance == null) {
				throw new InvalidFieldException("attendance", "activity.attendance.incomplete");
			}
			var invitation = entry.getValue();
			marked.put(entry.getKey(),
					new Invitation(invitation.invitedAt(), invitation.answer(), invitation.answeredAt(), attendance));
		}
		marked.forEach((person, invitation) -> {
			if (!invitation.equals(invitations.get(person))) {
				invitations.put(person, invitation);
			}
		});
		status = ActivityStatus.HELD;
	}

	/**
	 * Cancels the event with a reason (at most 2000 characters); never one that was held, never
	 * twice. The people invited to an event still to come are told
	 * ({@link ActivityEvents.ActivityCancelled}).
	 */
	void cancel(String reason, Instant at, String programName, ZoneId zone) {
		if (reason != null && reason.length() > LONGEST_REASON) {
			throw new InvalidFieldException("reason", "field.tooLong");
		}
		if (status == ActivityStatus.HELD) {
			throw new RuleViolationException("activity.cancel.held");
		}
		if (status == ActivityStatus.CANCELLED) {
			throw new RuleViolationException("activity.cancel.already");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidFieldException("reason", "activity.cancel.reason.required");
		}
		status = ActivityStatus.CANCELLED;
		cancellationReason = reason.strip();
		if (startsAt.isAfter(at) && !invitations.isEmpty()) {
			registerEvent(new ActivityEvents.ActivityCancelled(id(), program(), programName, title,
					LocalDateTime.ofInstant(startsAt, zone), cancellationReason, List.copyOf(invitations().keySet())));
		}
	}

	/**
	 * Checks what the coordinator says of an event — its kind, a title, when it starts and how long
	 * it lasts (up to a day), a capacity of one or more — and returns its length in minutes.
	 */
	static int lengthOf(ActivityDetails details) {
		if (details.kind() == null) {
			throw new InvalidFieldException("kind", "activity.kind.required");
		}
		if (details.title() == null || details.title().isBlank()) {
			throw new InvalidFieldException("title", "activity.title.required");
		}
		if (details.title().strip().length() > 200) {
			throw new InvalidFieldException("title", "field.tooLong");
		}
		if (details.description() != null && details.description().length() > 4000) {
			throw new InvalidFieldException("description", "field.tooLong");
		}
		if (details.place() != null && details.place().length() > 500) {
			throw new InvalidFieldException("place", "field.tooLong");
		}
		if (details.startsAt() == null) {
			throw new InvalidFieldException("startsAt", "activity.startsAt.required");
		}
		Integer minutes = details.durationMinutes();
		if (details.endsAt() != null) {
			if (!details.endsAt().isAfter(details.startsAt())) {
				throw new InvalidFieldException("endsAt", "activity.end.beforeStart");
			}
			long between = Duration.between(details.startsAt(), details.endsAt()).toMinutes();
			if (minutes != null && minutes != between) {
				throw new InvalidFieldException("durationMinutes", "activity.end.mismatch");
			}
			minutes = (int) Math.min(between, Integer.MAX_VALUE);
		}
		if (minutes == null) {
			throw new InvalidFieldException("durationMinutes", "activity.duration.required");
		}
		if (minutes < 1) {
			throw new InvalidFieldException("durationMinutes", "activity.duration.positive");
		}
		if (minutes > LONGEST_MINUTES) {
			throw new InvalidFieldException("durationMinutes", "activity.duration.max");
		}
		if (details.capacity() != null && details.capacity() < 1) {
			throw new InvalidFieldException("capacity", "activity.capacity.positive");
		}
		return minutes;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	int attending() {
		return (int) invitations.values().stream().filter(i -> i.answer() == InvitationAnswer.ATTENDING).count();
	}

	boolean invited(ParticipantId person) {
		return invitations.containsKey(person.value());
	}

	Invitation invitationOf(ParticipantId person) {
		return invitations.get(person.value());
	}

	Map<ParticipantId, Invitation> invitations() {
		var copy = new LinkedHashMap<ParticipantId, Invitation>();
		invitations.forEach((person, invitation) -> copy.put(new ParticipantId(person), invitation));
		return copy;
	}

	Instant endsAt() {
		return startsAt.plus(Duration.ofMinutes(durationMinutes));
	}

	ActivityId id() {
		return new ActivityId(id);
	}

	@Override
	protected Object identifier() {
		return id;
	}

	ProgramId program() {
		return new ProgramId(programId);
	}

	UUID series() {
		return seriesId;
	}

	ActivityKind kind() {
		return kind;
	}

	String title() {
		return title;
	}

	String description() {
		return description;
	}

	Instant startsAt() {
		return startsAt;
	}

	int durationMinutes() {
		return durationMinutes;
	}

	String place() {
		return place;
	}

	boolean mandatory() {
		return mandatory;
	}

	Integer capacity() {
		return capacity;
	}

	ActivityStatus status() {
		return status;
	}

	String cancellationReason() {
		return cancellationReason;
	}
}
