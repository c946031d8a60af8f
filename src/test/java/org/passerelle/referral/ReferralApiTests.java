package org.passerelle.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.identity.Actor;
import org.passerelle.identity.ApiTokens;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.identity.UserView;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramTemplate;
import org.passerelle.program.ProgramView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ReferralApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	java.time.Clock clock;

	@Autowired
	ProgramManagement programs;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	ProgramView program;

	String agencyToken;

	String otherAgencyToken;

	String coordinatorToken;

	UserView agencyUser;

	UserView otherAgencyUser;

	@BeforeEach
	void setUp() {
		var fixtures = new Fixtures(organisations, users);
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		program = programs.createFromTemplate(Actor.system(), ProgramTemplate.SOIIT, Fixtures.unique("SOIIT"), lead);
		agencyUser = fixtures.user(Role.REFERRAL_PARTNER, fixtures.organisation(OrganisationType.REFERRAL_AGENCY));
		var other = fixtures.user(Role.REFERRAL_PARTNER, fixtures.organisation(OrganisationType.REFERRAL_AGENCY));
		otherAgencyUser = other;
		var coordinator = fixtures.user(Role.COORDINATOR, lead);
		programs.assignCoordinators(Actor.system(), program.id(), Set.of(coordinator.id()));
		agencyToken = tokens.issue(actor(agencyUser), agencyUser.id(), "Case management").token();
		otherAgencyToken = tokens.issue(actor(other), other.id(), "Other system").token();
		coordinatorToken = tokens.issue(Actor.system(), coordinator.id(), "Coordinator script").token();
	}

	static Actor actor(UserView user) {
		return new Actor(user.id(), user.email(), user.role(), user.organisationId());
	}

	@Test
	void anAgencysSystemRefersWithItsTokenAndTheCoordinatorDecides() throws Exception {
		var name = Fixtures.unique("Token").replace(" ", "");
		var body = mvc.perform(post("/api/referrals").header("Authorization", "Bearer " + agencyToken)
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"programId": "%s", "firstName": "Omar", "lastName": "%s", "phone": "819 555-0199",
					 "readinessNotes": "Ready", "consentToShare": false}""".formatted(program.id(), name)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andReturn().getResponse().getContentAsString();
		var id = JsonPath.read(body, "$.id").toString();

		mvc.perform(post("/api/referrals/" + id + "/submit").header("Authorization", "Bearer " + agencyToken)
			.header("Accept-Language", "fr"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.missing", hasItem("le consentement du client à ce que son profil soit communiqué au programme")));
		mvc.perform(put("/api/referrals/" + id).header("Authorization", "Bearer " + agencyToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"readinessNotes\": \"Ready\", \"consentToShare\": true, \"version\": 0}"))
			.andExpect(jsonPath("$.consentToShare").value(true));
		mvc.perform(multipart("/api/referrals/" + id + "/documents")
			.file(new MockMultipartFile("file", "cv.pdf", "application/pdf", "%PDF-1.4 cv".getBytes()))
			.header("Authorization", "Bearer " + agencyToken))
			.andExpect(jsonPath("$.documents", hasSize(1)));
		var submitted = mvc.perform(post("/api/referrals/" + id + "/submit").header("Authorization", "Bearer " + agencyToken))
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andReturn().getResponse().getContentAsString();

		mvc.perform(get("/api/referrals/" + id).header("Authorization", "Bearer " + otherAgencyToken))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/referrals").header("Authorization", "Bearer " + otherAgencyToken))
			.andExpect(jsonPath("$[?(@.id == '%s')]".formatted(id), hasSize(0)));

		var version = ((Number) JsonPath.read(submitted, "$.version")).longValue();
		mvc.perform(post("/api/referrals/" + id + "/admit").header("Authorization", "Bearer " + coordinatorToken)
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": %d}".formatted(version)))
			.andExpect(jsonPath("$.status").value("ADMITTED"));
		mvc.perform(post("/api/referrals/" + id + "/return").header("Authorization", "Bearer " + coordinatorToken)
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": %d, \"message\": \"late\"}".formatted(version)))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/referrals/" + id).header("Authorization", "Bearer " + agencyToken))
			.andExpect(jsonPath("$.status").value("ADMITTED"))
			.andExpect(jsonPath("$.history", hasSize(3)))
			.andExpect(jsonPath("$.history[2].toStatus").value("ADMITTED"));
	}

	/**
	 * The whole journey through the API: the agency's system refers with its token, the
	 * coordinator returns the referral for the failed English criterion, the agency completes and
	 * resubmits, the coordinator admits, records the intake steps, and the person is matchable.
	 */
	@Test
	void fromAReferralReturnedAndCompletedToAMatchablePersonThroughTheApi() throws Exception {
		var lead = program.leadOrganisation();
		var ociso = programs.createFromTemplate(Actor.system(), ProgramTemplate.OCISO_CAREER_MENTORING,
				Fixtures.unique("OCISO"), lead);
		var coordinator = new Fixtures(organisations, users).user(Role.COORDINATOR, lead);
		programs.assignCoordinators(Actor.system(), ociso.id(), Set.of(coordinator.id()));
		var token = tokens.issue(Actor.system(), coordinator.id(), "Intake script").token();
		var name = Fixtures.unique("Journey").replace(" ", "");

		var created = mvc.perform(post("/api/referrals").header("Authorization", "Bearer " + agencyToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"programId": "%s", "firstName": "Lina", "lastName": "%s", "email": "%s@example.org",
					 "postalCode": "K1Y 2X5", "immigrationStatus": "PERMANENT_RESIDENT", "foreignDiploma": true,
					 "englishLevel": 4, "targetOccupationCode": "21231", "consentToShare": true}"""
				.formatted(ociso.id(), name, name.toLowerCase())))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		var id = JsonPath.read(created, "$.id").toString();
		var person = JsonPath.read(created, "$.participant").toString();

		// the workshop is not known yet: submitting names it, and the draft stays
		mvc.perform(post("/api/referrals/" + id + "/submit").header("Authorization", "Bearer " + agencyToken)
			.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.missing", hasItem("what the program checks: Attended the workshop: Job-search workshop")));
		mvc.perform(put("/api/participants/" + person).header("Authorization", "Bearer " + agencyToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content(profile(name, 4)))
			.andExpect(status().isOk());
		var submitted = mvc.perform(post("/api/referrals/" + id + "/submit").header("Authorization", "Bearer " + agencyToken))
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andReturn().getResponse().getContentAsString();
		List<String> failed = JsonPath.read(submitted, "$.eligibility.results[?(@.outcome == 'FAIL')].criterion");
		assertThat(failed).hasSize(1);

		mvc.perform(post("/api/referrals/" + id + "/return").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"version": %d, "criteria": ["%s"], "message": "Please send a CLB 5 assessment."}"""
				.formatted(((Number) JsonPath.read(submitted, "$.version")).longValue(), failed.get(0))))
			.andExpect(jsonPath("$.status").value("RETURNED"));
		mvc.perform(get("/api/referrals/" + id).header("Authorization", "Bearer " + agencyToken)
			.header("Accept-Language", "fr"))
			.andExpect(jsonPath("$.returnReasons[0]")
				.value("Anglais au niveau 5 ou plus des Niveaux de compétence linguistique canadiens (CLB)"))
			.andExpect(jsonPath("$.returnMessage").value("Please send a CLB 5 assessment."));

		var profile = mvc.perform(get("/api/participants/" + person).header("Authorization", "Bearer " + agencyToken))
			.andReturn().getResponse().getContentAsString();
		mvc.perform(put("/api/participants/" + person).header("Authorization", "Bearer " + agencyToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content(profile(name, 5).replace("\"version\": 0", "\"version\": " + JsonPath.read(profile, "$.version"))))
			.andExpect(status().isOk());
		var resubmitted = mvc.perform(post("/api/referrals/" + id + "/submit").header("Authorization", "Bearer " + agencyToken))
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.eligibility.results[?(@.outcome != 'PASS')]", hasSize(0)))
			.andReturn().getResponse().getContentAsString();
		mvc.perform(post("/api/referrals/" + id + "/admit").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": %d}".formatted(((Number) JsonPath.read(resubmitted, "$.version")).longValue())))
			.andExpect(jsonPath("$.status").value("ADMITTED"))
			.andExpect(jsonPath("$.history[*].toStatus").value(org.hamcrest.Matchers.contains("DRAFT", "SUBMITTED",
					"RETURNED", "SUBMITTED", "ADMITTED")));

		var intake = "/api/programs/" + ociso.id() + "/intake";
		mvc.perform(get(intake).header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$[?(@.participant == '%s')].matchable".formatted(person)).value(false))
			.andExpect(jsonPath("$[?(@.participant == '%s')].missing[*]".formatted(person))
				.value(org.hamcrest.Matchers.containsInAnyOrder("INTERVIEW", "ORIENTATION_SESSION")));
		for (var step : List.of("INTERVIEW", "ORIENTATION_SESSION")) {
			mvc.perform(post("/api/participants/" + person + "/screenings").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"kind": "%s", "date": "%s", "outcome": "PASSED", "programId": "%s"}"""
					.formatted(step, java.time.LocalDate.now(clock), ociso.id())))
				.andExpect(status().isOk());
		}
		mvc.perform(get(intake).header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$[?(@.participant == '%s')].matchable".formatted(person)).value(true));
		mvc.perform(get("/api/participants/" + person).header("Authorization", "Bearer " + otherAgencyToken))
			.andExpect(status().isNotFound());
	}

	/** The client's profile as the agency completes it: the workshop attended, and an English level. */
	static String profile(String name, int english) {
		return """
				{"firstName": "Lina", "lastName": "%s", "email": "%s@example.org", "postalCode": "K1Y 2X5",
				 "immigrationStatus": "PERMANENT_RESIDENT", "foreignDiploma": true, "targetOccupationCode": "21231",
				 "languages": [{"code": "en", "level": %d}], "workshops": "job-search", "preferredLanguage": "EN",
				 "version": 0}""".formatted(name, name.toLowerCase(), english);
	}

	/** Another agency reaches no referral, document, profile or plan of this agency's, by any page or endpoint. */
	@Test
	void anotherAgencyReachesNothingOfThisAgencysByAnyRoute() throws Exception {
		var name = Fixtures.unique("Private").replace(" ", "");
		var created = mvc.perform(post("/api/referrals").header("Authorization", "Bearer " + agencyToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"programId": "%s", "firstName": "Sara", "lastName": "%s", "phone": "819 555-0100",
					 "readinessNotes": "Confidential", "consentToShare": true}""".formatted(program.id(), name)))
			.andReturn().getResponse().getContentAsString();
		var id = JsonPath.read(created, "$.id").toString();
		var person = JsonPath.read(created, "$.participant").toString();
		var withDocument = mvc.perform(multipart("/api/referrals/" + id + "/documents")
			.file(new MockMultipartFile("file", "cv.pdf", "application/pdf", "%PDF-1.4 cv".getBytes()))
			.header("Authorization", "Bearer " + agencyToken))
			.andReturn().getResponse().getContentAsString();
		var document = JsonPath.read(withDocument, "$.documents[0].id").toString();

		var bearer = "Bearer " + otherAgencyToken;
		var json = MediaType.APPLICATION_JSON;
		var api = List.of(get("/api/referrals/" + id), get("/api/referrals/" + id + "/documents/" + document),
				put("/api/referrals/" + id).contentType(json).content("{\"readinessNotes\": \"x\", \"consentToShare\": true, \"version\": 1}"),
				post("/api/referrals/" + id + "/submit"), post("/api/referrals/" + id + "/withdraw"),
				post("/api/referrals/" + id + "/admit").contentType(json).content("{\"version\": 1}"),
				post("/api/referrals/" + id + "/return").contentType(json).content("{\"version\": 1, \"message\": \"x\"}"),
				post("/api/referrals/" + id + "/not-selected").contentType(json).content("{\"version\": 1}"),
				multipart("/api/referrals/" + id + "/documents")
					.file(new MockMultipartFile("file", "cv.pdf", "application/pdf", "%PDF-1.4 cv".getBytes())),
				get("/api/participants/" + person), get("/api/participants/" + person + "/eligibility")
					.param("programId", program.id().toString()),
				put("/api/participants/" + person).contentType(json).content(profile(name, 5)),
				get("/api/participants/" + person + "/plan"));
		for (var request : api) {
			var status = mvc.perform(request.header("Authorization", bearer)).andReturn().getResponse().getStatus();
			assertThat(status).as(request.buildRequest(new org.springframework.mock.web.MockServletContext()).getRequestURI())
				.isIn(403, 404);
		}
		mvc.perform(get("/api/referrals").header("Authorization", bearer))
			.andExpect(jsonPath("$[?(@.id == '%s')]".formatted(id), hasSize(0)));
		mvc.perform(get("/api/participants").header("Authorization", bearer))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(name))));

		var session = Fixtures.signIn(mvc, otherAgencyUser.email());
		var pages = List.of(get("/referrals/" + id), get("/referrals/" + id + "/documents/" + document),
				get("/participants/" + person), get("/participants/" + person + "/edit"),
				post("/referrals/" + id + "/details").param("version", "1").param("readinessNotes", "x"),
				post("/referrals/" + id + "/submit"), post("/referrals/" + id + "/withdraw"),
				post("/referrals/" + id + "/admit").param("version", "1"),
				post("/participants/" + person + "/consents").param("purpose", "SURVEYS").param("granted", "true"));
		for (var request : pages) {
			var status = mvc.perform(request.session(session).with(csrf())).andReturn().getResponse().getStatus();
			assertThat(status).as(request.buildRequest(new org.springframework.mock.web.MockServletContext()).getRequestURI())
				.isIn(403, 404);
		}
		mvc.perform(get("/referrals").session(session))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(name))));

		mvc.perform(get("/api/referrals/" + id).header("Authorization", "Bearer " + agencyToken))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.readinessNotes").value("Confidential"))
			.andExpect(jsonPath("$.documents", hasSize(1)));
	}

	@Test
	void unknownAndRevokedTokensAreRefused() throws Exception {
		mvc.perform(get("/api/referrals").header("Authorization", "Bearer psr_not-a-token"))
			.andExpect(status().isUnauthorized());
		var issued = tokens.issue(actor(agencyUser), agencyUser.id(), "Short-lived");
		mvc.perform(get("/api/referrals").header("Authorization", "Bearer " + issued.token())).andExpect(status().isOk());
		tokens.revoke(actor(agencyUser), issued.id());
		mvc.perform(get("/api/referrals").header("Authorization", "Bearer " + issued.token()))
			.andExpect(status().isUnauthorized());
		assertThat(tokens.list(actor(agencyUser), agencyUser.id())).anyMatch(token -> token.revokedAt() != null);
	}

	@Test
	void aPersonIssuesATokenFromTheirAccountPageAndSeesItOnce() throws Exception {
		var session = Fixtures.signIn(mvc, agencyUser.email());
		var result = mvc.perform(post("/account/tokens").param("name", "Our CRM").session(session).with(csrf()))
			.andExpect(flash().attributeExists("issuedToken"))
			.andReturn();
		var issued = (ApiTokens.IssuedToken) result.getFlashMap().get("issuedToken");
		mvc.perform(get("/api/tokens").header("Authorization", "Bearer " + issued.token()))
			.andExpect(jsonPath("$[?(@.name == 'Our CRM')]", hasSize(1)))
			.andExpect(jsonPath("$[0].token").doesNotExist());
	}
}
