package org.passerelle.mentorship;

import java.time.LocalDate;
import java.util.UUID;

import org.passerelle.identity.UserId;
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

	/**
	 * The mentee's exit interview said where they stand with work — first sent, or corrected — for
	 * their employment history; {@code recordedBy} is the coordinator when recorded by phone.
	 */
	public record ExitInterviewEmploymentAnswered(MentorshipId mentorship, ProgramId program, ParticipantId mentee,
			EmploymentStatus employment, String jobTitle, LocalDate answeredOn, UserId recordedBy) {
	}

	/** One of the pair, or the coordinator, raised a difficulty: the program's coordinators must hear of it. */
	public record DifficultyRaised(UUID difficulty, MentorshipId mentorship, ProgramId program, Party raisedAs,
			DifficultyKind kind) {
	}

	/** A difficulty was resolved: whoever raised it is told. */
	public record DifficultyResolved(UUID difficulty, MentorshipId mentorship, UserId raisedBy) {
	}

	/** The pair's next meeting was due on a date and none was logged: the pair and the coordinators are told. */
	public record MeetingNotLogged(MentorshipId mentorship, ProgramId program, ParticipantId mentee,
			ParticipantId mentor, LocalDate dueOn) {
	}

	/** The coordinator's check-in with one of the pair is due. */
	public record CheckInDue(MentorshipId mentorship, ProgramId program, Party party, ParticipantId with,
			LocalDate dueOn) {
	}

	/** The planned end of the mentorship is near: time to close, or to agree on an extension. */
	public record ClosureApproaching(MentorshipId mentorship, ProgramId program, ParticipantId mentee,
			ParticipantId mentor, LocalDate plannedEnd) {
	}
}
