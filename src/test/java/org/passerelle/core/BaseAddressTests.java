package org.passerelle.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The addresses that leave Passerelle start with the configured base address; without one, with
 * the request's, or the local one outside a request.
 */
class BaseAddressTests {

	@AfterEach
	void forgetTheRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void theConfiguredAddressWinsWithoutItsTrailingSlash() {
		answering("http", "10.0.0.5", 8080);
		var base = new BaseAddress(" https://passerelle.example.org/ ");
		assertThat(base.get()).isEqualTo("https://passerelle.example.org");
		assertThat(base.configuredOrLocal()).isEqualTo("https://passerelle.example.org");
	}

	@Test
	void withoutOneTheRequestsAddressOrTheLocalOne() {
		var base = new BaseAddress("");
		assertThat(base.get()).as("outside a request").isEqualTo("http://localhost:8080");
		answering("https", "mentorat.example.org", 443);
		assertThat(base.get()).isEqualTo("https://mentorat.example.org");
		assertThat(base.configuredOrLocal()).as("e-mails do not take a visitor's address").isEqualTo("http://localhost:8080");
	}

	static void answering(String scheme, String host, int port) {
		var request = new MockHttpServletRequest();
		request.setScheme(scheme);
		request.setServerName(host);
		request.setServerPort(port);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}
}
