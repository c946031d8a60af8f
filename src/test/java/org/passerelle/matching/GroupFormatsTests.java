package org.passerelle.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.Language;
import org.passerelle.core.NotFoundException;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.participant.ParticipantId;
import org.passerelle.participant.ParticipantManagement;

import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The group and connector formats (R-MAT-6): cohorts formed by sector with the best-suited
 * mentors; connector introductions with their contacts and the newcomer's growing network.
 */
@IntegrationTest
class GroupFormatsTests {

	@Autowired
	GroupMatching groups;

	@Autowired
	ConnectorIntroductions connectors;

	@Autowired
	ProgramManagement programs;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	MockMvc mvc;

	@Autowired
	java.time.Clock clock;

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(organisations, users);
	}

	@Test
	void cohortsGatherMenteesOfOneSectorWithTheMentorsWhoSuitThemBest() {
		var f = MatchingFixtures.create(fixtures, programs, participants, MatchingFixtures.weights(100, 0, 0, 0),
				ProgramRules.builder().groupSize(3, 4, 1, 2).minimumMatchScore(30).build(), Set.of(Language.FR));
		var software = new ArrayList<ParticipantId>();
		for (var code : List.of("21231", "21232", "21231", "21211", "21300", "21301", "21310")) {
			software.add(f.mentee("Soft", code, MatchingFixtures.french(), null, null));
		}
		var trades = new ArrayList<ParticipantId>();
		for (int i = 0; i < 3; i++) {
			trades.add(f.mentee("Trade", "72310", MatchingFixtures.french(), null, null));
		}
		var finance = List.of(f.mentee("Fin", "11101", MatchingFixtures.french(), null, null),
				f.mentee("Fin", "11101", MatchingFixtures.french(), null, null));
		var engineer = f.mentor("Eng", "21231", MatchingFixtures.french(), null, null, 1);
		var developer = f.mentor("Dev", "21232", MatchingFixtures.french(), null, null, 1);
		var civil = f.mentor("Civ", "21300", MatchingFixtures.french(), null, null, 1);
		var electrician = f.mentor("Elec", "72310", MatchingFixtures.french(), null, null, 1);

		var cohorts = groups.formCohorts(f.coordinator(), f.program().id(), Locale.CANADA);
		assertThat(cohorts).hasSize(3);
		var bySector = cohorts.stream().collect(java.util.stream.Collectors.groupingBy(c -> c.sector().substring(0, 2)));
		assertThat(bySector.get("21")).hasSize(2)
			.extracting(c -> c.mentees().size())
			.containsExactlyInAnyOrder(4, 3);
		assertThat(bySector.get("21")).flatExtracting(CohortView::mentees).extracting(CohortView.Member::id)
			.containsExactlyInAnyOrderElementsOf(software);
		assertThat(bySector.get("21")).flatExtracting(CohortView::mentors).extracting(CohortView.Member::id)
			.containsExactlyInAnyOrder(engineer, developer, civil)
			.doesNotContain(electrician);
		assertThat(bySector.get("21")).allSatisfy(cohort -> assertThat(cohort.mentors()).hasSizeBetween(1, 2));
		assertThat(bySector.get("72")).singleElement().satisfies(cohort -> {
			assertThat(cohort.mentees()).extracting(CohortView.Member::id).containsExactlyInAnyOrderElementsOf(trades);
			assertThat(cohort.mentors()).extracting(CohortView.Member::id).containsExactly(electrician);
			assertThat(cohort.mentors().get(0).score()).isEqualTo(100);
			assertThat(cohort.complete()).isTrue();
			assertThat(cohort.name()).isEqualTo("Technical trades and transportation officers and controllers — cohort 1");
		});
		assertThat(cohorts).flatExtracting(CohortView::mentees).extracting(CohortView.Member::id)
			.doesNotContainAnyElementsOf(finance);

		var trades72 = bySector.get("72").get(0);
		var confirmed = groups.confirm(f.coordinator(), trades72.id(), trades72.version(), Locale.CANADA);
		assertThat(confirmed.draft()).isFalse();
		var software21 = bySector.get("21").stream().filter(cohort -> cohort.mentees().size() == 3).findFirst().orElseThrow();
		var smaller = groups.remove(f.coordinator(), software21.id(), software21.version(),
				software21.mentees().get(0).id(), Locale.CANADA);
		assertThat(smaller.complete()).isFalse();
		assertThatThrownBy(() -> groups.confirm(f.coordinator(), smaller.id(), smaller.version(), Locale.CANADA))
			.hasFieldOrPropertyWithValue("messageCode", "cohort.tooSmall");
		assertThat(groups.formCohorts(f.coordinator(), f.program().id(), Locale.CANADA))
			.as("everyone waiting is in a cohort, or in a sector with too few").isEmpty();
	}

	@Test
	void aConnectorRefersANewcomerToContactsAndTheNewcomersNetworkGrows() throws Exception {
		var f = MatchingFixtures.create(fixtures, programs, participants, MatchingFixtures.weights(100, 0, 0, 0),
				ProgramRules.builder().introductions(30, 3).build(), Set.of(Language.EN));
		var newcomer = f.mentee("Kofi", "21231", MatchingFixtures.english(), null, null);
		var first = f.mentor("Grace", "21231", MatchingFixtures.english(), null, null, 10);
		var second = f.mentor("Liam", "21232", MatchingFixtures.english(), null, null, 10);
		var newcomerUser = fixtures.user(Role.MENTEE, f.lead());
		var connectorUser = fixtures.user(Role.MENTOR, f.lead());
		var otherUser = fixtures.user(Role.MENTEE, f.lead());
		participants.linkAccount(Actor.system(), newcomer, newcomerUser.id());
		participants.linkAccount(Actor.system(), first, connectorUser.id());
		participants.linkAccount(Actor.system(), f.mentee("Other", "21231", MatchingFixtures.english(), null, null),
				otherUser.id());
		var asNewcomer = new Actor(newcomerUser.id(), newcomerUser.email(), Role.MENTEE, f.lead());
		var asConnector = new Actor(connectorUser.id(), connectorUser.email(), Role.MENTOR, f.lead());
		var asOther = new Actor(otherUser.id(), otherUser.email(), Role.MENTEE, f.lead());
		var yesterday = LocalDate.now(clock).minusDays(1);

		var two = List.of(contact("Ana Silva", "Shopify"), contact("Ben Roy", "Ubisoft"));
		assertThatThrownBy(() -> connectors.recordIntroduction(asConnector, f.program().id(), first, newcomer, yesterday, 30,
				null, two)).isInstanceOf(InvalidFieldException.class)
			.hasFieldOrPropertyWithValue("messageCode", "introduction.contacts.tooFew");
		var three = List.of(contact("Ana Silva", "Shopify"), contact("Ben Roy", "Ubisoft"), contact("Chloé Dubé", "CGI"));
		var network = connectors.recordIntroduction(asConnector, f.program().id(), first, newcomer, yesterday, 30,
				"Good coffee", three);
		assertThat(network.introductions()).singleElement().satisfies(introduction -> {
			assertThat(introduction.complete()).isTrue();
			assertThat(introduction.connectorName()).startsWith("Grace");
		});
		assertThatThrownBy(() -> connectors.recordIntroduction(asConnector, f.program().id(), second, newcomer, yesterday,
				30, null, three)).as("a connector records only their own introductions").isInstanceOf(NotFoundException.class);

		var contacts = network.introductions().get(0).contacts();
		connectors.recordFollowUp(asNewcomer, contacts.get(0).id(), yesterday, FollowUpOutcome.MET, "Coffee at Shopify");
		connectors.recordFollowUp(asNewcomer, contacts.get(1).id(), yesterday, FollowUpOutcome.JOB_LEAD, null);
		assertThatThrownBy(() -> connectors.recordFollowUp(asNewcomer, contacts.get(2).id(), LocalDate.now(clock).plusDays(2),
				FollowUpOutcome.MET, null)).hasFieldOrPropertyWithValue("messageCode", "introduction.followUp.future");
		assertThatThrownBy(() -> connectors.recordFollowUp(asConnector, contacts.get(2).id(), yesterday,
				FollowUpOutcome.MET, null)).isInstanceOf(NotFoundException.class);

		var grown = connectors.recordIntroduction(f.coordinator(), f.program().id(), second, newcomer, LocalDate.now(clock), 25,
				null, List.of(contact("Dina", "Telus"), contact("Eli", "Bell"), contact("Fay", "RBC"), contact("Gus", "BMO")));
		assertThat(grown.introductions()).hasSize(2);
		assertThat(grown.contacts()).isEqualTo(7);
		assertThat(grown.reached(FollowUpOutcome.MET)).isEqualTo(1);
		assertThat(grown.reached(FollowUpOutcome.JOB_LEAD)).isEqualTo(1);
		assertThat(connectors.network(asNewcomer, newcomer).contacts()).isEqualTo(7);
		assertThatThrownBy(() -> connectors.network(asOther, newcomer)).isInstanceOf(NotFoundException.class);
		assertThat(connectors.introductions(asConnector, f.program().id())).singleElement()
			.satisfies(summary -> assertThat(summary.contacts()).isEqualTo(3));

		mvc.perform(get("/api/participants/{id}/network", newcomer.value())
			.with(httpBasic(newcomerUser.email(), Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.introductions.length()").value(2));
		mvc.perform(get("/network/{id}", newcomer.value()).session(Fixtures.signIn(mvc, otherUser.email())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/network/{id}", newcomer.value()).session(Fixtures.signIn(mvc, newcomerUser.email()))
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("2 connectors met, 7 contacts referred, one met, one job lead.")));
	}

	static ConnectorIntroductions.ContactDetails contact(String name, String organisation) {
		return new ConnectorIntroductions.ContactDetails(name, organisation, null, null);
	}

}
