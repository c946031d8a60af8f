package org.passerelle.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.core.Language;
import org.passerelle.core.OrganisationId;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Value("${server.servlet.session.timeout}")
	Duration sessionTimeout;

	Fixtures fixtures;

	OrganisationId lead;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(organisations, users);
		lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
	}

	@Test
	void anUnknownAddressAndAWrongPasswordGetTheSameAnswer() throws Exception {
		var mentor = fixtures.user(Role.MENTOR, lead);
		var unknown = mvc.perform(formLogin("/login").user("email", "nobody@test.passerelle.ca").password("password", "whatever-it-is"))
			.andReturn().getResponse().getRedirectedUrl();
		var wrong = mvc.perform(formLogin("/login").user("email", mentor.email()).password("password", "wrong-password-1"))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(unknown).isEqualTo("/login?error").isEqualTo(wrong);

		mvc.perform(get("/login?error").header("Accept-Language", "en"))
			.andExpect(content().string(containsString("The e-mail address or the password is not right.")));
		mvc.perform(get("/login?error").header("Accept-Language", "fr"))
			.andExpect(content().string(containsString("L’adresse courriel ou le mot de passe n’est pas le bon.")));
	}

	@Test
	void repeatedFailuresMakeEvenTheRightPasswordWait() throws Exception {
		var mentor = fixtures.user(Role.MENTOR, lead);
		for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
			mvc.perform(formLogin("/login").user("email", mentor.email()).password("password", "guess-number-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin("/login").user("email", mentor.email()).password("password", Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/login?throttled"));
		mvc.perform(get("/login?throttled").header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Too many attempts failed.")));
	}

	@Test
	void aStrangerGuessingFromElsewhereDoesNotLockThePersonOut() throws Exception {
		var mentor = fixtures.user(Role.MENTOR, lead);
		for (int i = 0; i <= LoginThrottle.FREE_ATTEMPTS; i++) {
			mvc.perform(signIn(mentor.email(), "guess-number-" + i, "203.0.113.9"));
		}
		mvc.perform(signIn(mentor.email(), Fixtures.PASSWORD, "203.0.113.9"))
			.andExpect(redirectedUrl("/login?throttled"));
		mvc.perform(signIn(mentor.email(), Fixtures.PASSWORD, "198.51.100.20")).andExpect(redirectedUrl("/"));
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(String email,
			String password, String from) {
		return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
			.param("email", email)
			.param("password", password)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(request -> {
				request.setRemoteAddr(from);
				return request;
			});
	}

	@Test
	void outsideTheDemoTheSignInPageShowsNoAccount() throws Exception {
		mvc.perform(get("/login").header("Accept-Language", "en"))
			.andExpect(content().string(not(containsString("Demonstration accounts"))))
			.andExpect(content().string(not(containsString("Test-admin-password"))));
	}

	@Test
	void aDeactivatedAccountCannotSignIn() throws Exception {
		var mentor = fixtures.user(Role.MENTOR, lead);
		users.setActive(Actor.system(), mentor.id(), false);
		mvc.perform(formLogin("/login").user("email", mentor.email()).password("password", Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void pagesNeedASignedInPersonAndFormsACsrfToken() throws Exception {
		mvc.perform(get("/organisations")).andExpect(redirectedUrl("/login"));
		var admin = fixtures.user(Role.ADMIN, lead);
		var session = Fixtures.signIn(mvc, admin.email());
		mvc.perform(post("/organisations").session(session).param("name", "No token").param("type", "EMPLOYER"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/login").param("email", admin.email()).param("password", Fixtures.PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		var session = Fixtures.signIn(mvc, fixtures.user(Role.COORDINATOR, lead).email());
		mvc.perform(get("/").session(session)).andExpect(status().isOk());
		mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void sessionsEndAfterThirtyIdleMinutes() {
		assertThat(sessionTimeout).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void signingInRestoresTheLanguageThePersonChose() throws Exception {
		var mentee = fixtures.user(Role.MENTEE, lead, Language.EN);
		mvc.perform(formLogin("/login").user("email", mentee.email()).password("password", Fixtures.PASSWORD))
			.andExpect(cookie().value("passerelle-lang", "en-CA"));

		var francophone = fixtures.user(Role.MENTOR, lead, Language.FR);
		mvc.perform(formLogin("/login").user("email", francophone.email()).password("password", Fixtures.PASSWORD))
			.andExpect(cookie().value("passerelle-lang", "fr-CA"));
	}
}
