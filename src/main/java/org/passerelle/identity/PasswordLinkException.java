package org.passerelle.identity;

import org.passerelle.core.RuleViolationException;

/**
 * A link to choose a password that no longer works, or never did: nothing was changed.
 */
public class PasswordLinkException extends RuleViolationException {

	/** Why the link does not work. */
	public enum Reason {
		/** Past its time. */
		EXPIRED,
		/** Already used once. */
		USED,
		/** Not a link Passerelle made, mistyped, or replaced by a newer one. */
		UNKNOWN
	}

	private final Reason reason;

	public PasswordLinkException(Reason reason) {
		super("password.link." + reason.name().toLowerCase(java.util.Locale.ROOT));
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
