package org.passerelle.evaluation;

import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;

/**
 * What happens to questionnaire requests, for the notifications to tell people.
 */
public final class QuestionnaireEvents {

	private QuestionnaireEvents() {
	}

	/**
	 * A person is asked to answer a questionnaire, or reminded to, or asked for a new link. The
	 * request carries no link: one who answers without signing in ({@code byLink}) gets a fresh one
	 * from {@link QuestionnaireAnswers#link}, so that no working link is ever stored.
	 *
	 * @param byLink whether the person answers from an e-mailed link, without signing in: their
	 *        mentorship closed, or they have no account
	 * @param reminder whether it reminds of a request not answered after
	 *        {@value QuestionnaireSchedule#REMINDER_DAYS} days
	 */
	public record QuestionnaireRequested(QuestionnaireRequestId request, ProgramId program,
			ParticipantId participant, String titleFr, String titleEn, boolean byLink, boolean reminder) {
	}
}
