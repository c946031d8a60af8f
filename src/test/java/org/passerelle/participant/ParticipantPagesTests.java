package org.passerelle.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

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
import org.passerelle.program.IntakeStep;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramTemplate;
import org.passerelle.program.ProgramView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class ParticipantPagesTests {

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

	OrganisationId lead;

	ProgramView ociso;

	MockHttpSession coordinator;

	@BeforeEach
	void setUp() throws Exception {
		var fixtures = new Fixtures(organisations, users);
		lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		ociso = programs.createFromTemplate(Actor.system(), ProgramTemplate.OCISO_CAREER_MENTORING, Fixtures.unique("OCISO"), lead);
		var user = fixtures.user(Role.COORDINATOR, lead);
		programs.assignCoordinators(Actor.system(), ociso.id(), Set.of(user.id()));
		coordinator = Fixtures.signIn(mvc, user.email());
	}

	@Test
	void aCoordinatorEntersAMenteeSeesHerEligibilityAndFindsHer() throws Exception {
		var name = Fixtures.unique("Diallo").replace(" ", "");
		var location = mvc.perform(profile(post("/participants"), name)
				.param("programId", ociso.id().toString()).param("role", "MENTEE").param("status", "ENROLLED")
				.session(coordinator).with(csrf()))
			.andExpect(redirectedUrlPattern("/participants/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).session(coordinator).cookie(ENGLISH))
			.andExpect(content().string(containsString("21231 Software engineers and designers")))
			.andExpect(content().string(containsString("English at Canadian Language Benchmark 5 or higher")))
			.andExpect(content().string(containsString(ociso.name() + " — Eligible")));
		mvc.perform(get("/participants").param("text", "logiciel").param("occupation", "2123").session(coordinator).cookie(FRENCH))
			.andExpect(content().string(containsString(name + ", Amina")));
		mvc.perform(get("/participants").param("text", "logiciel").param("language", "ko").session(coordinator).cookie(FRENCH))
			.andExpect(content().string(not(containsString(name + ", Amina"))));
	}

	@Test
	void anEmployersListShowsTheOccupationItsMentorsPractise() throws Exception {
		var fixtures = new Fixtures(organisations, users);
		var employer = fixtures.organisation(OrganisationType.EMPLOYER);
		var name = Fixtures.unique("Pelletier").replace(" ", "");
		var d = ParticipantDetails.named("Jérôme", name, name.toLowerCase() + "@example.org");
		var mentor = participants.register(Actor.system(), new ParticipantDetails(d.firstName(), d.lastName(), d.email(), d.phone(),
				d.birthDate(), d.preferredLanguage(), d.gender(), d.postalCode(), d.city(), d.province(), d.languages(),
				"11100", null, d.industryCode(), d.yearsExperienceAbroad(), d.yearsExperienceCanada(), d.education(),
				d.foreignDiploma(), d.credentials(), d.immigrationStatus(), d.arrivalDate(), d.countryOfOrigin(),
				d.culturalBackground(), d.careerGoals(), d.availability(), d.remoteOk(), d.workshopsAttended(),
				d.commitmentMonths(), employer, "Coopérative comptable", d.positionLevel(), d.workStatus(), d.capacity(),
				d.recruitmentSource(), d.attestations()),
				new ParticipantManagement.Enrolment(ociso.id(), org.passerelle.program.Audience.MENTOR,
						ParticipationStatus.ENROLLED), true);
		participants.recordConsent(Actor.system(), mentor.id(), ConsentPurpose.SHARE_WITH_EMPLOYER, true);
		var asEmployer = Fixtures.signIn(mvc, fixtures.user(Role.EMPLOYER, employer).email());

		var page = org.jsoup.Jsoup.parse(mvc.perform(get("/participants").session(asEmployer).cookie(FRENCH))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("main table thead th").eachText()).contains("Profession visée, ou exercée par un mentor (CNP)");
		var row = page.select("main table tbody tr").stream()
			.filter(tr -> tr.text().contains(name))
			.findFirst().orElseThrow();
		assertThat(row.select("td.occupation").text()).isEqualTo("11100");
	}

	@Test
	void theNewPersonFormAsksWhatTheChosenProgramAsksForTheRoleChosen() throws Exception {
		var blank = mvc.perform(get("/participants/new").session(coordinator).cookie(ENGLISH))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(org.jsoup.Jsoup.parse(blank).select("#questions[hx-post=/participants/new/questions]")).hasSize(1);
		var asMentor = mvc.perform(post("/participants/new/questions").session(coordinator).with(csrf()).cookie(ENGLISH)
			.param("firstName", "").param("lastName", "")
			.param("programId", ociso.id().toString()).param("role", "MENTOR"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(asMentor).startsWith("<div id=\"questions\"")
			.contains("I have interpersonal and listening skills.")
			.doesNotContain("Job-search workshop");
		var asMentee = mvc.perform(post("/participants/new/questions").session(coordinator).with(csrf()).cookie(ENGLISH)
			.param("programId", ociso.id().toString()).param("role", "MENTEE"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(asMentee).contains("Job-search workshop").doesNotContain("listening skills");
	}

	@Test
	void theWorkshopBoxesAndTheirNoneBoxUntickEachOtherAndTheServerRefusesBoth() throws Exception {
		var name = Fixtures.unique("Haile").replace(" ", "");
		var person = participants.register(Actor.system(), ParticipantDetails.named("Sara", name, null),
				new ParticipantManagement.Enrolment(ociso.id(), org.passerelle.program.Audience.MENTEE,
						ParticipationStatus.ENROLLED), false);
		var form = org.jsoup.Jsoup.parse(mvc.perform(get("/participants/{id}/edit", person.id().value())
				.session(coordinator).cookie(ENGLISH))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(form.select("fieldset#workshopsAttended[data-none-group] input[name=workshopsAttended]")).isNotEmpty();
		assertThat(form.select("fieldset#workshopsAttended[data-none-group] #noWorkshopsAttended[data-none-box]")).hasSize(1);
		assertThat(form.select("script[src$=/js/none-box.js]")).hasSize(1);
		assertThat(form.select("label[for=workshops]").text()).isEqualTo("Other workshops attended");
		var workshop = form.select("input[name=workshopsAttended]").first().val();

		var refused = org.jsoup.Jsoup.parse(mvc.perform(profile(post("/participants/{id}", person.id().value()), name)
				.param("workshops", "").param("workshopsAttended", workshop).param("noWorkshopsAttended", "true")
				.param("version", String.valueOf(person.version()))
				.session(coordinator).with(csrf()).cookie(ENGLISH))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(refused.select("#workshopsAttended-error").text())
			.isEqualTo("Tick the workshops attended, or \"None of these workshops\", not both.");
		assertThat(directory.find(Actor.system(), person.id()).details().workshopsAttended()).isNull();
	}

	@Test
	void checksConsentAndAccommodationAreRecordedOnThePersonsPage() throws Exception {
		var person = participants.register(Actor.system(), ParticipantDetails.named("Sara", Fixtures.unique("Haile"), null),
				new ParticipantManagement.Enrolment(ociso.id(), org.passerelle.program.Audience.MENTEE, ParticipationStatus.ENROLLED), false);
		var page = "/participants/" + person.id();
		mvc.perform(post(page + "/screenings").session(coordinator).with(csrf())
			.param("kind", "POLICE_CHECK").param("date", "2026-11-01").param("outcome", "PASSED").param("notes", "Clear"))
			.andExpect(redirectedUrlPattern("/participants/*"));
		mvc.perform(post(page + "/screenings").session(coordinator).with(csrf())
			.param("kind", "INTERVIEW").param("date", "2099-01-01").param("outcome", "PASSED"));
		mvc.perform(post(page + "/consents").session(coordinator).with(csrf()).param("purpose", "SURVEYS").param("granted", "true"));
		mvc.perform(post(page + "/accommodation").session(coordinator).with(csrf()).param("needs", "Sign-language interpreter"));
		var view = directory.find(Actor.system(), person.id());
		assertThat(view.screenings()).singleElement().satisfies(check -> assertThat(check.kind()).isEqualTo(IntakeStep.POLICE_CHECK));
		assertThat(view.consents()).singleElement().satisfies(consent -> assertThat(consent.granted()).isTrue());
		mvc.perform(get(page).session(coordinator).cookie(FRENCH))
			.andExpect(content().string(containsString("Vérification des antécédents judiciaires")))
			.andExpect(content().string(containsString("Sign-language interpreter")));
	}

	@Test
	void aCoordinatorEditsAProfileAndAStaleFormIsRefused() throws Exception {
		var person = participants.register(Actor.system(), ParticipantDetails.named("Ines", Fixtures.unique("Haddad").replace(" ", ""), null),
				new ParticipantManagement.Enrolment(ociso.id(), org.passerelle.program.Audience.MENTEE, ParticipationStatus.ENROLLED), false);
		mvc.perform(profile(post("/participants/" + person.id()), person.details().lastName())
			.param("version", String.valueOf(person.version())).session(coordinator).with(csrf()))
			.andExpect(redirectedUrlPattern("/participants/*"));
		var changed = directory.find(Actor.system(), person.id());
		assertThat(changed.details().targetOccupationCode()).isEqualTo("21231");
		assertThat(changed.details().firstName()).isEqualTo("Amina");
		mvc.perform(profile(post("/participants/" + person.id()), person.details().lastName())
			.param("firstName", "Stale").param("version", String.valueOf(person.version())).session(coordinator).with(csrf())
			.cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this record")));
		assertThat(directory.find(Actor.system(), person.id()).details().firstName()).isEqualTo("Amina");
	}

	@Test
	void anImpossibleProfileKeepsWhatWasTypedWithMessages() throws Exception {
		var name = Fixtures.unique("Kept").replace(" ", "");
		mvc.perform(post("/participants").session(coordinator).with(csrf()).cookie(ENGLISH)
			.param("firstName", "Ana").param("lastName", name).param("birthDate", "not a date")
			.param("programId", ociso.id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This value is not valid.")))
			.andExpect(content().string(containsString("value=\"" + name + "\"")));
		mvc.perform(post("/participants").session(coordinator).with(csrf()).cookie(ENGLISH)
			.param("firstName", "Ana").param("lastName", name).param("postalCode", "ABC")
			.param("programId", ociso.id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a Canadian postal code such as K1A 0B1.")));
		mvc.perform(post("/participants").session(coordinator).with(csrf()).cookie(ENGLISH)
			.param("firstName", "Ana").param("lastName", name).param("targetOccupationCode", "99999")
			.param("programId", ociso.id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The NOC code 99999 does not exist.")));
		assertThat(directory.search(Actor.system(), new ParticipantSearch(name, null, null, null, null, null, null), 0, 5).total())
			.isZero();
	}

	@Test
	void aProfileWithAnInvisibleControlCharacterComesBackCleanedWithTheFieldsErrorAndIsNotSaved() throws Exception {
		var name = Fixtures.unique("Nul").replace(" ", "");
		mvc.perform(post("/participants").session(coordinator).with(csrf()).cookie(FRENCH)
			.param("firstName", "Ana\u0000").param("lastName", name).param("city", "Gatineau\u0007")
			.param("programId", ociso.id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ce texte contenait des caractères de contrôle invisibles (comme NUL)")))
			.andExpect(content().string(containsString("value=\"Ana\"")))
			.andExpect(content().string(containsString("value=\"Gatineau\"")));
		assertThat(directory.search(Actor.system(), new ParticipantSearch(name, null, null, null, null, null, null), 0, 5).total())
			.isZero();
		// tabs and line breaks are text
		mvc.perform(post("/participants").session(coordinator).with(csrf()).cookie(ENGLISH)
			.param("firstName", "Ana").param("lastName", name).param("city", "Gatineau\tOuest")
			.param("programId", ociso.id().toString()))
			.andExpect(redirectedUrlPattern("/participants/*"));
	}

	@Test
	void possibleDuplicatesAreShownBeforeSavingAndCanBeMerged() throws Exception {
		var name = Fixtures.unique("Mensah").replace(" ", "");
		var first = participants.register(Actor.system(), ParticipantManagementTests.withBirth(
				ParticipantDetails.named("Kofi", name, null), java.time.LocalDate.of(1979, 1, 5)),
				new ParticipantManagement.Enrolment(ociso.id(), org.passerelle.program.Audience.MENTOR, ParticipationStatus.ENROLLED), false);
		var again = post("/participants").session(coordinator).with(csrf()).cookie(ENGLISH)
			.param("firstName", "Kofi").param("lastName", name).param("birthDate", "1979-01-05")
			.param("programId", ociso.id().toString()).param("role", "MENTOR");
		mvc.perform(again)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This person may already be known.")));
		var second = mvc.perform(again.param("confirmedDistinct", "true"))
			.andExpect(redirectedUrlPattern("/participants/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get("/participants/" + first.id()).session(coordinator).cookie(ENGLISH))
			.andExpect(content().string(containsString("Possible duplicates")));
		var secondId = second.substring(second.lastIndexOf('/') + 1);
		mvc.perform(post("/participants/" + first.id() + "/merge").session(coordinator).with(csrf()).param("duplicateId", secondId))
			.andExpect(redirectedUrlPattern("/participants/*"));
		assertThat(directory.search(Actor.system(), new ParticipantSearch(name, null, null, null, null, null, null), 0, 5).total())
			.isEqualTo(1);
	}

	@Test
	void aCoordinatorIsOfferedToEnrolAPersonKnownFromAnotherProgramAndThenSeesHer() throws Exception {
		var elsewhere = programs.createFromTemplate(Actor.system(), ProgramTemplate.SOIIT, Fixtures.unique("SOIIT"), lead);
		var name = Fixtures.unique("Diallo").replace(" ", "");
		var amina = participants.register(Actor.system(), ParticipantDetails.named("Amina", name, name.toLowerCase() + "@example.org"),
				new ParticipantManagement.Enrolment(elsewhere.id(), org.passerelle.program.Audience.MENTEE,
						ParticipationStatus.ENROLLED), false);
		mvc.perform(get("/participants/" + amina.id()).session(coordinator)).andExpect(status().isNotFound());

		var html = mvc.perform(profile(post("/participants"), name).param("programId", ociso.id().toString())
				.param("role", "MENTEE").param("status", "ENROLLED").session(coordinator).with(csrf()).cookie(FRENCH))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Une personne ayant cette adresse courriel est déjà connue")
			.contains("Inscrire Amina " + name + " au programme choisi")
			.contains("name=\"knownParticipantId\" value=\"" + amina.id() + "\"")
			.doesNotContain("C’est une autre personne");

		mvc.perform(profile(post("/participants"), name).param("programId", ociso.id().toString())
				.param("role", "MENTEE").param("status", "ENROLLED").param("knownParticipantId", amina.id().toString())
				.session(coordinator).with(csrf()))
			.andExpect(redirectedUrl("/participants/" + amina.id()));
		mvc.perform(get("/participants/" + amina.id()).session(coordinator).cookie(FRENCH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ociso.name())))
			.andExpect(content().string(containsString(elsewhere.name())));
	}

	@Test
	void englishAreaNamesReadInFrenchOrAreMarkedAsEnglishOnFrenchPages() throws Exception {
		var name = Fixtures.unique("Gagnon").replace(" ", "");
		var hull = participants.register(Actor.system(), livingIn(name, "J8Y 3A1"),
				new ParticipantManagement.Enrolment(ociso.id(), org.passerelle.program.Audience.MENTEE,
						ParticipationStatus.ENROLLED), false);
		var ottawa = participants.register(Actor.system(), livingIn(name, "K1Y 2X5"),
				new ParticipantManagement.Enrolment(ociso.id(), org.passerelle.program.Audience.MENTOR,
						ParticipationStatus.ENROLLED), false);
		assertThat(hull.details().city()).isEqualTo("Hull Central");

		mvc.perform(get("/participants/" + hull.id()).session(coordinator).cookie(FRENCH))
			.andExpect(content().string(containsString("<span>Hull Centre</span>")));
		mvc.perform(get("/participants/" + hull.id()).session(coordinator).cookie(ENGLISH))
			.andExpect(content().string(containsString("<span>Hull Central</span>")));
		mvc.perform(get("/participants/" + ottawa.id()).session(coordinator).cookie(FRENCH))
			.andExpect(content().string(containsString("<span lang=\"en\">Ottawa West</span>")));
		mvc.perform(get("/participants").param("text", name).session(coordinator).cookie(FRENCH))
			.andExpect(content().string(containsString("<td>Hull Centre</td>")))
			.andExpect(content().string(containsString("<td lang=\"en\">Ottawa West</td>")));
	}

	static ParticipantDetails livingIn(String lastName, String postalCode) {
		return new ParticipantDetails("Rose", lastName, null, null, null, org.passerelle.core.Language.FR, null,
				org.passerelle.core.PostalCode.parse(postalCode).orElseThrow(), null, null, java.util.List.of(), null, null,
				null, null, null, null, null, null, null, null, null, null, null, Set.of(), false, Set.of(), null, null, null,
				null, null, null, null, null);
	}

	static MockHttpServletRequestBuilder profile(MockHttpServletRequestBuilder request, String lastName) {
		return request.param("firstName", "Amina").param("lastName", lastName).param("email", lastName.toLowerCase() + "@example.org")
			.param("birthDate", "1990-03-02").param("preferredLanguage", "EN").param("postalCode", "K1Y 2X5")
			.param("city", "Ottawa").param("province", "ON")
			.param("languages[0].code", "en").param("languages[0].level", "6")
			.param("languages[1].code", "fr").param("languages[1].level", "9")
			.param("languages[2].code", "").param("languages[3].code", "")
			.param("occupationCode", "21232").param("targetOccupationCode", "21231").param("industryCode", "541514")
			.param("yearsExperienceAbroad", "7").param("foreignDiploma", "true")
			.param("immigrationStatus", "PERMANENT_RESIDENT").param("arrivalDate", "2024-09-01")
			.param("careerGoals", "Devenir ingénieure en logiciel à Ottawa").param("workshops", "job-search")
			.param("availability", "WEEKDAY_EVENING").param("_availability", "on").param("_remoteOk", "on")
			.param("_confirmedDistinct", "on");
	}
}
