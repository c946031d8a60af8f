package org.passerelle.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem details from servlet filters (security, the database being away), where
 * no controller advice reaches: title and detail from the messages {@code code.title} and
 * {@code code.detail} in the caller's language, and the headers the status calls for.
 */
@Component
public class FilterProblems {

	private final MessageSource messages;

	private final JsonMapper json;

	FilterProblems(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/** In the language of the request being handled. */
	public void write(HttpServletResponse response, HttpStatus status, String code) throws IOException {
		write(response, status, code, LocaleContextHolder.getLocale());
	}

	public void write(HttpServletResponse response, HttpStatus status, String code, Locale locale)
			throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", messages.getMessage(code + ".title", null, status.getReasonPhrase(), locale));
		body.put("status", status.value());
		body.put("detail", messages.getMessage(code + ".detail", null, "", locale));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Passerelle\"");
		}
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "60");
		}
		json.writeValue(response.getOutputStream(), body);
	}
}
