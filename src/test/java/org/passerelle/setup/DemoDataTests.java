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

	@Autowired
	org.passerelle.program.ProgramManagement programs;

	@Autowired
	org.passerelle.participant.ParticipantManagement participants;

	@Test
	void loadsProgramsOfTheSeedsWithMenteesAndMentors() {
		assertThat(programs.list(Actor.system())).extracting(program -> program.template())
			.contains(org.passerelle.program.ProgramTemplate.QUEBEC_PLURIEL,
					org.passerelle.program.ProgramTemplate.OCISO_CAREER_MENTORING,
					org.passerelle.program.ProgramTemplate.CSCPQ_PLACEMENT);
		var everyone = participants.search(Actor.system(), org.passerelle.participant.ParticipantSearch.all(), 0, 50);
		assertThat(everyone.total()).isGreaterThanOrEqualTo(5);
		var mentee = users.list(Actor.system()).stream().filter(user -> user.role() == Role.MENTEE).findFirst().orElseThrow();
		var own = participants.search(new Actor(mentee.id(), mentee.email(), Role.MENTEE, mentee.organisationId()),
				org.passerelle.participant.ParticipantSearch.all(), 0, 5);
		assertThat(own.items()).singleElement().satisfies(person -> assertThat(person.firstName()).isEqualTo("Amina"));
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
