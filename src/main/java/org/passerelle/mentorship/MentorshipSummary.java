package org.passerelle.mentorship;

import java.time.LocalDate;

import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;

/**
 * A mentorship as a line of a list or of the coordinator's dashboard.
 */
public record MentorshipSummary(MentorshipId id, ProgramId program, String programName, ParticipantId mentee,
		String menteeName, ParticipantId mentor, String mentorName, MentorshipStatus status, LocalDate startedOn,
		LocalDate plannedEnd, Cadence cadence) {
}
