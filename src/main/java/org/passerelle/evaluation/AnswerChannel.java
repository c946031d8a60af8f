package org.passerelle.evaluation;

/** How a follow-up was answered: from the e-mail's link, signed in, or by phone to the coordinator. */
public enum AnswerChannel {
	LINK, SIGNED_IN, PHONE
}
