package org.passerelle.mentorship.web;

import org.passerelle.mentorship.EmploymentStatus;
import org.passerelle.mentorship.ExitInterviewAnswers;
import org.passerelle.mentorship.ExitInterviewView.Interview;
import org.passerelle.mentorship.GoalsReached;
import org.passerelle.mentorship.Party;

/**
 * An exit interview as a form and an API body; {@code party} names the side a coordinator
 * records it for, and is left out by the pair.
 * Serializable: kept in the session (in PostgreSQL) across the redirect when it is refused.
 */
record ExitInterviewForm(Party party, Integer satisfaction, GoalsReached goalsReached, String helpedMost,
		String couldBeBetter, Boolean wouldRecommend, EmploymentStatus employment, String jobTitle,
		Boolean wouldMentorAgain) implements java.io.Serializable {

	ExitInterviewAnswers answers() {
		return new ExitInterviewAnswers(satisfaction, goalsReached, helpedMost, couldBeBetter, wouldRecommend,
				employment, jobTitle, wouldMentorAgain);
	}

	/** The form for a side: empty, or what was answered before, to correct it. */
	static ExitInterviewForm of(Party party, Interview interview) {
		if (interview == null) {
			return new ExitInterviewForm(party, null, null, "", "", null, null, "", null);
		}
		return new ExitInterviewForm(party, interview.satisfaction(), interview.goalsReached(), interview.helpedMost(),
				interview.couldBeBetter(), interview.wouldRecommend(), interview.employment(), interview.jobTitle(),
				interview.wouldMentorAgain());
	}
}
