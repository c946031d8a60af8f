package org.passerelle.reporting;

import java.util.List;

/**
 * What a row of a report is about: a stable key for the API, and either a message code (a region,
 * an age band, "3 months after closure") or a name as recorded (a program, an agency).
 *
 * @param key the row's stable key: an enum name, an id
 * @param code the message code of its label, {@code null} for a name
 * @param text the name, {@code null} for a message code
 * @param arguments the message's arguments, none for most
 */
public record Label(String key, String code, String text, List<Object> arguments) {

	public Label {
		arguments = arguments == null ? List.of() : List.copyOf(arguments);
	}

	/** A row named by a message. */
	public static Label code(String key, String code) {
		return new Label(key, code, null, List.of());
	}

	/** A row named by a message with arguments ("{0} months after closure"). */
	public static Label code(String key, String code, Object... arguments) {
		return new Label(key, code, null, List.of(arguments));
	}

	/** A row named as recorded. */
	public static Label text(String key, String text) {
		return new Label(key, null, text, List.of());
	}

	/**
	 * A row named as recorded in both languages (a questionnaire's title): the message
	 * {@code report.text.bilingual} picks the reader's.
	 */
	public static Label bilingual(String key, String french, String english) {
		return new Label(key, "report.text.bilingual", null, List.of(french, english));
	}
}
