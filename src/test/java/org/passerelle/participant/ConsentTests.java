package org.passerelle.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.identity.UserView;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramTemplate;
import org.passerelle.program.ProgramView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Consent recorded fully: every answer kept with its day, how it was given, the version of the
 * text and who recorded it; a withdrawal holds at once and never overwrites what came before —
 * recorded by a coordinator on the person's page and through the API, or by the person from their
 * account.
 */
@IntegrationTest
class ConsentTests {

	static final Cookie ENGLISH = new Cookie("passerelle-lang", "en-CA");

	static final Cookie FRENCH = new Cookie("passerelle-lang", "fr-CA");

	@Autowired
	MockMvc mvc;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	ParticipantDirectory directory;

	@Autowired
	ProgramManagement programs;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcClient jdbc;

	ProgramView program;

	UserView coordinatorUser;

	MockHttpSession coordinator;

	ParticipantView person;

	@BeforeEach
	void setUp() throws Exception {
		var fixtures = new Fixtures(organisations, users);
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		program = programs.createFromTemplate(Actor.system(), ProgramTemplate.OCISO_CAREER_MENTORING,
				Fixtures.unique("OCISO"), lead);
		coordinatorUser = fixtures.user(Role.COORDINATOR, lead);
		programs.assignCoordinators(Actor.system(), program.id(), Set.of(coordinatorUser.id()));
		coordinator = Fixtures.signIn(mvc, coordinatorUser.email());
		person = participants.register(Actor.system(), ParticipantDetails.named("Sara", Fixtures.unique("Haile"), null),
				new ParticipantManagement.Enrolment(program.id(), Audience.MENTEE, ParticipationStatus.ENROLLED), false);
	}

	@Test
	void aWithdrawalRecordedOnThePersonsPageHoldsAtOnceAndKeepsTheConsentBeforeIt() throws Exception {
		var page = "/participants/" + person.id();
		mvc.perform(post(page + "/consents").session(coordinator).with(csrf()).param("purpose", "CONTACT_BY_EMAIL")
			.param("granted", "true").param("givenOn", "2026-01-05").param("means", "PAPER"))
			.andExpect(flash().attribute("saved", "participant.consent.saved"));
		mvc.perform(post(page + "/consents").session(coordinator).with(csrf()).param("purpose", "CONTACT_BY_EMAIL")
			.param("granted", "false").param("means", "PHONE"));

		var view = directory.find(Actor.system(), person.id());
		assertThat(view.withdrew(ConsentPurpose.CONTACT_BY_EMAIL)).isTrue();
		assertThat(view.consentHistory()).hasSize(2);
		var given = view.consentHistory().get(0);
		assertThat(given.granted()).isTrue();
		assertThat(given.givenOn()).isEqualTo(LocalDate.of(2026, 1, 5));
		assertThat(given.means()).isEqualTo(ConsentMeans.PAPER);
		assertThat(given.textVersion()).isEqualTo(ConsentPurpose.CONTACT_BY_EMAIL.textVersion());
		assertThat(given.recordedBy()).isEqualTo(coordinatorUser.id().value());
		var withdrawn = view.consentHistory().get(1);
		assertThat(withdrawn.granted()).isFalse();
		assertThat(withdrawn.means()).isEqualTo(ConsentMeans.PHONE);

		var html = org.jsoup.Jsoup.parse(mvc.perform(get(page).session(coordinator).cookie(ENGLISH))
			.andReturn().getResponse().getContentAsString());
		assertThat(html.select("#consent tr[data-purpose=CONTACT_BY_EMAIL]").text()).contains("Withdrawn", "By phone",
				coordinatorUser.fullName());
		assertThat(html.select("#consent-history tr.consent-history-entry").eachText()).hasSize(2)
			.anySatisfy(line -> assertThat(line).contains("On paper", "Granted"));
		assertThat(html.select("#email-withheld")).hasSize(1);
	}

	@Test
	void theDatabaseRefusesToOverwriteAnAnswer() {
		participants.recordConsent(Actor.system(), person.id(), ConsentPurpose.SURVEYS, true);
		assertThatThrownBy(() -> jdbc.sql("update participant_consent set granted = false where participant_id = ?")
			.param(person.id().value())
			.update()).rootCause().hasMessageContaining("keeps its history");
	}

	@Test
	void anAnswerGivenInTheFutureOrTakenAsIfOnlineIsRefusedWithItsReason() throws Exception {
		var page = "/participants/" + person.id();
		mvc.perform(post(page + "/consents").session(coordinator).with(csrf()).cookie(FRENCH)
			.param("purpose", "SURVEYS").param("granted", "true").param("givenOn", "2999-01-01").param("means", "PAPER"))
			.andExpect(flash().attribute("problem", containsString("encore à venir")));
		mvc.perform(post("/api/participants/{id}/consents", person.id()).with(httpBasic(coordinatorUser.email(),
				Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en-CA")
			.content("{\"purpose\": \"SURVEYS\", \"granted\": true, \"means\": \"ACCOUNT\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("means"))
			.andExpect(jsonPath("$.errors[0].message", containsString("on paper or by phone")));
		assertThat(directory.find(Actor.system(), person.id()).consentHistory()).isEmpty();
	}

	@Test
	void aCoordinatorRecordsAndReadsTheHistoryThroughTheApi() throws Exception {
		var basic = httpBasic(coordinatorUser.email(), Fixtures.PASSWORD);
		mvc.perform(post("/api/participants/{id}/consents", person.id()).with(basic)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"purpose\": \"SHARE_WITH_EMPLOYER\", \"granted\": true, \"means\": \"PHONE\", \"givenOn\": \"2026-02-01\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.consents[0].purpose").value("SHARE_WITH_EMPLOYER"));
		mvc.perform(post("/api/participants/{id}/consents", person.id()).with(basic)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"purpose\": \"SHARE_WITH_EMPLOYER\", \"granted\": false}"))
			.andExpect(status().isOk());
		mvc.perform(get("/api/participants/{id}/consents", person.id()).with(basic))
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].granted").value(true))
			.andExpect(jsonPath("$[0].means").value("PHONE"))
			.andExpect(jsonPath("$[0].givenOn").value("2026-02-01"))
			.andExpect(jsonPath("$[0].textVersion").value(1))
			.andExpect(jsonPath("$[1].granted").value(false))
			.andExpect(jsonPath("$[1].means").value("FORM"));
	}

	@Test
	void aPersonWithdrawsTheirOwnConsentFromTheirAccountAndGivesItAgainThroughTheApi() throws Exception {
		var fixtures = new Fixtures(organisations, users);
		var account = fixtures.user(Role.MENTEE, fixtures.organisation(OrganisationType.LEAD_AGENCY));
		participants.linkAccount(Actor.system(), person.id(), account.id());
		participants.recordConsent(Actor.system(), person.id(), ConsentPurpose.PHOTOGRAPHS, true);
		var session = Fixtures.signIn(mvc, account.email());

		var html = org.jsoup.Jsoup.parse(mvc.perform(get("/account/consents").session(session).cookie(FRENCH))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(html.select("[data-purpose=PHOTOGRAPHS]").text()).contains("J’accepte d’être photographié",
				"Retirer mon consentement");
		mvc.perform(post("/account/consents").session(session).with(csrf()).param("purpose", "PHOTOGRAPHS")
			.param("granted", "false"))
			.andExpect(flash().attribute("saved", "privacy.consent.own.withdrawn"));
		var view = directory.find(Actor.system(), person.id());
		assertThat(view.withdrew(ConsentPurpose.PHOTOGRAPHS)).isTrue();
		assertThat(view.consentFor(ConsentPurpose.PHOTOGRAPHS).means()).isEqualTo(ConsentMeans.ACCOUNT);
		assertThat(view.consentFor(ConsentPurpose.PHOTOGRAPHS).recordedBy()).isEqualTo(account.id().value());

		mvc.perform(post("/api/account/consents").with(httpBasic(account.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"purpose\": \"PHOTOGRAPHS\", \"granted\": true}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(3)))
			.andExpect(jsonPath("$[2].granted").value(true));
		mvc.perform(get("/account/consents").session(session).cookie(ENGLISH))
			.andExpect(content().string(containsString("History of the answers (3)")));
	}

	@Test
	void someoneWithoutAParticipantRecordHasNoConsentsToAnswer() throws Exception {
		mvc.perform(get("/account/consents").session(coordinator)).andExpect(status().isNotFound());
		mvc.perform(post("/api/account/consents").with(httpBasic(coordinatorUser.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"purpose\": \"SURVEYS\", \"granted\": false}"))
			.andExpect(status().isNotFound());
	}
}
