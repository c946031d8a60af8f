package org.passerelle.core;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * MockMvc does not forward to the error page as a servlet container does, so these tests ask for
 * {@code /error} with the attributes the container would set.
 */
@IntegrationTest
class ErrorPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	MockHttpSession session;

	String email;

	@BeforeEach
	void setUp() throws Exception {
		var fixtures = new Fixtures(organisations, users);
		email = fixtures.user(Role.MENTOR, fixtures.organisation(OrganisationType.LEAD_AGENCY)).email();
		session = Fixtures.signIn(mvc, email);
	}

	@Test
	void errorPagesSpeakBothLanguages() throws Exception {
		expectErrorPage(404, "fr-CA", "Page introuvable");
		expectErrorPage(404, "en-CA", "Page not found");
		expectErrorPage(403, "fr-CA", "Action non permise");
		expectErrorPage(403, "en-CA", "Not allowed");
		expectErrorPage(500, "fr-CA", "Un problème est survenu");
		expectErrorPage(502, "en-CA", "Something went wrong");
		expectErrorPage(503, "en-CA", "Service unavailable");
		expectErrorPage(503, "fr-CA", "Service indisponible");
		expectErrorPage(405, "en-CA", "This request cannot be processed");
	}

	@Test
	void aMalformedIdInAnAddressIsPageNotFound() throws Exception {
		mvc.perform(get("/organisations/not-an-id").session(session).cookie(new Cookie("passerelle-lang", "en-CA")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")));
	}

	@Test
	void aBugShowsNoInternalsInPagesOrTheApi() throws Exception {
		mvc.perform(get("/api/test/failure").with(httpBasic(email, Fixtures.PASSWORD)))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(500))
			.andExpect(content().string(not(containsString("IllegalStateException"))))
			.andExpect(content().string(not(containsString("internal details"))));
	}

	private void expectErrorPage(int status, String locale, String title) throws Exception {
		mvc.perform(get("/error").session(session)
			.accept(MediaType.TEXT_HTML)
			.cookie(new Cookie("passerelle-lang", locale))
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere"))
			.andExpect(status().is(status))
			.andExpect(content().string(containsString("<h1>" + title + "</h1>")))
			.andExpect(content().string(containsString("lang=\"" + locale.substring(0, 2) + "\"")));
	}
}
