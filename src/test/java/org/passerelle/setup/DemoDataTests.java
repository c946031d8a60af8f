package org.passerelle.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.identity.Actor;
import org.passerelle.identity.DemoAccounts;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationSummary;
import org.passerelle.organisation.OrganisationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
class DemoDataTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	DemoAccounts demo;

	@Autowired
	DemoData demoData;

	@Test
	void loadsTheSeedsOrganisationsAndOneAccountPerRole() {
		var names = organisations.list(Actor.system()).stream().map(OrganisationSummary::name).toList();
		assertThat(names).contains("CJEO", "OCISO", "La Relance Outaouais", "SITO", "LASI Compétences mondiales",
				"Ville de Gatineau", "Emploi-Québec");
		assertThat(organisations.list(Actor.system()))
			.filteredOn(organisation -> organisation.type() == OrganisationType.REFERRAL_AGENCY)
			.hasSize(3);
		assertThat(organisations.list(Actor.system())).allMatch(organisation -> organisation.sites() == 1);
		assertThat(users.list(Actor.system()).stream().map(user -> user.role()).distinct())
			.containsExactlyInAnyOrder(Role.values());
	}

	@Test
	void everyDemoAccountSignsInWithThePasswordShownOnTheSignInPage() throws Exception {
		for (var account : demo.accounts()) {
			mvc.perform(get("/login"))
				.andExpect(content().string(containsString(account.email())))
				.andExpect(content().string(containsString(account.password())));
			Fixtures.signIn(mvc, account.email(), account.password());
		}
	}

	@Test
	void loadingTwiceChangesNothing() throws Exception {
		var organisationCount = organisations.list(Actor.system()).size();
		var userCount = users.list(Actor.system()).size();
		demoData.run(null);
		assertThat(organisations.list(Actor.system())).hasSize(organisationCount);
		assertThat(users.list(Actor.system())).hasSize(userCount);
	}
}
