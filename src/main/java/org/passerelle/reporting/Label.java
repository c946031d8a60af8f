package org.passerelle.reporting;

/**
 * What a row of a report is about: a stable key for the API, and either a message code (a region,
 * an age band) or a name as recorded (a program, an agency).
 *
 * @param key the row's stable key: an enum name, an id
 * @param code the message code of its label, {@code null} for a name
 * @param text the name, {@code null} for a message code
 */
public record Label(String key, String code, String text) {

	/** A row named by a message. */
	public static Label code(String key, String code) {
		return new Label(key, code, null);
	}

	/** A row named as recorded. */
	public static Label text(String key, String text) {
		return new Label(key, null, text);
	}
}
