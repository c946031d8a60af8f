package org.passerelle.core;

import org.springframework.boot.jackson.JacksonComponent;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Reads every text of an API body as usual, but refuses one holding an invisible control
 * character (NUL and the like; tabs and line breaks are text): PostgreSQL cannot store NUL, and
 * nobody types the others. The problem names the field.
 */
@JacksonComponent
class TextJson extends StringDeserializer {

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) {
		var text = super.deserialize(parser, context);
		if (text != null && hasControlCharacter(text)) {
			throw new ControlCharacterException(parser, text);
		}
		return text;
	}

	/** Whether the text holds a control character other than a tab or a line break. */
	static boolean hasControlCharacter(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
				return true;
			}
		}
		return false;
	}

	/** A text refused for an invisible control character. */
	static class ControlCharacterException extends InvalidFormatException {

		ControlCharacterException(JsonParser parser, String text) {
			super(parser, "Text holds a control character", text, String.class);
		}
	}
}
