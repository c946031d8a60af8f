package org.passerelle.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ProgramPagesTests {

	static final Cookie ENGLISH = new Cookie("passerelle-lang", "en-CA");

	static final Cookie FRENCH = new Cookie("passerelle-lang", "fr-CA");

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

	MockHttpSession admin;

	@BeforeEach
	void setUp() throws Exception {
		fixtures = new Fixtures(organisations, users);
		lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		admin = Fixtures.signIn(mvc, fixtures.user(Role.ADMIN, lead).email());
	}

	@Test
	void aProgramNameWithANulComesBackWithTheFieldsErrorInTheReadersLanguageAndNothingIsCreated() throws Exception {
		var name = Fixtures.unique("Mentorat");
		var page = mvc.perform(post("/programs/from-template").session(admin).with(csrf()).cookie(ENGLISH)
				.param("template", "OCISO_CAREER_MENTORING").param("name", name.replace(" ", "\u0000"))
				.param("leadOrganisationId", lead.toString()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		var field = org.jsoup.Jsoup.parse(page).selectFirst("input[name=name]");
		assertThat(field.val()).isEqualTo(name.replace(" ", ""));
		assertThat(field.attr("aria-invalid")).isEqualTo("true");
		assertThat(page).contains("This text held invisible control characters (such as NUL), which cannot be saved");
		assertThat(programs.list(org.passerelle.identity.Actor.system()))
			.noneMatch(program -> program.name().endsWith(name.substring(name.length() - 8)));
	}

	@Test
	void administratorCreatesAProgramFromATemplateAndSeesItsRulesAndCriteria() throws Exception {
		mvc.perform(get("/programs/new").session(admin).cookie(FRENCH))
			.andExpect(content().string(containsString("Stage de mentorat professionnel du CSCPQ")));
		var name = Fixtures.unique("Mentorat d’affaires");
		var location = mvc
			.perform(post("/programs/from-template").session(admin).with(csrf())
				.param("template", "OCISO_CAREER_MENTORING").param("name", name)
				.param("leadOrganisationId", lead.toString()))
			.andExpect(redirectedUrlPattern("/programs/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).session(admin).cookie(ENGLISH))
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("Every week")))
			.andExpect(content().string(containsString("English at Canadian Language Benchmark 5 or higher")))
			.andExpect(content().string(containsString("Commits to at least 3 months")));
		mvc.perform(get(location).session(admin).cookie(FRENCH))
			.andExpect(content().string(containsString("Chaque semaine")))
			.andExpect(content().string(containsString("S’engage pour au moins 3 mois")));
	}

	@Test
	void onlyLeadAgenciesAreOfferedToLeadAProgramAndAnotherIsAFieldError() throws Exception {
		var agency = fixtures.organisation(OrganisationType.REFERRAL_AGENCY);
		var form = mvc.perform(get("/programs/new").session(admin).cookie(ENGLISH))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		var offered = org.jsoup.Jsoup.parse(form).select("select[name=leadOrganisationId] option").eachAttr("value");
		org.assertj.core.api.Assertions.assertThat(offered).contains(lead.toString()).doesNotContain(agency.toString());
		mvc.perform(post("/programs/from-template").session(admin).with(csrf()).cookie(ENGLISH)
			.param("template", "SOIIT").param("name", Fixtures.unique("SOIIT"))
			.param("leadOrganisationId", agency.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A program is led by a lead agency")));
	}

	@Test
	void rulesAreEditedAndImpossibleOnesAreFieldErrors() throws Exception {
		var program = programs.createFromTemplate(Actor.system(), ProgramTemplate.SOIIT, Fixtures.unique("SOIIT"), lead);
		mvc.perform(get("/programs/" + program.id() + "/edit").session(admin).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"12\"")));

		mvc.perform(asBrowser(post("/programs/" + program.id())).session(admin).with(csrf()).cookie(ENGLISH)
			.param("name", program.name()).param("leadOrganisationId", lead.toString())
			.param("type", "OPEN").param("format", "ONE_TO_ONE").param("languages", "FR")
			.param("rules.meetingCadence", "WEEKLY").param("rules.mentorCapacity", "0")
			.param("rules.retentionMonths", "6").param("rules.durationWeeks", "14")
			.param("weights[OCCUPATION]", "150")
			.param("version", String.valueOf(program.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A mentor follows at least one mentee.")))
			.andExpect(content().string(containsString("Enter 100 or less.")));
		assertThat(programs.find(Actor.system(), program.id()).rules().durationWeeks()).isEqualTo(12);

		mvc.perform(asBrowser(post("/programs/" + program.id())).session(admin).with(csrf())
			.param("name", program.name()).param("leadOrganisationId", lead.toString())
			.param("type", "OPEN").param("format", "ONE_TO_ONE").param("languages", "FR").param("languages", "EN")
			.param("rules.meetingCadence", "WEEKLY").param("rules.mentorCapacity", "2")
			.param("rules.retentionMonths", "6").param("rules.durationWeeks", "14")
			.param("rules.extensionAllowed", "true")
			.param("weights[OCCUPATION]", "60").param("weights[LANGUAGE]", "40")
			.param("version", String.valueOf(program.version())))
			.andExpect(redirectedUrlPattern("/programs/*"));
		var changed = programs.find(Actor.system(), program.id());
		assertThat(changed.rules().durationWeeks()).isEqualTo(14);
		assertThat(changed.rules().mentorCapacity()).isEqualTo(2);
		assertThat(changed.rules().extensionAllowed()).isTrue();
		assertThat(changed.rules().groupSessionsMandatory()).isFalse();
		assertThat(changed.languages()).hasSize(2);
		assertThat(changed.weights()).containsEntry(MatchingCriterion.OCCUPATION, 60)
			.containsEntry(MatchingCriterion.CULTURE, 0);
	}

	@Test
	void theMatchingObjectiveIsChosenOnTheFormAndShownAndAnUnknownOneIsAFieldError() throws Exception {
		var program = programs.createFromTemplate(Actor.system(), ProgramTemplate.SOIIT, Fixtures.unique("SOIIT"), lead);
		mvc.perform(get("/programs/" + program.id() + "/edit").session(admin).cookie(ENGLISH))
			.andExpect(content().string(containsString("<option value=\"MOST_MATCHED_THEN_TOTAL\">")));

		mvc.perform(asBrowser(post("/programs/" + program.id())).session(admin).with(csrf()).cookie(ENGLISH)
			.param("name", program.name()).param("leadOrganisationId", lead.toString())
			.param("type", "OPEN").param("format", "ONE_TO_ONE").param("languages", "FR")
			.param("rules.meetingCadence", "WEEKLY").param("rules.mentorCapacity", "1")
			.param("rules.retentionMonths", "6").param("rules.matchingObjective", "FASTEST")
			.param("weights[OCCUPATION]", "100")
			.param("version", String.valueOf(program.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose what pool runs aim for from the list.")))
			.andExpect(content().string(containsString("aria-describedby=\"rules.matchingObjective-error\"")));
		assertThat(programs.find(Actor.system(), program.id()).version()).isEqualTo(program.version());

		mvc.perform(asBrowser(post("/programs/" + program.id())).session(admin).with(csrf())
			.param("name", program.name()).param("leadOrganisationId", lead.toString())
			.param("type", "OPEN").param("format", "ONE_TO_ONE").param("languages", "FR")
			.param("rules.meetingCadence", "WEEKLY").param("rules.mentorCapacity", "1")
			.param("rules.retentionMonths", "6").param("rules.matchingObjective", "MOST_MATCHED_THEN_TOTAL")
			.param("weights[OCCUPATION]", "100")
			.param("version", String.valueOf(program.version())))
			.andExpect(redirectedUrlPattern("/programs/*"));
		assertThat(programs.find(Actor.system(), program.id()).rules().matchingObjective())
			.isEqualTo(MatchingObjective.MOST_MATCHED_THEN_TOTAL);
		mvc.perform(get("/programs/" + program.id()).session(admin).cookie(ENGLISH))
			.andExpect(content().string(containsString("As many mentees matched as possible, then the largest total score")));
	}

	@Test
	void textInANumberFieldIsAFieldErrorAndTheFormKeepsWhatWasTyped() throws Exception {
		var program = programs.createFromTemplate(Actor.system(), ProgramTemplate.SOIIT, Fixtures.unique("SOIIT"), lead);
		mvc.perform(asBrowser(post("/programs/" + program.id())).session(admin).with(csrf()).cookie(ENGLISH)
			.param("name", "Kept name").param("leadOrganisationId", lead.toString())
			.param("type", "OPEN").param("format", "ONE_TO_ONE").param("languages", "FR")
			.param("rules.meetingCadence", "WEEKLY").param("rules.mentorCapacity", "1")
			.param("rules.retentionMonths", "6").param("rules.durationWeeks", "twelve")
			.param("version", String.valueOf(program.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"error-summary\"")))
			.andExpect(content().string(containsString("This value is not valid.")))
			.andExpect(content().string(containsString("value=\"Kept name\"")));
		assertThat(programs.find(Actor.system(), program.id()).name()).isEqualTo(program.name());
	}

	/** A browser also sends the markers of the checkboxes left unticked. */
	static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder asBrowser(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) {
		for (var checkbox : new String[] { "rules.groupSessionsMandatory", "rules.extensionAllowed",
				"rules.mentorsMustBeAffiliated", "rules.menteesMayApply", "rules.completion.mandatorySessionsAttended",
				"rules.completion.employmentInFieldCompletes", "rules.completion.academicAdmissionCompletes",
				"languages" }) {
			request.param("_" + checkbox, "on");
		}
		return request;
	}

	@Test
	void criteriaAreAddedAndRemovedAndAnIncompleteOneIsExplained() throws Exception {
		var program = programs.createFromTemplate(Actor.system(), ProgramTemplate.SOIIT, Fixtures.unique("SOIIT"), lead);
		mvc.perform(post("/programs/" + program.id() + "/criteria").session(admin).with(csrf()).cookie(ENGLISH)
			.param("audience", "MENTEE").param("kind", "LANGUAGE_BENCHMARK").param("language", "FR"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A benchmark level is between 1 and 12.")))
			.andExpect(content().string(containsString("<details open")));

		mvc.perform(post("/programs/" + program.id() + "/criteria").session(admin).with(csrf())
			.param("audience", "MENTEE").param("kind", "IMMIGRATION_STATUS")
			.param("statuses", "PERMANENT_RESIDENT").param("statuses", "PROTECTED_PERSON"))
			.andExpect(redirectedUrlPattern("/programs/*"));
		var criterion = programs.find(Actor.system(), program.id()).criteria().getFirst();
		assertThat(criterion.rule()).isInstanceOf(EligibilityCriterion.ImmigrationStatusIn.class);

		mvc.perform(get("/programs/" + program.id()).session(admin).cookie(FRENCH))
			.andExpect(content().string(containsString("Statut d’immigration : Résident permanent ou Personne protégée")));
		mvc.perform(post("/programs/" + program.id() + "/criteria/" + criterion.id() + "/remove").session(admin).with(csrf()))
			.andExpect(redirectedUrlPattern("/programs/*"));
		assertThat(programs.find(Actor.system(), program.id()).criteria()).isEmpty();
	}

	@Test
	void assignedCoordinatorsEditTheirProgramAndOthersDoNotSeeIt() throws Exception {
		var program = programs.createFromTemplate(Actor.system(), ProgramTemplate.TRIEC_MENTORING_PARTNERSHIP,
				Fixtures.unique("TRIEC"), lead);
		var coordinator = fixtures.user(Role.COORDINATOR, lead);
		mvc.perform(post("/programs/" + program.id() + "/coordinators").session(admin).with(csrf())
			.param("coordinators", coordinator.id().toString()))
			.andExpect(redirectedUrlPattern("/programs/*"));
		var mentor = fixtures.user(Role.MENTOR, lead);
		mvc.perform(get("/programs/" + program.id()).session(admin).cookie(ENGLISH))
			.andExpect(content().string(containsString("<li>" + coordinator.fullName() + "</li>")))
			.andExpect(content().string(containsString("coordinator-" + coordinator.id())))
			.andExpect(content().string(not(containsString("coordinator-" + mentor.id()))));

		var session = Fixtures.signIn(mvc, coordinator.email());
		mvc.perform(get("/programs/" + program.id()).session(session).cookie(ENGLISH))
			.andExpect(content().string(containsString("Edit the rules")))
			.andExpect(content().string(not(containsString("Assign the coordinators"))));
		mvc.perform(get("/programs/new").session(session)).andExpect(status().isForbidden());

		var stranger = Fixtures.signIn(mvc, fixtures.user(Role.COORDINATOR, lead).email());
		mvc.perform(get("/programs/" + program.id()).session(stranger)).andExpect(status().isNotFound());
		mvc.perform(get("/programs").session(stranger).cookie(ENGLISH))
			.andExpect(content().string(not(containsString(program.name()))));
	}
}
