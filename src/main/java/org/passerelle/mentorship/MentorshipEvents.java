package org.passerelle.mentorship;

import java.time.LocalDate;

import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;

/**
 * What happens to mentorships, for the modules that react: notifications, certificates, results.
 */
public final class MentorshipEvents {

	private MentorshipEvents() {
	}

	/** The mentorship closed, with its reason and where the mentee stands with work. */
	public record MentorshipClosed(MentorshipId mentorship, ProgramId program, ParticipantId mentee,
			ParticipantId mentor, ClosureReason reason, EmploymentStatus employment, LocalDate closedOn) {
	}
}
