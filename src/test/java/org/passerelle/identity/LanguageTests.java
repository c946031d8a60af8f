package org.passerelle.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.core.Language;
import org.passerelle.core.OrganisationId;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class LanguageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	Fixtures fixtures;

	OrganisationId lead;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(organisations, users);
		lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
	}

	@Test
	void withoutAChoiceTheBrowsersLanguageIsSpokenAndFrenchOtherwise() throws Exception {
		mvc.perform(get("/login").header("Accept-Language", "en-US,en;q=0.9"))
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(content().string(containsString("Sign in")));
		mvc.perform(get("/login").header("Accept-Language", "de-DE"))
			.andExpect(content().string(containsString("<html lang=\"fr\">")));
		mvc.perform(get("/login")).andExpect(content().string(containsString("Connexion")));
	}

	@Test
	void switchingLanguageIsRememberedInTheBrowserAndInTheAccount() throws Exception {
		var mentor = fixtures.user(Role.MENTOR, lead, Language.FR);
		var session = Fixtures.signIn(mvc, mentor.email());

		mvc.perform(post("/language").session(session).with(csrf()).param("lang", "en").param("redirect", "/account"))
			.andExpect(redirectedUrl("/account"))
			.andExpect(cookie().value("passerelle-lang", "en-CA"));
		assertThat(users.languageOf(mentor.id())).contains(Language.EN);

		mvc.perform(get("/account").session(session).cookie(new Cookie("passerelle-lang", "en-CA")))
			.andExpect(content().string(containsString("Your account")));
		mvc.perform(get("/account").session(session).cookie(new Cookie("passerelle-lang", "fr-CA")))
			.andExpect(content().string(containsString("Votre compte")));
	}

	@Test
	void theSwitchReadsALanguageCodeInEveryForm() throws Exception {
		var mentor = fixtures.user(Role.MENTOR, lead, Language.FR);
		var session = Fixtures.signIn(mvc, mentor.email());
		var forms = new String[][] { { "EN", "en-CA" }, { "fr-CA", "fr-CA" }, { "en_CA", "en-CA" }, { " Fr ", "fr-CA" },
				{ "en-CA", "en-CA" }, { "FR", "fr-CA" }, { "en", "en-CA" } };
		for (var form : forms) {
			mvc.perform(post("/language").session(session).with(csrf()).param("lang", form[0]).param("redirect", "/account"))
				.andExpect(cookie().value("passerelle-lang", form[1]));
			assertThat(users.languageOf(mentor.id())).contains(Language.fromCode(form[1]).orElseThrow());
		}
	}

	@Test
	void neverRedirectsToAnotherSite() throws Exception {
		mvc.perform(post("/language").with(csrf()).param("lang", "fr").param("redirect", "https://evil.example/"))
			.andExpect(redirectedUrl("/"));
		mvc.perform(post("/language").with(csrf()).param("lang", "fr").param("redirect", "//evil.example/"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void datesAndNumbersAreWrittenTheWayEachLanguageWritesThem() throws Exception {
		var admin = fixtures.user(Role.ADMIN, lead);
		var session = Fixtures.signIn(mvc, admin.email());
		var english = mvc.perform(get("/organisations").session(session).cookie(new Cookie("passerelle-lang", "en-CA")))
			.andReturn().getResponse().getContentAsString();
		var french = mvc.perform(get("/organisations").session(session).cookie(new Cookie("passerelle-lang", "fr-CA")))
			.andReturn().getResponse().getContentAsString();

		var today = java.time.LocalDate.now(java.time.ZoneId.of("America/Toronto"));
		var englishDate = java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy", java.util.Locale.ENGLISH).format(today);
		var frenchDate = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.FRENCH).format(today);
		assertThat(english).contains(englishDate).doesNotContain(frenchDate);
		assertThat(french).contains(frenchDate).doesNotContain(englishDate);
	}
}
