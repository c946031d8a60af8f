package org.passerelle.activity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;

/**
 * An event as its page and the API show it to one reader: the program's coordinators see every
 * invitation; an invited person sees their own.
 *
 * @param coordinator whether the reader coordinates the event's program
 * @param started whether the event has started, so that attendance may be taken
 * @param mine the reader's own invitation, if they are invited
 * @param invitations everyone invited, for the coordinators; empty for the others
 */
public record ActivityView(ActivityId id, long version, ProgramId program, String programName, UUID series,
		ActivityKind kind, String title, String description, LocalDateTime startsAt, LocalDateTime endsAt,
		int durationMinutes, String place, boolean mandatory, Integer capacity, ActivityStatus status,
		String cancellationReason, int invited, int attending, boolean coordinator, boolean started,
		InvitationView mine, List<InvitationView> invitations) {

	/** One person invited, with their answer and their attendance. */
	public record InvitationView(ParticipantId participant, String name, InvitationAnswer answer, Instant answeredAt,
			Attendance attendance) {
	}
}
