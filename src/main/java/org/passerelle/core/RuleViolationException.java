package org.passerelle.core;

/**
 * A business rule that a request breaks, named by a message code so that people read why in
 * their own language.
 */
public class RuleViolationException extends MessageCodedException {

	public RuleViolationException(String messageCode, Object... arguments) {
		super(messageCode, messageCode, arguments);
	}
}
