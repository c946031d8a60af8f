package org.passerelle.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.core.OrganisationId;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ProgramApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	ProgramManagement programs;

	Fixtures fixtures;

	OrganisationId lead;

	String admin;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(organisations, users);
		lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		admin = fixtures.user(Role.ADMIN, lead).email();
	}

	@Test
	void everyTemplateCreatesAProgramWithItsRulesAndCriteria() throws Exception {
		mvc.perform(get("/api/program-templates").with(httpBasic(admin, Fixtures.PASSWORD)).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(ProgramTemplate.values().length)))
			.andExpect(jsonPath("$[?(@.template == 'OCISO_CAREER_MENTORING')].name").value("Mentorat d’affaires de l’OCISO"));

		for (var template : ProgramTemplate.values()) {
			var body = mvc
				.perform(post("/api/program-templates/" + template + "/programs").with(httpBasic(admin, Fixtures.PASSWORD))
					.contentType(MediaType.APPLICATION_JSON)
					.content("""
							{"name": "%s", "leadOrganisationId": "%s"}""".formatted(Fixtures.unique(template.name()), lead)))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.template").value(template.name()))
				.andReturn().getResponse().getContentAsString();
			var definition = template.definition(lead);
			assertThat((Integer) JsonPath.read(body, "$.criteria.length()")).as(template.name())
				.isEqualTo(definition.menteeCriteria().size() + definition.mentorCriteria().size());
			assertThat((Integer) JsonPath.read(body, "$.rules.mentorCapacity")).isEqualTo(definition.rules().mentorCapacity());
			assertThat((String) JsonPath.read(body, "$.format")).isEqualTo(definition.format().name());
		}
	}

	@Test
	void theKeyRulesOfTheSeedsSurviveTheRoundTrip() throws Exception {
		var cscpq = create(ProgramTemplate.CSCPQ_PLACEMENT);
		mvc.perform(get("/api/programs/" + cscpq.id()).with(httpBasic(admin, Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.rules.weeklyPlacementHours").value(12.0))
			.andExpect(jsonPath("$.rules.durationWeeks").value(13))
			.andExpect(jsonPath("$.rules.completion.minimumHours").value(144.0))
			.andExpect(jsonPath("$.rules.completion.mandatorySessionsAttended").value(true))
			.andExpect(jsonPath("$.rules.groupSessionEveryWeeks").value(2))
			.andExpect(jsonPath("$.rules.retentionMonths").value(6));
		var soiit = create(ProgramTemplate.SOIIT);
		mvc.perform(get("/api/programs/" + soiit.id()).with(httpBasic(admin, Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.rules.meetingCadence").value("EVERY_TWO_WEEKS"))
			.andExpect(jsonPath("$.rules.durationWeeks").value(12));
		var group = create(ProgramTemplate.LMIEC_GROUP);
		mvc.perform(get("/api/programs/" + group.id()).with(httpBasic(admin, Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.rules.menteesPerGroupMin").value(8))
			.andExpect(jsonPath("$.rules.menteesPerGroupMax").value(10))
			.andExpect(jsonPath("$.rules.mentorsPerGroupMax").value(3))
			.andExpect(jsonPath("$.rules.mentorsMustBeAffiliated").value(true));
		var connector = create(ProgramTemplate.HALIFAX_CONNECTOR);
		mvc.perform(get("/api/programs/" + connector.id()).with(httpBasic(admin, Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.rules.introductionMinutes").value(30))
			.andExpect(jsonPath("$.rules.minimumReferrals").value(3));
	}

	@Test
	void evaluatesAPersonAgainstTheOcisoCriteriaInTheCallersLanguage() throws Exception {
		var ociso = create(ProgramTemplate.OCISO_CAREER_MENTORING);
		var request = """
				{"audience": "MENTEE", "facts": {"immigrationStatus": "PERMANENT_RESIDENT", "foreignDiploma": true,
				 "languageLevels": {"EN": 4}, "province": "QC"}}""";
		mvc.perform(post("/api/programs/" + ociso.id() + "/eligibility").with(httpBasic(admin, Fixtures.PASSWORD))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(request))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eligible").value(false))
			.andExpect(jsonPath("$.results", hasSize(5)))
			.andExpect(jsonPath("$.results[0].outcome").value("PASS"))
			.andExpect(jsonPath("$.results[1].outcome").value("PASS"))
			.andExpect(jsonPath("$.results[2].outcome").value("FAIL"))
			.andExpect(jsonPath("$.results[2].description").value("English at Canadian Language Benchmark 5 or higher"))
			.andExpect(jsonPath("$.results[3].outcome").value("FAIL"))
			.andExpect(jsonPath("$.results[3].description").value("Lives in Ontario"))
			.andExpect(jsonPath("$.results[4].outcome").value("LACKS_DATA"));
		mvc.perform(post("/api/programs/" + ociso.id() + "/eligibility").with(httpBasic(admin, Fixtures.PASSWORD))
			.header("Accept-Language", "fr")
			.contentType(MediaType.APPLICATION_JSON)
			.content(request))
			.andExpect(jsonPath("$.results[3].description").value("Réside en Ontario"))
			.andExpect(jsonPath("$.results[4].description").value("A suivi l’atelier : Atelier de recherche d’emploi"));
	}

	@Test
	void coordinatorsSeeAndChangeOnlyTheProgramsTheyAreAssignedTo() throws Exception {
		var mine = create(ProgramTemplate.SOIIT);
		var other = create(ProgramTemplate.TRIEC_MENTORING_PARTNERSHIP);
		var coordinator = fixtures.user(Role.COORDINATOR, lead);
		mvc.perform(put("/api/programs/" + mine.id() + "/coordinators").with(httpBasic(admin, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"coordinators\": [\"%s\"]}".formatted(coordinator.id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.coordinators[0]").value(coordinator.id().toString()));

		mvc.perform(get("/api/programs").with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].id").value(mine.id().toString()));
		mvc.perform(get("/api/programs/" + other.id()).with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/programs/" + other.id() + "/criteria").with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"audience": "MENTOR", "criterion": {"kind": "COMMITMENT_AT_LEAST", "months": 6}}"""))
			.andExpect(status().isNotFound());

		mvc.perform(post("/api/programs/" + mine.id() + "/criteria").with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"audience": "MENTOR", "criterion": {"kind": "COMMITMENT_AT_LEAST", "months": 6}}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.criteria[*].description", hasItem("Commits to at least 6 months")));

		var stranger = fixtures.user(Role.COORDINATOR, lead);
		mvc.perform(get("/api/programs/" + mine.id()).with(httpBasic(stranger.email(), Fixtures.PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyCoordinatorAccountsCanBeAssigned() throws Exception {
		var program = create(ProgramTemplate.SOIIT);
		var mentor = fixtures.user(Role.MENTOR, lead);
		mvc.perform(put("/api/programs/" + program.id() + "/coordinators").with(httpBasic(admin, Fixtures.PASSWORD))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"coordinators\": [\"%s\"]}".formatted(mentor.id())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Only people with the coordinator role can be assigned."));
		assertThat(programs.find(Actor.system(), program.id()).coordinators()).isEmpty();
	}

	@Test
	void referralPartnersReadProgramsButCannotChangeThem() throws Exception {
		var program = create(ProgramTemplate.OCISO_CAREER_MENTORING);
		var partner = fixtures.user(Role.REFERRAL_PARTNER, fixtures.organisation(OrganisationType.REFERRAL_AGENCY));
		mvc.perform(get("/api/programs/" + program.id()).with(httpBasic(partner.email(), Fixtures.PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/programs/" + program.id() + "/criteria").with(httpBasic(partner.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"audience": "MENTEE", "criterion": {"kind": "FOREIGN_DIPLOMA"}}"""))
			.andExpect(status().isForbidden());
	}

	@Test
	void impossibleRulesAndCriteriaAreRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
		var program = create(ProgramTemplate.SOIIT);
		var view = programs.find(Actor.system(), program.id());
		mvc.perform(put("/api/programs/" + program.id()).with(httpBasic(admin, Fixtures.PASSWORD))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "%s", "leadOrganisationId": "%s", "type": "OPEN", "format": "ONE_TO_ONE",
					 "languages": ["FR"], "version": %d,
					 "rules": {"meetingCadence": "WEEKLY", "mentorCapacity": 0, "retentionMonths": 6, "durationWeeks": -3,
					           "completion": {}}}""".formatted(view.name(), lead, view.version())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("rules.mentorCapacity")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("rules.durationWeeks")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("A mentor follows at least one mentee.")));

		mvc.perform(post("/api/programs/" + program.id() + "/criteria").with(httpBasic(admin, Fixtures.PASSWORD))
			.header("Accept-Language", "fr")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"audience": "MENTEE", "criterion": {"kind": "LANGUAGE_BENCHMARK", "language": "FR", "level": 15}}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Un niveau de compétence est entre 1 et 12."));
		assertThat(programs.find(Actor.system(), program.id()).version()).isEqualTo(view.version());
		assertThat(programs.find(Actor.system(), program.id()).criteria()).isEmpty();

		mvc.perform(post("/api/program-templates/NOT_A_TEMPLATE/programs").with(httpBasic(admin, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"x\", \"leadOrganisationId\": \"%s\"}".formatted(lead)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theMatchingObjectiveIsSetThroughTheApiAndAnUnknownOneIsRefusedNamingTheField() throws Exception {
		var program = create(ProgramTemplate.SOIIT);
		assertThat(program.rules().matchingObjective()).isEqualTo(MatchingObjective.MAXIMUM_TOTAL);
		var change = """
				{"name": "%s", "leadOrganisationId": "%s", "type": "OPEN", "format": "ONE_TO_ONE", "languages": ["FR"],
				 "version": %d, "weights": {"OCCUPATION": 50, "LANGUAGE": 50},
				 "rules": {"meetingCadence": "WEEKLY", "mentorCapacity": 1, "retentionMonths": 6,
				           "matchingObjective": "%s", "completion": {}}}""";
		mvc.perform(put("/api/programs/" + program.id()).with(httpBasic(admin, Fixtures.PASSWORD))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(change.formatted(program.name(), lead, program.version(), "AS_FAST_AS_POSSIBLE")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The field rules.matchingObjective does not hold a valid value."))
			.andExpect(jsonPath("$.errors[0].field").value("rules.matchingObjective"));
		assertThat(programs.find(Actor.system(), program.id()).version()).isEqualTo(program.version());

		mvc.perform(put("/api/programs/" + program.id()).with(httpBasic(admin, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(change.formatted(program.name(), lead, program.version(), "MOST_MATCHED_THEN_TOTAL")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rules.matchingObjective").value("MOST_MATCHED_THEN_TOTAL"));
		assertThat(programs.find(Actor.system(), program.id()).rules().matchingObjective())
			.isEqualTo(MatchingObjective.MOST_MATCHED_THEN_TOTAL);
	}

	@Test
	void aTakenNameAndAStaleVersionAreConflicts() throws Exception {
		var first = create(ProgramTemplate.SOIIT);
		mvc.perform(post("/api/program-templates/SOIIT/programs").with(httpBasic(admin, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"%s\", \"leadOrganisationId\": \"%s\"}".formatted(first.name().toUpperCase(), lead)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("name"));

		var change = """
				{"name": "%s", "leadOrganisationId": "%s", "type": "OPEN", "format": "ONE_TO_ONE", "languages": ["FR", "EN"],
				 "version": 0, "weights": {"OCCUPATION": 50, "LANGUAGE": 50},
				 "rules": {"meetingCadence": "EVERY_TWO_WEEKS", "mentorCapacity": 2, "retentionMonths": 6,
				           "durationWeeks": 16, "completion": {"minimumWeeks": 16}}}""";
		mvc.perform(put("/api/programs/" + first.id()).with(httpBasic(admin, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(change.formatted(first.name(), lead)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rules.durationWeeks").value(16))
			.andExpect(jsonPath("$.rules.mentorCapacity").value(2))
			.andExpect(jsonPath("$.weights.OCCUPATION").value(50))
			.andExpect(jsonPath("$.weights.CULTURE").value(0));
		mvc.perform(put("/api/programs/" + first.id()).with(httpBasic(admin, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(change.formatted(first.name(), lead)))
			.andExpect(status().isConflict());
	}

	@Test
	void onlyAnAdministratorGivesAProgramToAnotherLeadAgencyAndNeverToAnotherKindOfOrganisation() throws Exception {
		var program = create(ProgramTemplate.SOIIT);
		var coordinator = fixtures.user(Role.COORDINATOR, lead);
		programs.assignCoordinators(Actor.system(), program.id(), java.util.Set.of(coordinator.id()));
		var agency = fixtures.organisation(OrganisationType.REFERRAL_AGENCY);
		var otherLead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		long version = programs.find(Actor.system(), program.id()).version();
		var change = """
				{"name": "%s", "leadOrganisationId": "%s", "type": "OPEN", "format": "ONE_TO_ONE", "languages": ["FR"],
				 "version": %d, "weights": {"OCCUPATION": 50, "LANGUAGE": 50},
				 "rules": {"meetingCadence": "EVERY_TWO_WEEKS", "mentorCapacity": 1, "retentionMonths": 6,
				           "durationWeeks": 12, "completion": {"minimumWeeks": 12}}}""";
		mvc.perform(put("/api/programs/" + program.id()).with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(change.formatted(program.name(), agency, version)))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/programs/" + program.id()).with(httpBasic(admin, Fixtures.PASSWORD))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(change.formatted(program.name(), agency, version)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("leadOrganisation"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("A program is led by a lead agency: choose an organisation of that type."));
		mvc.perform(post("/api/program-templates/SOIIT/programs").with(httpBasic(admin, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"%s\", \"leadOrganisationId\": \"%s\"}".formatted(Fixtures.unique("SOIIT"), agency)))
			.andExpect(status().isBadRequest());
		assertThat(programs.find(Actor.system(), program.id()).leadOrganisation()).isEqualTo(lead);

		mvc.perform(put("/api/programs/" + program.id()).with(httpBasic(admin, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(change.formatted(program.name(), otherLead, version)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.leadOrganisationId").value(otherLead.toString()));
	}

	private ProgramView create(ProgramTemplate template) {
		return programs.createFromTemplate(Actor.system(), template, Fixtures.unique(template.name()), lead);
	}

}
