package org.passerelle.activity;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

	static Activity schedule(ProgramId program, UUID series, ActivityKind kind, String title, String description,
			Instant startsAt, int minutes, String place, boolean mandatory, Integer capacity, UserId by, Instant at) {
		var activity = new Activity();
		activity.id = UUID.randomUUID();
		activity.programId = program.value();
		activity.seriesId = series;
		activity.kind = kind;
		activity.title = title.strip();
		activity.description = blankToNull(description);
		activity.startsAt = startsAt;
		activity.durationMinutes = minutes;
		activity.place = blankToNull(place);
		activity.mandatory = mandatory;
		activity.capacity = capacity;
		activity.status = ActivityStatus.SCHEDULED;
		activity.createdBy = by.value();
		activity.createdAt = at;
		return activity;
	}

	/** Invites a person; false when they already were. Only while the event is scheduled. */
	boolean invite(ParticipantId person, Instant at) {
		if (status != ActivityStatus.SCHEDULED) {
			throw new RuleViolationException("activity.invite.notScheduled");
		}
		return invitations.putIfAbsent(person.value(), new Invitation(at, null, null, null)) == null;
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

	/** Cancels the event with a reason; never one that was held, never twice. */
	void cancel(String reason) {
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
