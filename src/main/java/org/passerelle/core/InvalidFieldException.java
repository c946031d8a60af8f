package org.passerelle.core;

import org.springframework.context.MessageSourceResolvable;

/**
 * A value a service refuses for one field, such as an occupation code that is not in NOC 2021 or
 * an arrival date before the birth date. Names the field so that forms and the API point at it.
 */
public class InvalidFieldException extends RuntimeException implements MessageSourceResolvable {

	private final String field;

	private final String messageCode;

	private final transient Object[] arguments;

	public InvalidFieldException(String field, String messageCode, Object... arguments) {
		super(field + ": " + messageCode);
		this.field = field;
		this.messageCode = messageCode;
		this.arguments = arguments;
	}

	public String field() {
		return field;
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
