package org.passerelle.core;

import org.springframework.context.MessageSourceResolvable;

/**
 * A refusal named by a message code and its arguments, so that a {@code MessageSource} writes it in
 * the reader's language.
 */
public abstract class MessageCodedException extends RuntimeException implements MessageSourceResolvable {

	private final String messageCode;

	private final transient Object[] arguments;

	protected MessageCodedException(String message, String messageCode, Object... arguments) {
		super(message);
		this.messageCode = messageCode;
		this.arguments = arguments;
	}

	public String messageCode() {
		return messageCode;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	@Override
	public String[] getCodes() {
		return new String[] { messageCode };
	}

	@Override
	public Object[] getArguments() {
		return arguments();
	}
}
