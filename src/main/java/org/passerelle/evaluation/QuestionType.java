package org.passerelle.evaluation;

/**
 * How a question is answered.
 */
public enum QuestionType {
	/** A whole number from 1 (not at all) to 5 (completely). */
	SCALE,
	/** Yes or no. */
	YES_NO,
	/** One of the question's choices. */
	SINGLE_CHOICE,
	/** Any of the question's choices, none included. */
	MULTIPLE_CHOICE,
	/** A number, decimals allowed. */
	NUMBER,
	/** A day. */
	DATE,
	/** Free text, read by the coordinators only. */
	TEXT;

	public boolean hasChoices() {
		return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
	}
}
