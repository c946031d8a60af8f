package org.passerelle.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.core.OrganisationId;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class UserPagesTests {

	static final Cookie ENGLISH = new Cookie("passerelle-lang", "en-CA");

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	Fixtures fixtures;

	OrganisationId lead;

	MockHttpSession admin;

	@BeforeEach
	void setUp() throws Exception {
		fixtures = new Fixtures(organisations, users);
		lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		admin = Fixtures.signIn(mvc, fixtures.user(Role.ADMIN, lead).email());
	}

	@Test
	void listingOneRoleGivesOnlyTheAccountsOfThatRole() {
		var coordinator = fixtures.user(Role.COORDINATOR, lead);
		var mentor = fixtures.user(Role.MENTOR, lead);
		var coordinators = users.list(Actor.system(), Role.COORDINATOR);
		assertThat(coordinators).extracting(UserView::id).contains(coordinator.id()).doesNotContain(mentor.id());
		assertThat(coordinators).allMatch(user -> user.role() == Role.COORDINATOR);
	}

	@Test
	void administratorOpensAStaffAccountAndThePersonSignsInWithIt() throws Exception {
		mvc.perform(post("/users").session(admin).with(csrf())
			.param("fullName", "Amina Diallo").param("email", "amina.diallo@test.passerelle.ca")
			.param("role", "COORDINATOR").param("organisationId", lead.toString())
			.param("preferredLanguage", "EN").param("password", "Amina-password-1"))
			.andExpect(redirectedUrlPattern("/users/*"));
		Fixtures.signIn(mvc, "amina.diallo@test.passerelle.ca", "Amina-password-1");
	}

	@Test
	void aTakenAddressAndAShortPasswordAreFieldErrors() throws Exception {
		var existing = fixtures.user(Role.MENTOR, lead);
		mvc.perform(post("/users").session(admin).with(csrf()).cookie(ENGLISH)
			.param("fullName", "Someone").param("email", existing.email())
			.param("role", "MENTOR").param("organisationId", lead.toString())
			.param("preferredLanguage", "FR").param("password", "Long-enough-1"))
			.andExpect(model().attributeHasFieldErrorCode("user", "email", "user.email.taken"))
			.andExpect(content().string(containsString("An account already uses this e-mail address.")));
		mvc.perform(post("/users").session(admin).with(csrf()).cookie(ENGLISH)
			.param("fullName", "Someone").param("email", "someone-new@test.passerelle.ca")
			.param("role", "COORDINATOR").param("organisationId", lead.toString())
			.param("preferredLanguage", "FR").param("password", "short"))
			.andExpect(content().string(containsString("Use at least 12 characters.")));
		assertThat(users.list(org.passerelle.identity.Actor.system()))
			.noneMatch(user -> user.email().equals("someone-new@test.passerelle.ca"));
	}

	@Test
	void aTamperedChoiceIsAFieldErrorAndTheFormKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/users").session(admin).with(csrf()).cookie(ENGLISH)
			.param("fullName", "Kept Person").param("email", "kept@test.passerelle.ca")
			.param("role", "SUPERUSER").param("organisationId", "not-an-id")
			.param("preferredLanguage", "FR").param("password", "Long-enough-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This value is not valid.")))
			.andExpect(content().string(containsString("value=\"Kept Person\"")));
		assertThat(users.list(Actor.system())).noneMatch(user -> user.email().equals("kept@test.passerelle.ca"));
	}

	@Test
	void aChangeMadeFromAnOldVersionIsRefusedWithAMessage() throws Exception {
		var mentor = fixtures.user(Role.MENTOR, lead);
		users.change(Actor.system(), mentor.id(), mentor.version(), new AccountDetails(mentor.email(), "Changed meanwhile",
				Role.MENTOR, lead, mentor.preferredLanguage(), null));
		mvc.perform(post("/users/" + mentor.id()).session(admin).with(csrf()).cookie(ENGLISH)
			.param("fullName", "My change").param("email", mentor.email())
			.param("role", "MENTOR").param("organisationId", lead.toString())
			.param("preferredLanguage", "FR").param("password", "").param("version", String.valueOf(mentor.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this record")));
		assertThat(users.find(Actor.system(), mentor.id()).fullName()).isEqualTo("Changed meanwhile");
	}

	@Test
	void peopleChangeTheirOwnPasswordAfterGivingTheCurrentOne() throws Exception {
		var mentor = fixtures.user(Role.MENTOR, lead);
		var session = Fixtures.signIn(mvc, mentor.email());
		mvc.perform(post("/account/password").session(session).with(csrf()).cookie(ENGLISH)
			.param("current", "not-my-password").param("newPassword", "New-password-2026").param("repeated", "New-password-2026"))
			.andExpect(content().string(containsString("The current password is not right.")));
		mvc.perform(post("/account/password").session(session).with(csrf())
			.param("current", Fixtures.PASSWORD).param("newPassword", "New-password-2026").param("repeated", "New-password-2026"))
			.andExpect(redirectedUrl("/account"));
		Fixtures.signIn(mvc, mentor.email(), "New-password-2026");
	}

	@Test
	void mentorsCannotReachTheAccountAdministration() throws Exception {
		var mentor = fixtures.user(Role.MENTOR, lead);
		var other = fixtures.user(Role.MENTEE, lead);
		var session = Fixtures.signIn(mvc, mentor.email());
		mvc.perform(get("/users/new").session(session)).andExpect(status().isForbidden());
		mvc.perform(get("/users/" + other.id()).session(session)).andExpect(status().isNotFound());
		mvc.perform(post("/users/" + other.id() + "/active").session(session).with(csrf()).param("active", "false"))
			.andExpect(status().isForbidden());
		assertThat(users.find(Actor.system(), other.id()).active()).isTrue();
	}
}
