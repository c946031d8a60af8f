package org.passerelle.identity;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Pages built from the shared fragments: list pages (title, buttons, table) and form fields. */
@IntegrationTest
class ListPagesTests {

	static final Cookie ENGLISH = new Cookie("passerelle-lang", "en-CA");

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Test
	void theUserListShowsItsTitleItsButtonAndTheAccountsInACaptionedTable() throws Exception {
		var fixtures = new Fixtures(organisations, users);
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		var admin = fixtures.user(Role.ADMIN, lead);
		var session = Fixtures.signIn(mvc, admin.email());
		mvc.perform(get("/users").session(session).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1 class=\"m-0\">User accounts</h1>"),
					containsString("New user account</a>"), containsString("<caption>User accounts ("),
					containsString("<th scope=\"col\">E-mail address</th>"), containsString(admin.email()))));
	}

	@Test
	void theProgramListShowsItsCaptionedTableToAnAdministrator() throws Exception {
		var fixtures = new Fixtures(organisations, users);
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		var session = Fixtures.signIn(mvc, fixtures.user(Role.ADMIN, lead).email());
		mvc.perform(get("/programs").session(session).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("New program</a>"),
					containsString("<h1 class=\"m-0\">"))));
		mvc.perform(get("/organisations").session(session).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<caption>Organisations (")));
	}

	@Test
	void aChoiceFromTheSharedFieldFragmentKeepsItsLabelAndLinksItsError() throws Exception {
		var fixtures = new Fixtures(organisations, users);
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		var session = Fixtures.signIn(mvc, fixtures.user(Role.ADMIN, lead).email());
		mvc.perform(get("/users/new").session(session).cookie(ENGLISH))
			.andExpect(content().string(allOf(containsString("<label class=\"form-label required\" for=\"organisationId\">"),
					containsString("value=\"" + lead + "\""))));
		mvc.perform(post("/users").session(session).with(csrf()).cookie(ENGLISH)
			.param("fullName", "Someone").param("email", "someone.else@test.passerelle.ca")
			.param("role", "MENTOR").param("preferredLanguage", "EN").param("password", "Long-enough-1"))
			.andExpect(content().string(allOf(containsString("aria-describedby=\"organisationId-error\""),
					containsString("id=\"organisationId-error\""))));
	}
}
