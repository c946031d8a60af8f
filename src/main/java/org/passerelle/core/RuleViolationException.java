package org.passerelle.core;

import org.springframework.context.MessageSourceResolvable;

/**
 * A business rule that a request breaks, named by a message code so that people read why in
 * their own language.
 */
public class RuleViolationException extends RuntimeException implements MessageSourceResolvable {

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

	/** The message code, for a {@code MessageSource} to write the message in the reader's language. */
	@Override
	public String[] getCodes() {
		return new String[] { messageCode };
	}

	@Override
	public Object[] getArguments() {
		return arguments();
	}
}
