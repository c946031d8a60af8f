package org.passerelle.identity;

import org.passerelle.core.RuleViolationException;

/**
 * A request refused because too many were made just before, as sign-in refuses them after
 * repeated failures ({@link LoginThrottle}).
 */
public class TooManyAttemptsException extends RuleViolationException {

	public TooManyAttemptsException() {
		super("password.throttled");
	}
}
