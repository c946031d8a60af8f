package org.passerelle.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.core.OrganisationId;
import org.passerelle.participant.ParticipantManagement.Enrolment;
import org.passerelle.program.Audience;
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
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ParticipantApiTests {

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

	Fixtures fixtures;

	OrganisationId lead;

	ProgramView program;

	UserView coordinator;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(organisations, users);
		lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		program = programs.createFromTemplate(Actor.system(), ProgramTemplate.TRIEC_MENTORING_PARTNERSHIP,
				Fixtures.unique("TRIEC"), lead);
		coordinator = fixtures.user(Role.COORDINATOR, lead);
		programs.assignCoordinators(Actor.system(), program.id(), Set.of(coordinator.id()));
	}

	@Test
	void aCoordinatorRecordsAMentorAndFindsThem() throws Exception {
		var marker = Fixtures.unique("Okafor").replace(" ", "");
		var body = """
				{"firstName": "Daniel", "lastName": "%s", "email": "%s@example.org", "preferredLanguage": "EN",
				 "postalCode": "k1y 2x5", "city": "Ottawa", "province": "ON",
				 "languages": [{"code": "en", "level": 10}, {"code": "yo"}],
				 "occupationCode": "21300", "yearsExperienceCanada": 15, "workStatus": "WORKING", "capacity": 2,
				 "recruitmentSource": "EMPLOYER_PARTNER", "careerGoals": "Help newcomers into civil engineering",
				 "programId": "%s", "role": "MENTOR"}""".formatted(marker, marker.toLowerCase(), program.id());
		mvc.perform(post("/api/participants").with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.details.postalCode").value("K1Y 2X5"))
			.andExpect(jsonPath("$.participations[0].participation.role").value("MENTOR"))
			.andExpect(jsonPath("$.participations[0].programName").value(program.name()));
		mvc.perform(get("/api/participants").param("text", "civil engineering").param("occupation", "213")
			.param("role", "MENTOR").with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.items[?(@.lastName == '%s')]".formatted(marker), hasSize(1)));
	}

	@Test
	void languageCodesAreReadInEveryForm() throws Exception {
		var marker = Fixtures.unique("Diallo").replace(" ", "");
		var body = """
				{"firstName": "Aminata", "lastName": "%s", "preferredLanguage": " fr-CA ",
				 "languages": [{"code": "FR", "level": 9}, {"code": "en_CA", "level": 6}, {"code": " Wo "}],
				 "programId": "%s", "role": "MENTEE"}""".formatted(marker, program.id());
		mvc.perform(post("/api/participants").with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.details.preferredLanguage").value("FR"))
			.andExpect(jsonPath("$.details.languages[*].code").value(org.hamcrest.Matchers.contains("fr", "en", "wo")));
		for (var code : new String[] { "en", "EN", "en-CA", "en_CA", " En " }) {
			mvc.perform(get("/api/participants").param("text", marker).param("language", code)
				.with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
				.andExpect(jsonPath("$.total").value(1));
		}
		mvc.perform(post("/api/participants").with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"firstName": "A", "lastName": "%s", "preferredLanguage": "de-DE"}""".formatted(marker)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("preferredLanguage"));
	}

	@Test
	void badInputNamesTheFieldAndSavesNothing() throws Exception {
		var marker = Fixtures.unique("Nobody").replace(" ", "");
		mvc.perform(post("/api/participants").with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"firstName": "A", "lastName": "%s", "postalCode": "123 456", "birthDate": "2090-01-01",
					 "programId": "%s"}""".formatted(marker, program.id())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'postalCode')].message").value("Enter a Canadian postal code such as K1A 0B1."))
			.andExpect(jsonPath("$.errors[?(@.field == 'birthDate')]").exists());
		mvc.perform(post("/api/participants").with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.header("Accept-Language", "fr")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"firstName": "A", "lastName": "%s", "targetOccupationCode": "99999", "programId": "%s"}"""
				.formatted(marker, program.id())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("targetOccupationCode"))
			.andExpect(jsonPath("$.errors[0].message").value("Le code CNP 99999 n’existe pas."));
		mvc.perform(post("/api/participants").with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"firstName\": \"A\", \"lastName\": \"%s\", \"birthDate\": \"31/12/1990\"}".formatted(marker)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("birthDate"));
		assertThat(directory.search(Actor.system(), new ParticipantSearch(marker, null, null, null, null, null, null), 0, 5)
			.total()).isZero();
	}

	@Test
	void theSameNameAndBirthDateAnswerConflictWithTheCandidates() throws Exception {
		var name = Fixtures.unique("Nguyen").replace(" ", "");
		var body = """
				{"firstName": "Linh", "lastName": "%s", "birthDate": "1988-07-14", "programId": "%s"%s}""";
		mvc.perform(post("/api/participants").with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(body.formatted(name, program.id(), "")))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/participants").with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(body.formatted(name, program.id(), "")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.candidates", hasSize(1)));
		mvc.perform(post("/api/participants").with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(body.formatted(name, program.id(), ", \"confirmedDistinct\": true")))
			.andExpect(status().isCreated());
	}

	@Test
	void aCoordinatorEnrolsAPersonKnownFromAnotherProgramThroughTheRegisterCall() throws Exception {
		var elsewhere = programs.createFromTemplate(Actor.system(), ProgramTemplate.SOIIT, Fixtures.unique("SOIIT"), lead);
		var email = Fixtures.unique("amina").replace(" ", ".") + "@example.org";
		var lastName = Fixtures.unique("Diallo").replace(" ", "");
		var amina = participants.register(Actor.system(),
				ParticipantManagementTests.withBirth(ParticipantDetails.named("Amina", lastName, email), java.time.LocalDate.of(1990, 3, 2))
					.withPlace("Gatineau", org.passerelle.core.Province.QC),
				new Enrolment(elsewhere.id(), Audience.MENTEE, ParticipationStatus.ENROLLED), false);
		var body = """
				{"firstName": "Amina", "lastName": "%s", "email": "%s", "programId": "%s"%s}""";

		mvc.perform(post("/api/participants").with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(body.formatted(lastName, email, program.id(), "")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("email"))
			.andExpect(jsonPath("$.candidates[0].id").value(amina.id().toString()))
			.andExpect(jsonPath("$.candidates[0].lastName").value(lastName))
			.andExpect(jsonPath("$.candidates[0].birthDate").doesNotExist());

		var partner = fixtures.user(Role.REFERRAL_PARTNER, fixtures.organisation(OrganisationType.REFERRAL_AGENCY));
		mvc.perform(post("/api/participants").with(httpBasic(partner.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(lastName, email, program.id(), ", \"knownParticipantId\": \"" + amina.id() + "\"")))
			.andExpect(status().is4xxClientError());
		assertThat(directory.programsOf(amina.id())).containsExactly(elsewhere.id());

		mvc.perform(post("/api/participants").with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(lastName, email, program.id(), ", \"knownParticipantId\": \"" + amina.id() + "\"")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(amina.id().toString()))
			.andExpect(jsonPath("$.participations", hasSize(2)));
		mvc.perform(get("/api/participants/" + amina.id()).with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.details.city").value("Gatineau"));
		mvc.perform(get("/api/participants").param("text", lastName).with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.items[?(@.id == '" + amina.id() + "')]", hasSize(1)));
	}

	@Test
	void aReferralAgencySeesOnlyTheClientsItReferred() throws Exception {
		var agency = fixtures.organisation(OrganisationType.REFERRAL_AGENCY);
		var partner = fixtures.user(Role.REFERRAL_PARTNER, agency);
		var referred = participants.register(Actor.system(), ParticipantDetails.named("Rania", Fixtures.unique("Saleh"), null),
				null, false);
		participants.recordReferringAgency(Actor.system(), referred.id(), agency);
		var other = participants.register(Actor.system(), ParticipantDetails.named("Omar", Fixtures.unique("Saleh"), null),
				null, false);
		mvc.perform(get("/api/participants/" + referred.id()).with(httpBasic(partner.email(), Fixtures.PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/participants/" + other.id()).with(httpBasic(partner.email(), Fixtures.PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/participants").with(httpBasic(partner.email(), Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.total").value(1));
		var funder = fixtures.user(Role.FUNDER, fixtures.organisation(OrganisationType.FUNDER));
		mvc.perform(get("/api/participants").with(httpBasic(funder.email(), Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(put("/api/participants/" + referred.id() + "/accommodation").with(httpBasic(partner.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"needs\": \"x\"}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void aCoordinatorAdmitsAnApplicantThroughTheApiAsThePageDoes() throws Exception {
		var marker = Fixtures.unique("Benali").replace(" ", "");
		var applicant = participants.register(Actor.system(), ParticipantDetails.named("Omar", marker, null),
				new ParticipantManagement.Enrolment(program.id(), org.passerelle.program.Audience.MENTOR,
						ParticipationStatus.APPLIED), false);
		var path = "/api/participants/" + applicant.id() + "/participations/" + program.id();
		mvc.perform(put(path).with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"role": "MENTOR", "status": "ENROLLED"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.participations[0].participation.status").value("ENROLLED"));
		assertThat(directory.find(Actor.system(), applicant.id()).participations().get(0).participation().status())
			.isEqualTo(ParticipationStatus.ENROLLED);

		// no such participation, a program the caller does not coordinate, a role left out
		mvc.perform(put(path).with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"role": "MENTEE", "status": "ENROLLED"}"""))
			.andExpect(status().isNotFound());
		var other = fixtures.user(Role.COORDINATOR, lead);
		mvc.perform(put(path).with(httpBasic(other.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"role": "MENTOR", "status": "NOT_SELECTED"}"""))
			.andExpect(status().isNotFound());
		mvc.perform(put(path).with(httpBasic(coordinator.email(), Fixtures.PASSWORD)).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"status": "ENROLLED"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("role"));
	}

	@Test
	void exportsNeutraliseCellsThatLookLikeFormulas() throws Exception {
		var marker = Fixtures.unique("Export").replace(" ", "");
		participants.register(Actor.system(), ParticipantDetails.named("=HYPERLINK(\"http://evil\")", marker, null), null, false);
		var csv = mvc.perform(get("/api/participants/export").param("text", marker).with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
			.andReturn().getResponse();
		assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(marker);

		var admin = fixtures.user(Role.ADMIN, lead);
		var body = mvc.perform(get("/api/participants/export").param("text", marker).header("Accept-Language", "fr")
			.with(httpBasic(admin.email(), Fixtures.PASSWORD))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).startsWith("\uFEFFPrénom,Nom de famille").contains("\"'=HYPERLINK(\"\"http://evil\"\")\"," + marker);

		var xlsx = mvc.perform(get("/api/participants/export").param("text", marker).param("format", "xlsx")
			.with(httpBasic(admin.email(), Fixtures.PASSWORD))).andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			var rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(2);
			assertThat(rows.get(1).getCellText(0)).isEqualTo("'=HYPERLINK(\"http://evil\")");
			assertThat(rows.get(1).getCellText(1)).isEqualTo(marker);
		}
	}
}
