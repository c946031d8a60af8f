package org.passerelle.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind an HTTPS proxy on the same machine, Passerelle knows the request was secure: its session
 * cookie is Secure, so a browser never sends it in clear. Over real HTTP, since the server's own
 * handling of the headers is what is tested.
 */
@IntegrationTest
class ForwardedHeadersTests {

	@LocalServerPort
	int port;

	@Test
	void theSessionCookieIsSecureBehindAnHttpsProxyAndOnlyThere() throws Exception {
		var http = HttpClient.newHttpClient();
		var proxied = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("X-Forwarded-Proto", "https")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(proxied.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
			.startsWith("SESSION=").containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly"));

		var direct = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(direct.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
			.startsWith("SESSION=").doesNotContainIgnoringCase("Secure"));
	}
}
