package org.passerelle.core;

/**
 * A value that must be unique is already taken, such as an organisation's name or a user's
 * e-mail. Names the field so that forms and the API can point at it.
 */
public class DuplicateValueException extends RuntimeException {

	private final String field;

	private final String messageCode;

	public DuplicateValueException(String field, String messageCode) {
		super(field + " is already taken");
		this.field = field;
		this.messageCode = messageCode;
	}

	public String field() {
		return field;
	}

	public String messageCode() {
		return messageCode;
	}
}
