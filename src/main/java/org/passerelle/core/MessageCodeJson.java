package org.passerelle.core;

import org.springframework.boot.jackson.JacksonComponent;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes a {@link MessageCode} in JSON as its text, in the language of the request.
 */
@JacksonComponent
class MessageCodeJson extends ValueSerializer<MessageCode> {

	private final MessageSource messages;

	MessageCodeJson(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void serialize(MessageCode value, JsonGenerator generator, SerializationContext context) {
		generator.writeString(messages.getMessage(value, LocaleContextHolder.getLocale()));
	}
}
