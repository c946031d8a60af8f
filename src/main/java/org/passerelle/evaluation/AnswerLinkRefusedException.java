package org.passerelle.evaluation;

import java.util.Locale;

import org.passerelle.core.RuleViolationException;

/**
 * An answer link that does not work, or no longer: nothing was saved. The person may ask for a
 * new link, sent to the address Passerelle has for them.
 */
public class AnswerLinkRefusedException extends RuleViolationException {

	/** Why the link does not work. */
	public enum Reason {
		/** Past its time. */
		EXPIRED,
		/** Already used to answer. */
		USED,
		/** Not a link Passerelle made, mistyped, or replaced by a newer one. */
		UNKNOWN
	}

	private final Reason reason;

	AnswerLinkRefusedException(Reason reason) {
		super("answer.link.refused." + reason.name().toLowerCase(Locale.ROOT));
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
