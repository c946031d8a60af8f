package org.passerelle.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.core.OrganisationId;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class UserApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	Fixtures fixtures;

	OrganisationId lead;

	String admin;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(organisations, users);
		lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		admin = fixtures.user(Role.ADMIN, lead).email();
	}

	@Test
	void theLanguageOfAnAccountIsReadInEveryFormOfItsCode() throws Exception {
		var forms = java.util.Map.of(" fr-CA ", "FR", "en_CA", "EN", "En", "EN", "FR", "FR");
		for (var form : forms.entrySet()) {
			mvc.perform(post("/api/users").with(httpBasic(admin, Fixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"email": "%s@test.passerelle.ca", "fullName": "Lina Haddad", "role": "MENTOR",
						 "organisationId": "%s", "preferredLanguage": "%s"}"""
					.formatted(Fixtures.unique("lina").replace(" ", ""), lead, form.getKey())))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.preferredLanguage").value(form.getValue()));
		}
		mvc.perform(post("/api/users").with(httpBasic(admin, Fixtures.PASSWORD))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"email": "%s@test.passerelle.ca", "fullName": "Lina Haddad", "role": "MENTOR",
					 "organisationId": "%s", "preferredLanguage": "de"}"""
				.formatted(Fixtures.unique("lina").replace(" ", ""), lead)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("preferredLanguage"));
	}

	@Test
	void theUserFormReadsTheLanguageInEveryFormOfItsCode() throws Exception {
		var session = Fixtures.signIn(mvc, admin);
		var email = Fixtures.unique("omar").replace(" ", "") + "@test.passerelle.ca";
		mvc.perform(post("/users").session(session).with(csrf())
			.param("fullName", "Omar Saleh").param("email", email)
			.param("role", "MENTOR").param("organisationId", lead.toString())
			.param("preferredLanguage", "en_CA"))
			.andExpect(redirectedUrlPattern("/users/*"));
		assertThat(users.list(org.passerelle.identity.Actor.system())).filteredOn(user -> user.email().equals(email))
			.extracting(UserView::preferredLanguage)
			.containsExactly(org.passerelle.core.Language.EN);
	}

	@Test
	void administratorOpensAnAccountThatCanSignInAndNeverShowsItsPassword() throws Exception {
		var agency = fixtures.organisation(OrganisationType.REFERRAL_AGENCY);
		mvc.perform(post("/api/users").with(httpBasic(admin, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"email": " Karim.Haddad@SITO.example ", "fullName": "Karim Haddad", "role": "REFERRAL_PARTNER",
					 "organisationId": "%s", "preferredLanguage": "FR", "password": "Sito-password-2026"}"""
				.formatted(agency)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.email").value("karim.haddad@sito.example"))
			.andExpect(jsonPath("$.organisationId").value(agency.toString()))
			.andExpect(jsonPath("$.active").value(true))
			.andExpect(content().string(not(containsString("password"))))
			.andExpect(content().string(not(containsString("Sito-password-2026"))));

		mvc.perform(get("/api/users").with(httpBasic("karim.haddad@sito.example", "Sito-password-2026")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].email").value("karim.haddad@sito.example"));
	}

	@Test
	void refusesAnEmailAlreadyInUseWhateverItsCase() throws Exception {
		var existing = fixtures.user(Role.MENTOR, lead);
		var before = users.list(Actor.system()).size();
		mvc.perform(post("/api/users").with(httpBasic(admin, Fixtures.PASSWORD))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"email": "%s", "fullName": "Someone Else", "role": "MENTOR", "organisationId": "%s",
					 "password": "Another-password-1"}""".formatted(existing.email().toUpperCase(), lead)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("email"))
			.andExpect(jsonPath("$.errors[0].message").value("An account already uses this e-mail address."));
		assertThat(users.list(Actor.system())).hasSize(before);
	}

	@Test
	void namesEachInvalidField() throws Exception {
		mvc.perform(post("/api/users").with(httpBasic(admin, Fixtures.PASSWORD))
			.header("Accept-Language", "fr")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"email": "not-an-address", "fullName": "X", "role": "COORDINATOR", "organisationId": "%s",
					 "password": "short"}""".formatted(lead)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(2)))
			.andExpect(jsonPath("$.errors[?(@.field == 'email')].message")
				.value("Entrez une adresse courriel comme nom@exemple.org."))
			.andExpect(jsonPath("$.errors[?(@.field == 'password')].message").value("Utilisez au moins 12 caractères."));
	}

	@Test
	void anUnknownOrganisationIsAClearRuleViolation() throws Exception {
		mvc.perform(post("/api/users").with(httpBasic(admin, Fixtures.PASSWORD))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"email": "nobody@test.passerelle.ca", "fullName": "Nobody", "role": "COORDINATOR",
					 "organisationId": "%s", "password": "Long-enough-password"}"""
				.formatted(java.util.UUID.randomUUID())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("This organisation does not exist."));
	}

	@Test
	void staffSeeTheirOrganisationsAccountsAndMentorsOnlyThemselves() throws Exception {
		var agency = fixtures.organisation(OrganisationType.REFERRAL_AGENCY);
		var partner = fixtures.user(Role.REFERRAL_PARTNER, agency);
		var colleague = fixtures.user(Role.REFERRAL_PARTNER, agency);
		var mentor = fixtures.user(Role.MENTOR, lead);

		mvc.perform(get("/api/users").with(httpBasic(partner.email(), Fixtures.PASSWORD)))
			.andExpect(jsonPath("$", hasSize(2)));
		mvc.perform(get("/api/users/" + colleague.id()).with(httpBasic(partner.email(), Fixtures.PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/users/" + mentor.id()).with(httpBasic(partner.email(), Fixtures.PASSWORD)))
			.andExpect(status().isNotFound());

		mvc.perform(get("/api/users").with(httpBasic(mentor.email(), Fixtures.PASSWORD)))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].id").value(mentor.id().toString()));
		mvc.perform(get("/api/users/" + partner.id()).with(httpBasic(mentor.email(), Fixtures.PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyAdministratorsOpenAccounts() throws Exception {
		var coordinator = fixtures.user(Role.COORDINATOR, lead);
		mvc.perform(post("/api/users").with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"email": "escalate@test.passerelle.ca", "fullName": "Escalation", "role": "ADMIN",
					 "organisationId": "%s", "password": "Long-enough-password"}""".formatted(lead)))
			.andExpect(status().isForbidden());
		assertThat(users.list(Actor.system())).noneMatch(user -> user.email().equals("escalate@test.passerelle.ca"));
	}

	@Test
	void aStaleChangeIsRefusedAndADeactivatedAccountCannotSignIn() throws Exception {
		var mentor = fixtures.user(Role.MENTOR, lead);
		var change = """
				{"email": "%s", "fullName": "%s", "role": "MENTOR", "organisationId": "%s", "version": %d}""";
		mvc.perform(put("/api/users/" + mentor.id()).with(httpBasic(admin, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(change.formatted(mentor.email(), "Marc Lavoie", lead, mentor.version())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fullName").value("Marc Lavoie"));
		mvc.perform(put("/api/users/" + mentor.id()).with(httpBasic(admin, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(change.formatted(mentor.email(), "Stale Name", lead, mentor.version())))
			.andExpect(status().isConflict());
		assertThat(users.find(Actor.system(), mentor.id()).fullName()).isEqualTo("Marc Lavoie");

		users.setActive(Actor.system(), mentor.id(), false);
		mvc.perform(get("/api/users").with(httpBasic(mentor.email(), Fixtures.PASSWORD)))
			.andExpect(status().isUnauthorized());
	}
}
