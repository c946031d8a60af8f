package org.passerelle.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
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
import org.passerelle.participant.ImportField;
import org.passerelle.participant.ImportSettings;
import org.passerelle.participant.ParticipantId;
import org.passerelle.participant.ParticipantImports;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.participant.IntakeChecklist;
import org.passerelle.participant.ParticipantSearch;
import org.passerelle.participant.ParticipationStatus;
import org.passerelle.program.Audience;
import org.passerelle.program.EligibilityCriterion.Attestation;
import org.passerelle.program.EligibilityCriterion.WorkshopAttended;
import org.passerelle.program.EligibilityStatus;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramTemplate;
import org.passerelle.program.ProgramView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every criterion can be answered where facts are entered (R-INT-1): attestations and workshops on
 * the referral, the public application, the profile and the import, and an evaluation that tells
 * eligible, not eligible and incomplete apart.
 */
@IntegrationTest
class EligibilityAnswersTests {

	static final Cookie ENGLISH = new Cookie("passerelle-lang", "en-CA");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	ProgramManagement programs;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	ParticipantDirectory directory;

	@Autowired
	IntakeChecklist intake;

	@Autowired
	ParticipantImports imports;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	ProgramView program;

	UserView agency;

	UserView coordinator;

	String agencyToken;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(organisations, users);
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		// Québec pluriel: mentees may apply, and it asks them an attestation; a workshop is added
		program = programs.createFromTemplate(Actor.system(), ProgramTemplate.QUEBEC_PLURIEL,
				Fixtures.unique("Pluriel"), lead);
		program = programs.addCriterion(Actor.system(), program.id(), Audience.MENTEE,
				new WorkshopAttended("job-search", "Job-search workshop", "Atelier de recherche d’emploi"));
		coordinator = fixtures.user(Role.COORDINATOR, lead);
		programs.assignCoordinators(Actor.system(), program.id(), Set.of(coordinator.id()));
		agency = fixtures.user(Role.REFERRAL_PARTNER, fixtures.organisation(OrganisationType.REFERRAL_AGENCY));
		agencyToken = tokens.issue(ReferralApiTests.actor(agency), agency.id(), "Case management").token();
	}

	@Test
	void aReferralStaysAnIncompleteDraftNamingTheAttestationAndTheWorkshopUntilTheyAreAnsweredThroughTheApi()
			throws Exception {
		var body = refer("""
				"consentToShare": true""");
		var id = JsonPath.read(body, "$.id").toString();
		var person = JsonPath.read(body, "$.participant").toString();
		assertThat(JsonPath.<String>read(body, "$.eligibility.status")).isEqualTo("INCOMPLETE");

		mvc.perform(post("/api/referrals/" + id + "/submit").header("Authorization", "Bearer " + agencyToken)
			.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.missing", hasItem(containsString("I am a newcomer or a young person"))))
			.andExpect(jsonPath("$.missing", hasItem(containsString("Job-search workshop"))));

		var profile = mvc.perform(get("/api/participants/" + person).header("Authorization", "Bearer " + agencyToken))
			.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<Object>read(profile, "$.details.workshopsAttended")).isNull();
		mvc.perform(put("/api/participants/" + person).header("Authorization", "Bearer " + agencyToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"firstName": "Amina", "lastName": "Touré", "phone": "819 555-0199", "version": %s,
					 "attestations": {"newcomer-or-visible-minority-youth": true},
					 "workshopsAttended": ["job-search"]}""".formatted(JsonPath.read(profile, "$.version").toString())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.details.attestations.newcomer-or-visible-minority-youth").value(true));

		mvc.perform(post("/api/referrals/" + id + "/submit").header("Authorization", "Bearer " + agencyToken))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.eligibility.status").value("ELIGIBLE"))
			.andExpect(jsonPath("$.eligibility.eligible").value(true));
	}

	@Test
	void answersGivenWithTheReferralCountAndNoneAttendedFailsTheWorkshopCriterion() throws Exception {
		var answered = refer("""
				"consentToShare": true, "attestations": {"newcomer-or-visible-minority-youth": "true"},
				"workshopsAttended": ["job-search"]""");
		mvc.perform(post("/api/referrals/" + JsonPath.read(answered, "$.id") + "/submit")
			.header("Authorization", "Bearer " + agencyToken))
			.andExpect(jsonPath("$.status").value("SUBMITTED"));

		var none = refer("""
				"consentToShare": true, "noWorkshopsAttended": true""");
		assertThat(JsonPath.<String>read(none, "$.eligibility.status")).isEqualTo("NOT_ELIGIBLE");
		assertThat(JsonPath.<java.util.List<String>>read(none, "$.eligibility.failed[*].description"))
			.containsExactly("Attended the workshop: Job-search workshop");
		assertThat(JsonPath.<java.util.List<String>>read(none, "$.eligibility.missing[*].description"))
			.singleElement().asString().contains("newcomer");
		var person = new ParticipantId(UUID.fromString(JsonPath.read(none, "$.participant")));
		assertThat(intake.facts(Actor.system(), person).workshopsAttended()).isEmpty();

		// an empty list sent on purpose says the same
		var empty = refer("""
				"consentToShare": true, "workshopsAttended": []""");
		assertThat(JsonPath.<String>read(empty, "$.eligibility.status")).isEqualTo("NOT_ELIGIBLE");
	}

	@Test
	void anAnswerToAnAttestationTheProgramDoesNotAskIsRefusedWithAClearMessage() throws Exception {
		mvc.perform(post("/api/referrals").header("Authorization", "Bearer " + agencyToken)
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"programId": "%s", "firstName": "Omar", "lastName": "%s", "phone": "819 555-0199",
					 "attestations": {"licensed-physician": true}}""".formatted(program.id(), Fixtures.unique("Nope"))))
			.andExpect(status().is4xxClientError())
			.andExpect(jsonPath("$.errors[0].field").value("attestations"))
			.andExpect(jsonPath("$.errors[0].message").value("The program does not ask the attestation licensed-physician."));
		mvc.perform(post("/api/referrals").header("Authorization", "Bearer " + agencyToken)
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"programId": "%s", "firstName": "Omar", "lastName": "%s", "phone": "819 555-0199",
					 "workshopsAttended": ["job-search"], "noWorkshopsAttended": true}""".formatted(program.id(),
					Fixtures.unique("Both"))))
			.andExpect(status().is4xxClientError())
			.andExpect(jsonPath("$.errors[0].message", containsString("not both")));
	}

	@Test
	void theReferralPageAsksWhatTheChosenProgramChecksAndTheProfileFormAnswersIt() throws Exception {
		var session = Fixtures.signIn(mvc, agency.email());
		// without JavaScript, "Continue" shows the form again with the program's questions
		mvc.perform(post("/referrals").session(session).with(csrf()).cookie(ENGLISH)
			.param("continue", "true").param("programId", program.id().toString()).param("firstName", "Léa"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("I am a newcomer or a young person")))
			.andExpect(content().string(containsString("name=\"attestations[newcomer-or-visible-minority-youth]\"")))
			.andExpect(content().string(containsString("value=\"job-search\"")))
			.andExpect(content().string(containsString("value=\"L&eacute;a\"")));
		// htmx swaps in the questions of the program chosen
		mvc.perform(post("/referrals/questions").session(session).with(csrf()).cookie(ENGLISH)
			.param("programId", program.id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"questions\"")))
			.andExpect(content().string(containsString("None of these workshops")))
			.andExpect(content().string(not(containsString("<html"))));

		var name = Fixtures.unique("Page").replace(" ", "");
		var location = mvc.perform(post("/referrals").session(session).with(csrf())
			.param("programId", program.id().toString()).param("firstName", "Léa").param("lastName", name)
			.param("phone", "819 555-0100").param("preferredLanguage", "FR").param("consentToShare", "true"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(post(location + "/submit").session(session).with(csrf()))
			.andExpect(flash().attribute("missing", hasSize(2)));

		var referral = referralOf(name);
		var person = directory.find(Actor.system(), referral.participant());
		mvc.perform(get("/participants/" + person.id() + "/edit").session(session).cookie(ENGLISH))
			.andExpect(content().string(containsString("I am a newcomer or a young person")))
			.andExpect(content().string(containsString("id=\"workshop-job-search\"")));
		mvc.perform(post("/participants/" + person.id()).session(session).with(csrf())
			.param("firstName", "Léa").param("lastName", name).param("phone", "819 555-0100")
			.param("preferredLanguage", "FR").param("version", String.valueOf(person.version()))
			.param("attestations[newcomer-or-visible-minority-youth]", "true")
			.param("workshopsAttended", "job-search"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(location + "/submit").session(session).with(csrf()))
			.andExpect(flash().attribute("saved", "referral.submitted"));
		mvc.perform(get(location).session(session).cookie(ENGLISH))
			.andExpect(content().string(containsString("Eligible")));
	}

	@Test
	void aCriterionAddedThroughTheCriteriaApiAppearsOnTheReferralAndApplicationFormsWithoutCode() throws Exception {
		var admin = fixtures.user(Role.ADMIN, fixtures.organisation(OrganisationType.LEAD_AGENCY));
		mvc.perform(post("/api/programs/" + program.id() + "/criteria").with(httpBasic(admin.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"audience": "MENTEE", "criterion": {"kind": "ATTESTATION", "key": "lives-in-gatineau",
					 "statementEn": "I live in Gatineau.", "statementFr": "J’habite à Gatineau."}}"""))
			.andExpect(status().isOk());
		mvc.perform(post("/api/programs/" + program.id() + "/criteria").with(httpBasic(admin.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"audience": "MENTEE", "criterion": {"kind": "RESIDENT_OF", "province": "QC"}}"""))
			.andExpect(status().isOk());

		var session = Fixtures.signIn(mvc, agency.email());
		mvc.perform(post("/referrals/questions").session(session).with(csrf()).cookie(ENGLISH)
			.param("programId", program.id().toString()))
			.andExpect(content().string(containsString("I live in Gatineau.")))
			.andExpect(content().string(containsString("name=\"province\"")));
		mvc.perform(get("/apply/{id}", program.id().value()).param("role", "MENTEE")
			.cookie(new Cookie("passerelle-lang", "fr-CA")))
			.andExpect(content().string(containsString("J’habite à Gatineau.")))
			.andExpect(content().string(containsString("name=\"attestations[lives-in-gatineau]\"")))
			.andExpect(content().string(containsString("Atelier de recherche d’emploi")))
			.andExpect(content().string(containsString("name=\"province\"")));
		mvc.perform(get("/api/applications/programs/{id}/questions", program.id().value()).param("role", "MENTEE")
			.header("Accept-Language", "en"))
			.andExpect(jsonPath("$.attestations[*].text", hasItem("I live in Gatineau.")))
			.andExpect(jsonPath("$.workshops[*].key", hasItem("job-search")))
			.andExpect(jsonPath("$.facts", hasItem("PROVINCE")));
		mvc.perform(get("/api/programs/{id}/questions", program.id().value()).header("Authorization", "Bearer " + agencyToken)
			.header("Accept-Language", "fr"))
			.andExpect(jsonPath("$.attestations[*].key", hasItem("lives-in-gatineau")))
			.andExpect(jsonPath("$.workshops[0].text").value("Atelier de recherche d’emploi"));
		// the mentors' form asks the mentors' attestation, not the mentees'
		mvc.perform(get("/apply/{id}", program.id().value()).param("role", "MENTOR").cookie(ENGLISH))
			.andExpect(content().string(containsString("I am an experienced worker or a retired volunteer.")))
			.andExpect(content().string(not(containsString("I live in Gatineau."))));
	}

	@Test
	void aPublicApplicationRecordsTheAnswersToTheProgramsAttestations() throws Exception {
		var email = Fixtures.unique("applicant").replace(" ", "") + "@example.org";
		mvc.perform(post("/api/applications/{id}", program.id().value())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"role": "MENTEE", "firstName": "Nadia", "lastName": "Haddad", "email": "%s", "consent": true,
					 "attestations": {"newcomer-or-visible-minority-youth": true}, "noWorkshopsAttended": true}"""
				.formatted(email)))
			.andExpect(status().isAccepted());
		var person = new ParticipantId(jdbc.sql("select id from participant where email = ?").param(email)
			.query(UUID.class).single());
		var eligibility = intake.evaluate(Actor.system(), person, program.id(), Audience.MENTEE,
				java.util.Locale.CANADA);
		assertThat(intake.facts(Actor.system(), person).attestations())
			.isEqualTo(Map.of("newcomer-or-visible-minority-youth", true));
		assertThat(eligibility.status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);

		var page = Fixtures.unique("pageapplicant").replace(" ", "") + "@example.org";
		mvc.perform(post("/apply/{id}", program.id().value()).with(csrf())
			.param("role", "MENTEE").param("firstName", "Ines").param("lastName", "Haddad").param("email", page)
			.param("consent", "true").param("attestations[newcomer-or-visible-minority-youth]", "false")
			.param("workshopsAttended", "job-search"))
			.andExpect(status().is3xxRedirection());
		var applicant = new ParticipantId(jdbc.sql("select id from participant where email = ?").param(page)
			.query(UUID.class).single());
		var facts = intake.facts(Actor.system(), applicant);
		assertThat(facts.attestations()).isEqualTo(Map.of("newcomer-or-visible-minority-youth", false));
		assertThat(facts.workshopsAttended()).containsExactly("job-search");
	}

	@Test
	void anImportReadsAttestationAndWorkshopColumnsAndNamesAnInvalidAnswerInTheUsersLanguage() throws Exception {
		var actor = new Actor(coordinator.id(), coordinator.email(), Role.COORDINATOR, coordinator.organisationId());
		var marker = Fixtures.unique("Imp").replace(" ", "");
		var csv = """
				Prénom,Nom,attestation:newcomer-or-visible-minority-youth,Ateliers
				Awa,%s,oui,job-search
				Binta,%s,non,aucun
				""".formatted(marker, marker);
		var file = imports.upload(actor, "liste.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(file.suggested()).containsEntry(2, ImportField.ATTESTATION).containsEntry(3, ImportField.WORKSHOPS);
		var settings = new ImportSettings(file.suggested(), program.id(), Audience.MENTEE, ParticipationStatus.ENROLLED);
		imports.commit(actor, file.id(), settings);
		var people = directory.search(actor, new ParticipantSearch(marker, null, null, null, null, null, null), 0, 5)
			.items();
		var awa = people.stream().filter(p -> p.firstName().equals("Awa")).findFirst().orElseThrow();
		var binta = people.stream().filter(p -> p.firstName().equals("Binta")).findFirst().orElseThrow();
		assertThat(intake.evaluate(actor, awa.id(), program.id(), Audience.MENTEE, java.util.Locale.CANADA).status())
			.isEqualTo(EligibilityStatus.ELIGIBLE);
		var refused = intake.evaluate(actor, binta.id(), program.id(), Audience.MENTEE, java.util.Locale.CANADA);
		assertThat(refused.status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
		assertThat(refused.failed()).hasSize(2);

		var wrong = imports.upload(actor, "faux.csv", """
				Prénom,Nom,attestation:newcomer-or-visible-minority-youth
				Chloé,%s,peut-être
				""".formatted(marker).getBytes(StandardCharsets.UTF_8));
		var preview = imports.preview(actor, wrong.id(),
				new ImportSettings(wrong.suggested(), program.id(), Audience.MENTEE, ParticipationStatus.ENROLLED),
				java.util.Locale.CANADA_FRENCH);
		assertThat(preview.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.row()).isEqualTo(2);
			assertThat(problem.column()).isEqualTo("attestation:newcomer-or-visible-minority-youth");
			assertThat(problem.messageCode()).isEqualTo("import.value.yesNo");
		});
		mvc.perform(post("/api/imports/" + wrong.id() + "/commit")
			.with(httpBasic(coordinator.email(), Fixtures.PASSWORD)).header("Accept-Language", "fr")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"columns": {"0": "FIRST_NAME", "1": "LAST_NAME", "2": "ATTESTATION"}, "programId": "%s"}"""
				.formatted(program.id())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].message").value("La valeur peut-être n’est ni oui ni non."));
		assertThat(directory.search(actor, new ParticipantSearch(marker, null, null, null, null, null, null), 0, 5)
			.items()).hasSize(2);
	}

	private String refer(String answers) throws Exception {
		return mvc.perform(post("/api/referrals").header("Authorization", "Bearer " + agencyToken)
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"programId": "%s", "firstName": "Amina", "lastName": "%s", "phone": "819 555-0199", %s}"""
				.formatted(program.id(), Fixtures.unique("Touré").replace(" ", ""), answers)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
	}

	private ReferralSummaryRow referralOf(String lastName) {
		return jdbc.sql("""
				select r.id, r.participant_id from referral r join participant p on p.id = r.participant_id
				where p.last_name = ?""")
			.param(lastName)
			.query((rs, row) -> new ReferralSummaryRow(rs.getObject("id", UUID.class),
					new ParticipantId(rs.getObject("participant_id", UUID.class))))
			.single();
	}

	record ReferralSummaryRow(UUID id, ParticipantId participant) {
	}
}
