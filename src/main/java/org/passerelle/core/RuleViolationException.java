package org.passerelle.core;

/**
 * A business rule that a request breaks, named by a message code so that people read why in
 * their own language.
 */
public class RuleViolationException extends RuntimeException {

	private final String messageCode;

	private final transient Object[] arguments;

	public RuleViolationException(String messageCode, Object... arguments) {
		super(messageCode);
		this.messageCode = messageCode;
		this.arguments = arguments;
	}

	public String messageCode() {
		return messageCode;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
