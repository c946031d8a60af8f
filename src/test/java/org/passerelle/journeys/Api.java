package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API as a partner system or a script calls it: over HTTP, with a person's e-mail and
 * password (HTTP Basic) or without credentials for the public routes, in a chosen language.
 */
public final class Api {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

	private final String base;

	private final String authorization;

	private final String language;

	private Api(String base, String authorization, String language) {
		this.base = base;
		this.authorization = authorization;
		this.language = language;
	}

	/** The API as the person with this e-mail and password. */
	public static Api as(int port, String email, String password) {
		return new Api("http://localhost:" + port, "Basic " + Base64.getEncoder()
			.encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)), "fr");
	}

	/** The API without credentials. */
	public static Api anonymous(int port) {
		return new Api("http://localhost:" + port, null, "fr");
	}

	/** The same caller, reading answers in English. */
	public Api inEnglish() {
		return new Api(base, authorization, "en");
	}

	/** What the server answered: the status and the body read as JSON (null when empty). */
	public record Answer(int status, JsonNode body, String text) {

		/** The body, once the status is the one expected. */
		public JsonNode expect(int expected) {
			assertThat(status).as("HTTP status of: %s", text).isEqualTo(expected);
			return body;
		}
	}

	public Answer get(String path) {
		return send("GET", path, null);
	}

	public Answer post(String path, Object body) {
		return send("POST", path, body);
	}

	public Answer put(String path, Object body) {
		return send("PUT", path, body);
	}

	public Answer delete(String path) {
		return send("DELETE", path, null);
	}

	private Answer send(String method, String path, Object body) {
		var request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", "application/json")
			.header("Accept-Language", language)
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		try {
			var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			var text = response.body();
			return new Answer(response.statusCode(), text == null || text.isBlank() ? null : json.readTree(text), text);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
