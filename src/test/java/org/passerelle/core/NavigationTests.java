package org.passerelle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class NavigationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Test
	void eachRoleSeesTheNavigationOfWhatItMayDo() throws Exception {
		var fixtures = new Fixtures(organisations, users);
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		assertThat(navigation(fixtures.user(Role.ADMIN, lead).email())).containsExactly("Home", "Programs", "Participants",
				"Referrals", "Mentorships", "Events", "Results", "Profile statistics", "Evaluation", "Organisations",
				"Reference data", "Users", "Incidents", "Retention", "API");
		assertThat(navigation(fixtures.user(Role.COORDINATOR, lead).email())).containsExactly("Home", "Programs",
				"Participants", "Referrals", "Mentorships", "Events", "Results", "Profile statistics", "Evaluation",
				"Organisations", "Reference data", "Users");
		assertThat(navigation(fixtures.user(Role.FUNDER, lead).email()))
			.containsExactly("Home", "Programs", "Results", "Profile statistics", "Evaluation", "Organisations", "Users");
		assertThat(navigation(fixtures.user(Role.MENTOR, lead).email())).containsExactly("Home", "Mentorships", "Events",
				"My matches");
		assertThat(navigation(fixtures.user(Role.MENTEE, lead).email())).containsExactly("Home", "Mentorships", "Events",
				"My matches");
		assertThat(navigation(fixtures.user(Role.PRIVACY_OFFICER, lead).email()))
			.containsExactly("Home", "Incidents", "Audit trail", "Data requests", "Retention");
	}

	@Test
	void signedOutPeopleSeeNoNavigation() throws Exception {
		var page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(page).select("nav")).isEmpty();
	}

	private java.util.List<String> navigation(String email) throws Exception {
		var session = Fixtures.signIn(mvc, email);
		var page = mvc.perform(get("/").session(session).cookie(new Cookie("passerelle-lang", "en-CA")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(page).select("nav a").eachText();
	}
}
