package org.passerelle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The embedded database dies under a running application (kill -9 of its postmaster): requests
 * fail fast with "service unavailable, nothing was saved", health says DOWN, and once the
 * watchdog has started the server again requests succeed, without restarting the application.
 * Its own context, since it kills the database.
 */
@IntegrationTest
@TestPropertySource(properties = { "passerelle.test.installation=database-outage",
		"passerelle.embedded-database.watch-every=PT1S" })
class DatabaseOutageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EmbeddedPostgresServer server;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Test
	void failsFastWhileTheDatabaseIsDeadAndRecoversOnceTheWatchdogStartedItAgain() throws Exception {
		var fixtures = new Fixtures(organisations, users);
		var admin = fixtures.user(Role.ADMIN, fixtures.organisation(OrganisationType.LEAD_AGENCY)).email();
		var session = Fixtures.signIn(mvc, admin);
		var token = JsonPath.<String>read(mvc.perform(post("/api/tokens").with(httpBasic(admin, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Panne"}"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.token");

		// holding the server keeps its watchdog waiting: the outage lasts while this block runs
		synchronized (server) {
			var postmaster = ProcessHandle.of(server.pid()).orElseThrow();
			postmaster.destroyForcibly();
			await().atMost(Duration.ofSeconds(5)).until(() -> !postmaster.isAlive());

			var started = System.nanoTime();
			mvc.perform(newOrganisation(admin).header("Accept-Language", "en-CA"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(503))
				.andExpect(jsonPath("$.detail").value("The service is unavailable; nothing was saved. Try again in a minute."));
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));

			// a token or a password that could not be checked is not a wrong one
			mvc.perform(get("/api/organisations").header("Authorization", "Bearer " + token))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "60"))
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			mvc.perform(formLogin("/login").user("email", admin).password("password", Fixtures.PASSWORD))
				.andExpect(status().isServiceUnavailable());

			mvc.perform(get("/organisations").session(session).cookie(new Cookie("passerelle-lang", "fr-CA")))
				.andExpect(status().isServiceUnavailable())
				.andExpect(content().string(containsString("<h1>Service indisponible</h1>")))
				.andExpect(content().string(containsString("rien n’a été enregistré")));

			started = System.nanoTime();
			mvc.perform(get("/actuator/health"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(jsonPath("$.status").value("DOWN"));
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
		}

		var restarted = System.nanoTime();
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
				mvc.perform(newOrganisation(admin)).andExpect(status().isCreated()));
		assertThat(Duration.ofNanos(System.nanoTime() - restarted)).isLessThan(Duration.ofSeconds(10));
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	private static MockHttpServletRequestBuilder newOrganisation(String admin) {
		return post("/api/organisations").with(httpBasic(admin, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "%s", "type": "EMPLOYER"}""".formatted(Fixtures.unique("Après la panne")));
	}
}
