package org.passerelle.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.notification.Notifications;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramTemplate;
import org.passerelle.program.ProgramView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The public application form (R-REC-1): anyone applies without signing in, as a mentor to any
 * program that is not internal and as a mentee where the program allows it; robots and floods are
 * turned away; the coordinators hear of each application.
 */
@IntegrationTest
class ApplicationTests {

	static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	@Autowired
	MockMvc mvc;

	@Autowired
	ProgramManagement programs;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	ParticipantDirectory directory;

	@Autowired
	Notifications notifications;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcClient jdbc;

	ProgramView pluriel;

	ProgramView internal;

	ProgramView soiit;

	Actor coordinator;

	/** Each test applies from its own address, so that the rate limit of one does not reach another. */
	String address;

	@BeforeEach
	void setUp() {
		var fixtures = new Fixtures(organisations, users);
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		pluriel = programs.createFromTemplate(Actor.system(), ProgramTemplate.QUEBEC_PLURIEL, Fixtures.unique("Pluriel"), lead);
		soiit = programs.createFromTemplate(Actor.system(), ProgramTemplate.SOIIT, Fixtures.unique("SOIIT"), lead);
		internal = programs.createFromTemplate(Actor.system(), ProgramTemplate.IECBC_NEWCOMERS_MENTORSHIP,
				Fixtures.unique("IECBC"), lead);
		var user = fixtures.user(Role.COORDINATOR, lead);
		programs.assignCoordinators(Actor.system(), pluriel.id(), Set.of(user.id()));
		coordinator = new Actor(user.id(), user.email(), Role.COORDINATOR, lead);
		address = "10.0.%d.%d".formatted(ADDRESSES.get() / 250, ADDRESSES.getAndIncrement() % 250);
	}

	MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request) {
		return request.with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
	}

	MockHttpServletRequestBuilder application(ProgramView program, Audience role, String email, String... changes) {
		var fields = new java.util.LinkedHashMap<String, String>();
		fields.put("role", role.name());
		fields.put("firstName", "Amina");
		fields.put("lastName", "Haddad");
		fields.put("email", email);
		fields.put("preferredLanguage", "FR");
		fields.put("postalCode", "h2x 1y4");
		fields.put("occupationCode", "21231");
		fields.put("yearsExperience", "12");
		fields.put("employerName", "Ubisoft");
		fields.put("capacity", "2");
		fields.put("careerGoals", "Transmettre ce que j’ai appris");
		fields.put("recruitmentSource", "PROFESSIONAL_ASSOCIATION");
		fields.put("consent", "true");
		fields.put("_consent", "on");
		fields.put("website", "");
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		var request = from(post("/apply/{id}", program.id().value()).with(csrf()));
		fields.forEach(request::param);
		return request;
	}

	static String email() {
		return "applicant-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	ParticipantView person(String email) {
		var id = jdbc.sql("select id from participant where email = ?").param(email).query(UUID.class).optional();
		return id.map(value -> directory.find(Actor.system(), new ParticipantId(value))).orElse(null);
	}

	@Test
	void theProgramsThatRecruitAreListedWithoutSigningIn() throws Exception {
		var page = mvc.perform(get("/apply").header("Accept-Language", "fr-CA"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(pluriel.name(), soiit.name(), "Devenir mentor", "Postuler comme mentoré")
			.doesNotContain(internal.name())
			.contains("/apply/" + pluriel.id() + "?role=MENTEE")
			.doesNotContain("/apply/" + soiit.id() + "?role=MENTEE");
		mvc.perform(get("/apply/{id}", soiit.id().value()).param("role", "MENTEE")).andExpect(status().isNotFound());
		mvc.perform(get("/apply/{id}", internal.id().value()).param("role", "MENTOR")).andExpect(status().isNotFound());
		mvc.perform(get("/apply/{id}", pluriel.id().value()).param("role", "MENTOR").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Become a mentor: " + pluriel.name())));
	}

	@Test
	void aMentorAppliesOnThePublicFormAndTheCoordinatorIsTold() throws Exception {
		var email = email();
		mvc.perform(application(pluriel, Audience.MENTOR, email)).andExpect(redirectedUrl("/apply/thanks"));

		var person = person(email);
		assertThat(person).isNotNull();
		assertThat(person.details().occupationCode()).isEqualTo("21231");
		assertThat(person.details().yearsExperienceCanada()).isEqualTo(12);
		assertThat(person.details().employerName()).isEqualTo("Ubisoft");
		assertThat(person.details().capacity()).isEqualTo(2);
		assertThat(person.details().recruitmentSource()).isEqualTo(RecruitmentSource.PROFESSIONAL_ASSOCIATION);
		assertThat(person.details().province()).isEqualTo(org.passerelle.core.Province.QC);
		assertThat(person.participations()).singleElement().satisfies(participation -> {
			assertThat(participation.participation().role()).isEqualTo(Audience.MENTOR);
			assertThat(participation.participation().status()).isEqualTo(ParticipationStatus.APPLIED);
		});
		assertThat(person.consents()).singleElement().satisfies(consent -> {
			assertThat(consent.purpose()).isEqualTo(ConsentPurpose.SHARE_WITH_PROGRAM);
			assertThat(consent.granted()).isTrue();
		});
		assertThat(notifications.list(coordinator))
			.anyMatch(n -> n.title().contains(pluriel.name()) && n.link().equals("/participants/" + person.id()));
	}

	@Test
	void aMenteeMayApplyOnlyWhereTheProgramAllowsIt() throws Exception {
		var email = email();
		mvc.perform(application(soiit, Audience.MENTEE, email)).andExpect(status().isNotFound());
		assertThat(person(email)).isNull();

		mvc.perform(application(pluriel, Audience.MENTEE, email)).andExpect(redirectedUrl("/apply/thanks"));
		var person = person(email);
		assertThat(person.participations()).singleElement()
			.satisfies(participation -> assertThat(participation.participation().role()).isEqualTo(Audience.MENTEE));
		assertThat(person.details().targetOccupationCode()).isEqualTo("21231");
		assertThat(person.details().occupationCode()).isNull();
		assertThat(person.details().employerName()).isNull();
		assertThat(person.details().yearsExperienceAbroad()).isEqualTo(12);
	}

	@Test
	void aMenteeReadsTheMenteesFormNotTheMentorsOne() throws Exception {
		var page = mvc.perform(get("/apply/{id}", pluriel.id().value()).param("role", "MENTEE")
				.header("Accept-Language", "fr-CA"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Postuler à " + pluriel.name(), "Profession visée", "Années d’expérience hors du Canada")
			.doesNotContain("Devenir mentor", "Profession exercée", "name=\"employerName\"", "name=\"capacity\"");

		var mentors = mvc.perform(get("/apply/{id}", pluriel.id().value()).header("Accept-Language", "fr-CA"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(mentors).contains("Devenir mentor : " + pluriel.name(), "Profession exercée", "name=\"employerName\"")
			.doesNotContain("Profession visée");

		var again = mvc.perform(application(pluriel, Audience.MENTEE, email(), "consent", "false",
				"attestations[newcomer-or-visible-minority-youth]", "true").header("Accept-Language", "fr-CA"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again).as("shown again as the mentee's form, with her answer kept")
			.contains("Postuler à " + pluriel.name(), "Votre consentement est nécessaire")
			.containsPattern("id=\"attestation-newcomer-or-visible-minority-youth-yes\" value=\"true\" checked");
	}

	@Test
	void aKnownAddressOnlyAddsTheApplicationAndChangesNoProfile() throws Exception {
		var email = email();
		mvc.perform(application(soiit, Audience.MENTOR, email)).andExpect(redirectedUrl("/apply/thanks"));
		var before = person(email);

		mvc.perform(application(pluriel, Audience.MENTOR, email, "lastName", "Usurpateur",
				"phone", "514 555-0199")).andExpect(redirectedUrl("/apply/thanks"));
		mvc.perform(application(pluriel, Audience.MENTOR, email)).andExpect(redirectedUrl("/apply/thanks"));

		var after = person(email);
		assertThat(after.id()).isEqualTo(before.id());
		assertThat(after.details().lastName()).isEqualTo("Haddad");
		assertThat(after.details().phone()).isNull();
		assertThat(after.participations()).extracting(view -> view.participation().programId())
			.containsExactlyInAnyOrder(soiit.id().value(), pluriel.id().value());
		assertThat(jdbc.sql("select count(*) from participant where email = ?").param(email).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void aFormWithoutConsentOrWithMistakesIsShownAgainInTheApplicantsLanguageAndNothingIsKept() throws Exception {
		var email = email();
		var page = mvc.perform(application(pluriel, Audience.MENTOR, email, "consent", "false", "postalCode", "99999")
			.header("Accept-Language", "fr-CA"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Votre consentement est nécessaire", "Ubisoft", "Transmettre ce que j", "Entrez un code postal canadien")
			.contains("id=\"error-summary\"");
		var form = org.jsoup.Jsoup.parse(page);
		assertThat(form.select("#consent1[aria-invalid=true][aria-describedby=consent-error][required]")).hasSize(1);
		assertThat(form.select("#consent-error").text()).contains("Votre consentement est nécessaire");
		assertThat(form.select("#postalCode[autocomplete=postal-code][aria-describedby=postalCode-help postalCode-error]"))
			.hasSize(1);
		assertThat(form.select("#firstName[autocomplete=given-name], #lastName[autocomplete=family-name], "
				+ "#email[autocomplete=email], #phone[autocomplete=tel]")).hasSize(4);
		assertThat(person(email)).isNull();

		var mistyped = mvc.perform(application(pluriel, Audience.MENTOR, email, "capacity", "deux")
			.header("Accept-Language", "fr-CA"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(mistyped).contains("id=\"capacity-error\"", "Ubisoft");
		assertThat(person(email)).isNull();
	}

	@Test
	void aRobotFillingTheHiddenFieldIsThankedButNothingIsKept() throws Exception {
		var email = email();
		mvc.perform(application(pluriel, Audience.MENTOR, email, "website", "http://spam.example"))
			.andExpect(redirectedUrl("/apply/thanks"));
		assertThat(person(email)).isNull();
	}

	@Test
	void tooManyApplicationsFromOneAddressAreRefusedWithAMessage() throws Exception {
		for (int i = 0; i < 5; i++) {
			mvc.perform(application(pluriel, Audience.MENTOR, email())).andExpect(redirectedUrl("/apply/thanks"));
		}
		var email = email();
		var page = mvc.perform(application(pluriel, Audience.MENTOR, email).header("Accept-Language", "en"))
			.andExpect(status().isTooManyRequests())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Too many applications were sent from your connection");
		assertThat(person(email)).isNull();

		address = "10.9.9.9";
		mvc.perform(application(pluriel, Audience.MENTOR, email)).andExpect(redirectedUrl("/apply/thanks"));
		assertThat(person(email)).isNotNull();
	}

	@Test
	void theApiListsTheProgramsAndTakesApplicationsWithoutCredentials() throws Exception {
		mvc.perform(get("/api/applications/programs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.name == '%s')].menteesMayApply".formatted(pluriel.name())).value(true))
			.andExpect(jsonPath("$[?(@.name == '%s')]".formatted(internal.name())).isEmpty());

		var email = email();
		mvc.perform(from(post("/api/applications/{id}", pluriel.id().value())).contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "fr")
			.content("""
					{"role": "MENTEE", "firstName": "Yusuf", "lastName": "Demir", "email": "%s",
					 "occupationCode": "21300", "recruitmentSource": "EVENT_KIOSK", "consent": true}""".formatted(email)))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.message").value("Merci : " + pluriel.name() + " a bien reçu votre candidature."));
		assertThat(person(email).details().recruitmentSource()).isEqualTo(RecruitmentSource.EVENT_KIOSK);

		mvc.perform(from(post("/api/applications/{id}", pluriel.id().value())).contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content("""
					{"role": "MENTOR", "firstName": "", "lastName": "Demir", "email": "not-an-address"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'consent')].message").value("Your consent is needed to send the application."))
			.andExpect(jsonPath("$.errors[?(@.field == 'email')]").isNotEmpty())
			.andExpect(jsonPath("$.errors[?(@.field == 'firstName')]").isNotEmpty());

		mvc.perform(from(post("/api/applications/{id}", soiit.id().value())).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"role": "MENTEE", "firstName": "Yusuf", "lastName": "Demir", "email": "%s", "consent": true}"""
				.formatted(email())))
			.andExpect(status().isNotFound());
	}
}
