package org.passerelle.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.core.OrganisationId;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.identity.UserView;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class IncidentRegisterTests {

	static final Cookie ENGLISH = new Cookie("passerelle-lang", "en-CA");

	static final Cookie FRENCH = new Cookie("passerelle-lang", "fr-CA");

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	IncidentRegister register;

	@Autowired
	Clock clock;

	Fixtures fixtures;

	OrganisationId lead;

	UserView officer;

	LocalDate today;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(organisations, users);
		lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		officer = fixtures.user(Role.PRIVACY_OFFICER, lead);
		today = LocalDate.now(clock);
	}

	String incident(String what, boolean serious, LocalDate commissionPlanned, LocalDate personsPlanned) {
		return """
				{"whatHappened": "%s", "informationConcerned": "Names, e-mail addresses and immigration status",
				 "personsCount": 42, "personsDescription": "The mentees of one program",
				 "occurredOn": "%s", "knownOn": "%s", "sensitivity": "HIGH",
				 "consequences": "Discrimination in hiring", "likelihood": "MODERATE", "seriousRisk": %s,
				 "reasoning": "Immigration status is sensitive and the list reached an employer"%s%s}"""
			.formatted(what, today.minusDays(5), today.minusDays(2), serious,
					commissionPlanned == null ? "" : ", \"commissionNoticePlanned\": \"" + commissionPlanned + "\"",
					personsPlanned == null ? "" : ", \"personsNoticePlanned\": \"" + personsPlanned + "\"");
	}

	@Test
	void theOfficerRecordsASeriousIncidentThroughItsNoticesAndMeasuresToItsClosure() throws Exception {
		var what = Fixtures.unique("A list of mentees e-mailed to the wrong employer");
		var created = mvc.perform(post("/api/privacy/incidents").with(httpBasic(officer.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(incident(what, true, today, today.plusDays(1))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.seriousRisk").value(true))
			.andExpect(jsonPath("$.personsCount").value(42))
			.andExpect(jsonPath("$.notices[0].recipient").value("COMMISSION"))
			.andExpect(jsonPath("$.notices[0].plannedOn").value(today.toString()))
			.andReturn();
		String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");

		// a serious incident does not close before both notices are sent
		mvc.perform(post("/api/privacy/incidents/{id}/close", id).param("version", "0")
			.with(httpBasic(officer.email(), Fixtures.PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("Commission")));

		mvc.perform(post("/api/privacy/incidents/{id}/notices", id).with(httpBasic(officer.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"recipient": "COMMISSION", "sentOn": "%s", "means": "ONLINE_FORM", "version": 0}""".formatted(today)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.notices[0].sentOn").value(today.toString()))
			.andExpect(jsonPath("$.notices[0].means").value("ONLINE_FORM"));
		// a stale version is refused: nothing is overwritten
		mvc.perform(post("/api/privacy/incidents/{id}/notices", id).with(httpBasic(officer.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"recipient": "PERSONS", "sentOn": "%s", "means": "EMAIL", "version": 0}""".formatted(today)))
			.andExpect(status().isConflict());

		// through the pages: the notice to the persons, a measure, then the closure
		var session = Fixtures.signIn(mvc, officer.email());
		mvc.perform(post("/privacy/incidents/{id}/notices", id).session(session).with(csrf())
			.param("recipient", "PERSONS").param("sentOn", today.toString()).param("means", "EMAIL").param("version", "1"))
			.andExpect(redirectedUrlPattern("/privacy/incidents/*"));
		mvc.perform(post("/privacy/incidents/{id}/measures", id).session(session).with(csrf())
			.param("takenOn", today.toString()).param("description", "The employer confirmed deleting the list")
			.param("version", "2"))
			.andExpect(redirectedUrlPattern("/privacy/incidents/*"));
		mvc.perform(post("/privacy/incidents/{id}/close", id).session(session).with(csrf()).param("version", "3"))
			.andExpect(redirectedUrlPattern("/privacy/incidents/*"));

		var closed = register.find(Actor.system(), new IncidentId(java.util.UUID.fromString(id)));
		assertThat(closed.closedOn()).isEqualTo(today);
		assertThat(closed.notices()).extracting(IncidentView.Notice::sentOn).containsOnly(today);
		assertThat(closed.measures()).extracting(IncidentView.Measure::description)
			.containsExactly("The employer confirmed deleting the list");
		var page = Jsoup.parse(mvc.perform(get("/privacy/incidents/{id}", id).session(session).cookie(FRENCH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("h1").text()).startsWith("Incident connu le");
		assertThat(page.select("tr[data-recipient=PERSONS]").text()).contains("Courriel");
		assertThat(page.select("form[action$=/close]")).as("a closed incident no longer changes").isEmpty();
	}

	@Test
	void theListShowsOpenIncidentsFirstToTheOfficerAndAdministratorsOnly() throws Exception {
		var closedWhat = Fixtures.unique("Closed: a laptop lost then found");
		var closed = register.record(new Actor(officer.id(), officer.email(), Role.PRIVACY_OFFICER, lead),
				new IncidentDetails(closedWhat, "CVs", 3, "Three mentors", today.minusDays(3), today.minusDays(3),
						org.passerelle.privacy.RiskLevel.LOW, "None: the disk is encrypted", RiskLevel.LOW, false,
						"Encrypted disk, found the next day", null, null));
		var asOfficer = new Actor(officer.id(), officer.email(), Role.PRIVACY_OFFICER, lead);
		register.close(asOfficer, closed.id(), closed.version());
		var openWhat = Fixtures.unique("Open: a coordinator read files of another program");
		register.record(asOfficer, new IncidentDetails(openWhat, "Profiles", 2, "Two mentees", today.minusDays(30),
				today.minusDays(30), RiskLevel.MODERATE, "Little", RiskLevel.LOW, false, "Staff bound by confidentiality",
				null, null));

		var list = JsonPath.<java.util.List<String>>read(mvc.perform(get("/api/privacy/incidents")
			.with(httpBasic(officer.email(), Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$[*].whatHappened");
		assertThat(list.indexOf(openWhat)).as("open before closed, even when known earlier")
			.isLessThan(list.indexOf(closedWhat));

		var admin = fixtures.user(Role.ADMIN, lead);
		var page = Jsoup.parse(mvc.perform(get("/privacy/incidents").session(Fixtures.signIn(mvc, admin.email())).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("a[href=/privacy/incidents/new]")).as("administrators read, never record").isEmpty();
		assertThat(page.select("tr[data-status=open]").text()).contains(openWhat.substring(0, 20));
		mvc.perform(post("/api/privacy/incidents").with(httpBasic(admin.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(incident("Not theirs to record", false, null, null)))
			.andExpect(status().isForbidden());

		var coordinator = fixtures.user(Role.COORDINATOR, lead);
		mvc.perform(get("/api/privacy/incidents").with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void badDatesAndASeriousRiskWithoutNoticesAreRefusedOnTheirFieldsWithNothingLost() throws Exception {
		var session = Fixtures.signIn(mvc, officer.email());
		var what = Fixtures.unique("A box of paper files left in a café");
		var page = Jsoup.parse(mvc.perform(post("/privacy/incidents").session(session).with(csrf()).cookie(ENGLISH)
			.param("whatHappened", what)
			.param("informationConcerned", "Paper files")
			.param("personsCount", "7")
			.param("personsDescription", "Seven mentees")
			.param("occurredOn", today.plusDays(3).toString())
			.param("knownOn", today.plusDays(1).toString())
			.param("sensitivity", "HIGH")
			.param("consequences", "Identity theft")
			.param("likelihood", "HIGH")
			.param("seriousRisk", "true")
			.param("reasoning", "Anyone could read them"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#occurredOn-error").text()).contains("still to come");
		assertThat(page.select("#knownOn-error").text()).contains("still to come");
		assertThat(page.select("#commissionNoticePlanned-error").text()).contains("Commission");
		assertThat(page.select("#personsNoticePlanned-error").text()).contains("persons concerned");
		assertThat(page.select("#occurredOn").attr("aria-describedby")).contains("occurredOn-error");
		assertThat(page.select("#error-summary a[href=#knownOn]")).isNotEmpty();
		assertThat(page.select("#whatHappened").text()).as("what was typed stays").isEqualTo(what);
		assertThat(page.select("#personsCount").val()).isEqualTo("7");

		// known before it happened, in French
		var french = Jsoup.parse(mvc.perform(post("/privacy/incidents").session(session).with(csrf()).cookie(FRENCH)
			.param("whatHappened", what)
			.param("informationConcerned", "Dossiers papier")
			.param("personsCount", "7")
			.param("personsDescription", "Sept mentorés")
			.param("occurredOn", today.minusDays(1).toString())
			.param("knownOn", today.minusDays(4).toString())
			.param("sensitivity", "HIGH")
			.param("consequences", "Vol d’identité")
			.param("likelihood", "LOW")
			.param("reasoning", "Retrouvés intacts"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(french.select("#knownOn-error").text()).contains("ne peut pas être connu avant");

		mvc.perform(post("/api/privacy/incidents").with(httpBasic(officer.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(incident(what, true, null, today)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("commissionNoticePlanned")));
		mvc.perform(post("/api/privacy/incidents").with(httpBasic(officer.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"whatHappened\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("occurredOn")));

		mvc.perform(get("/api/privacy/incidents").with(httpBasic(officer.email(), Fixtures.PASSWORD)))
			.andExpect(content().string(not(containsString(what))));
	}

	@Test
	void thePrivacyOfficersHomePageCountsOpenIncidentsAndThoseWaitingForNotices() throws Exception {
		var asOfficer = new Actor(officer.id(), officer.email(), Role.PRIVACY_OFFICER, lead);
		var before = register.counts(asOfficer);
		register.record(asOfficer, new IncidentDetails(Fixtures.unique("Serious"), "CVs", 10, "Ten mentees",
				today.minusDays(1), today, RiskLevel.HIGH, "Fraud", RiskLevel.HIGH, true, "Sensitive and exposed",
				today.plusDays(1), today.plusDays(2)));
		var page = Jsoup.parse(mvc.perform(get("/").session(Fixtures.signIn(mvc, officer.email())).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("[data-kind=INCIDENTS_OPEN]").text())
			.contains((before.open() + 1) + " confidentiality incident");
		assertThat(page.select("[data-kind=INCIDENT_NOTICES_DUE] a").attr("href")).isEqualTo("/privacy/incidents");
		assertThat(page.select("nav a[href=/privacy/incidents]")).isNotEmpty();
		assertThat(page.select("[data-kind=AUDIT_ENTRIES_TODAY] a").attr("href"))
			.isEqualTo("/privacy/audit?from=" + today);
	}
}
