package org.passerelle.notification;

/**
 * The reminders Passerelle gives, each of which a person may turn off.
 */
public enum ReminderKind {
	/** A match proposal waits for the person's answer. */
	PROPOSAL_WAITING,
	/** The mentorship's next meeting is due and none was logged. */
	MEETING_NOT_LOGGED,
	/** A coordinator's check-in with one of a pair is due. */
	CHECK_IN_DUE,
	/** The mentorship's planned end is two weeks away or less. */
	CLOSURE_APPROACHING,
	/** A questionnaire asked a week ago waits for the person's answers. */
	QUESTIONNAIRE_WAITING
}
