package org.passerelle.core;

/**
 * A value a service refuses for one field, such as an occupation code that is not in NOC 2021 or
 * an arrival date before the birth date. Names the field so that forms and the API point at it.
 */
public class InvalidFieldException extends MessageCodedException {

	private final String field;

	public InvalidFieldException(String field, String messageCode, Object... arguments) {
		super(field + ": " + messageCode, messageCode, arguments);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
