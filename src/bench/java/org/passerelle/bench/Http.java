package org.passerelle.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Passerelle over HTTP as a client on the same machine sees it: JSON in and out with a bearer
 * token or HTTP Basic, or the pages with a session cookie, each answer with its wall time (from
 * sending the request to the last byte of the body).
 */
final class Http {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** Long enough for a synchronous pool run of 20,000 people on a slow machine. */
	private static final Duration TIMEOUT = Duration.ofMinutes(30);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient client;

	private final String base;

	private final String authorization;

	private final String accept;

	private Http(HttpClient client, String base, String authorization, String accept) {
		this.client = client;
		this.base = base;
		this.authorization = authorization;
		this.accept = accept;
	}

	/** The API on this port of the loopback, without credentials yet. */
	static Http at(int port) {
		return new Http(newClient(null), "http://localhost:" + port, null, "application/json");
	}

	/** A client of the API follows redirects (a finished job may send elsewhere); one of the pages does not. */
	private static HttpClient newClient(CookieManager cookies) {
		var builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10));
		if (cookies != null) {
			builder.cookieHandler(cookies);
		}
		else {
			builder.followRedirects(HttpClient.Redirect.NORMAL);
		}
		return builder.build();
	}

	Http withBasic(String email, String password) {
		return new Http(client, base, "Basic " + Base64.getEncoder()
			.encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)), accept);
	}

	Http withBearer(String token) {
		return new Http(client, base, "Bearer " + token, accept);
	}

	/**
	 * The pages as this person, signed in through the sign-in form (its CSRF token read from the
	 * page, the SESSION cookie kept by a client of its own).
	 */
	Http signedIn(String email, String password) {
		var pages = new Http(newClient(new CookieManager()), base, null, "text/html");
		var form = pages.get("/login").expect(200).body();
		var token = CSRF.matcher(form);
		var fields = "email=" + encode(email) + "&password=" + encode(password)
				+ (token.find() ? "&_csrf=" + encode(token.group(1)) : "");
		var answer = pages.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(fields)));
		var location = answer.headers().firstValue("Location").orElse("");
		if (answer.status() != 302 || location.contains("error") || location.contains("throttled")) {
			throw new IllegalStateException("signing in as " + email + " failed: " + answer.status() + " " + location);
		}
		return pages;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/**
	 * What the server answered and how long it took.
	 *
	 * @param millis from sending the request to the last byte of the body
	 */
	record Answer(int status, HttpHeaders headers, String body, double millis) {

		JsonNode json() {
			return body == null || body.isBlank() ? null : JSON.readTree(body);
		}

		/** This answer, if its status is one of those expected; otherwise what went wrong, as an exception. */
		Answer expect(int... statuses) {
			for (int expected : statuses) {
				if (status == expected) {
					return this;
				}
			}
			var excerpt = body == null ? "" : body.length() > 600 ? body.substring(0, 600) + "…" : body;
			throw new IllegalStateException("HTTP " + status + ": " + excerpt);
		}

		int bytes() {
			return body == null ? 0 : body.getBytes(StandardCharsets.UTF_8).length;
		}
	}

	Answer get(String path) {
		return send(request(path).GET());
	}

	Answer post(String path, Object body) {
		return send(json(request(path), body).method("POST", publisher(body)));
	}

	Answer put(String path, Object body) {
		return send(json(request(path), body).method("PUT", publisher(body)));
	}

	/** A file sent as the {@code file} part of a multipart form, as a browser sends it. */
	Answer upload(String path, String fileName, String contentType, byte[] content) {
		var boundary = "bench-" + UUID.randomUUID();
		var form = new ByteArrayOutputStream();
		form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		form.writeBytes(content);
		form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray())));
	}

	/** An address the server gave (a Location header), absolute or from the root. */
	String path(String location) {
		var uri = URI.create(location);
		return uri.isAbsolute() ? uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) : location;
	}

	private HttpRequest.Builder request(String path) {
		var request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(TIMEOUT)
			.header("Accept", accept)
			.header("Accept-Language", "en");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return request;
	}

	private static HttpRequest.Builder json(HttpRequest.Builder request, Object body) {
		return body == null ? request : request.header("Content-Type", "application/json");
	}

	private static HttpRequest.BodyPublisher publisher(Object body) {
		return body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8);
	}

	private Answer send(HttpRequest.Builder request) {
		long start = System.nanoTime();
		try {
			var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Answer(response.statusCode(), response.headers(), response.body(),
					(System.nanoTime() - start) / 1e6);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
