package org.passerelle.matching;

import java.util.UUID;

import org.passerelle.core.RuleViolationException;

/**
 * A pool run that cannot start, or a draft that cannot be confirmed, because of the state of the
 * pool or of another run rather than of the request: answered 409 by the API.
 */
public class PoolRunRefusedException extends RuleViolationException {

	private final transient UUID running;

	PoolRunRefusedException(String messageCode, UUID running, Object... arguments) {
		super(messageCode, arguments);
		this.running = running;
	}

	/** The run of the program already in progress, when that is the reason; otherwise null. */
	public UUID running() {
		return running;
	}
}
