package org.passerelle.core;

/**
 * The kinds of personal records a retention period applies to (Law 25 s. 23, issue 14): each is
 * destroyed or anonymised by the module that owns it, when the privacy module's nightly job says
 * its period is over. The periods, their limits and the reasons for them are the privacy module's.
 */
public enum RecordKind {

	/** A person with no participation still going, counted from the end of their last one. */
	PARTICIPANT_WHO_LEFT(true),

	/** A referral returned, withdrawn or not selected, counted from its decision. */
	REFERRAL_NOT_ADMITTED(true),

	/** The files attached to a referral, counted from the referral's decision. */
	DOCUMENT(true),

	/** The notes of a mentorship's meetings and check-ins, counted from its closure. */
	NOTE(true),

	/** Free texts and employers' names of follow-ups, exit interviews and questionnaires, counted from the answer. */
	EVALUATION_ANSWER(true),

	/** An e-mail sent, counted from its sending. */
	EMAIL_SENT(false),

	/** An entry of the audit trail, counted from the access it records. */
	AUDIT_ENTRY(false);

	private final boolean perProgram;

	RecordKind(boolean perProgram) {
		this.perProgram = perProgram;
	}

	/** Whether each program sets its own period; otherwise one period holds for the installation. */
	public boolean perProgram() {
		return perProgram;
	}
}
