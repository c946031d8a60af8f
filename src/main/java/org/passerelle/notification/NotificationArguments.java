package org.passerelle.notification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The arguments of a notification's message, kept with their kind — text, number, day, day and
 * time, or a message code — so that it can be written again in another language.
 */
final class NotificationArguments {

	private static final JsonMapper json = JsonMapper.builder().build();

	private NotificationArguments() {
	}

	static String write(Object[] arguments) {
		if (arguments == null) {
			return null;
		}
		var kept = new ArrayList<Map<String, String>>();
		for (var argument : arguments) {
			var entry = new LinkedHashMap<String, String>();
			switch (argument) {
				case null -> entry.put("kind", "null");
				case LocalDateTime dateTime -> entry.put("dateTime", dateTime.toString());
				case LocalDate date -> entry.put("date", date.toString());
				case Integer number -> entry.put("integer", number.toString());
				case Long number -> entry.put("integer", number.toString());
				case Number number -> entry.put("decimal", new BigDecimal(number.toString()).toPlainString());
				case MessageSourceResolvable resolvable when resolvable.getCodes() != null
						&& resolvable.getCodes().length > 0 -> entry.put("code", resolvable.getCodes()[0]);
				default -> entry.put("text", String.valueOf(argument));
			}
			kept.add(entry);
		}
		return json.writeValueAsString(kept);
	}

	static Object[] read(String written) {
		if (written == null) {
			return null;
		}
		List<Map<String, String>> kept = json.readValue(written,
				json.getTypeFactory().constructCollectionType(List.class, Map.class));
		return kept.stream().map(NotificationArguments::value).toArray();
	}

	private static Object value(Map<String, String> entry) {
		var kind = entry.keySet().iterator().next();
		var value = entry.get(kind);
		return switch (kind) {
			case "dateTime" -> LocalDateTime.parse(value);
			case "date" -> LocalDate.parse(value);
			case "integer" -> Long.valueOf(value);
			case "decimal" -> new BigDecimal(value);
			case "code" -> new DefaultMessageSourceResolvable(value);
			case "null" -> null;
			default -> value;
		};
	}
}
