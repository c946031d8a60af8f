package org.passerelle.activity;

import java.time.LocalDateTime;

import org.passerelle.program.ProgramId;

/**
 * An event as a line of a list; {@code myAnswer} and {@code myAttendance} are the reader's own when
 * they are invited.
 *
 * @param upcoming whether it has not ended yet
 */
public record ActivitySummary(ActivityId id, ProgramId program, String programName, ActivityKind kind, String title,
		LocalDateTime startsAt, int durationMinutes, String place, boolean mandatory, Integer capacity,
		ActivityStatus status, int invited, int attending, boolean invitedMe, InvitationAnswer myAnswer,
		Attendance myAttendance, boolean upcoming) {
}
