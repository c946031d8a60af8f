package org.passerelle.mentorship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The exit interviews of a mentorship as one reader may see them: one of the pair sees only their
 * own, the coordinator both.
 *
 * @param closed whether the mentorship is closed: the interviews open only then
 * @param viewer the reader's side
 * @param mayFill the sides the reader may fill or correct now
 * @param interviews the interviews the reader may see
 */
public record ExitInterviewView(MentorshipId mentorship, boolean closed, Party viewer, List<Party> mayFill,
		List<Interview> interviews) {

	/** The reader's own interview, or the one of a side for the coordinator; null when not filled. */
	public Interview of(Party party) {
		return interviews.stream().filter(interview -> interview.party() == party).findFirst().orElse(null);
	}

	/** Whether the reader may fill or correct the interview of that side now. */
	public boolean mayFill(Party party) {
		return mayFill.contains(party);
	}

	/**
	 * One filled exit interview.
	 *
	 * @param onBehalf whether the coordinator recorded it for the person (by phone)
	 * @param inField for the mentee employed, whether the job is in their field; null otherwise
	 * @param correctableUntil the last day it may be corrected
	 */
	public record Interview(Party party, int satisfaction, GoalsReached goalsReached, String helpedMost,
			String couldBeBetter, boolean wouldRecommend, EmploymentStatus employment, String jobTitle, Boolean inField,
			Boolean wouldMentorAgain, boolean onBehalf, String recordedBy, Instant submittedAt, Instant updatedAt,
			LocalDate correctableUntil) {
	}
}
