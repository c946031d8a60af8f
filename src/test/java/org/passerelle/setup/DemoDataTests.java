package org.passerelle.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.Fixtures;
import org.passerelle.core.Period;
import org.passerelle.identity.Actor;
import org.passerelle.identity.DemoAccounts;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.mentorship.Certificates;
import org.passerelle.mentorship.FollowUp;
import org.passerelle.mentorship.MentorshipManagement;
import org.passerelle.mentorship.MentorshipSummary;
import org.passerelle.mentorship.Standing;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationSummary;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.participant.ParticipantSearch;
import org.passerelle.participant.ParticipantSummary;
import org.passerelle.program.Audience;
import org.passerelle.program.EligibilityQuestions.Fact;
import org.passerelle.program.EligibilityStatus;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramSummary;
import org.passerelle.program.ProgramTemplate;
import org.passerelle.referral.ReferralId;
import org.passerelle.referral.ReferralManagement;
import org.passerelle.referral.ReferralStatus;
import org.passerelle.reporting.ProgramResults;
import org.passerelle.reporting.ResultsReporting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.context.TestPropertySource;

import java.time.Clock;

/**
 * The demonstration gives every account its journey: the agency refers to each program, the
 * coordinator follows mentorships at every stage, the demo mentor and mentee have a proposal and a
 * meeting to answer, the funder reads results and the employer its mentors.
 */
@IntegrationTest
@ActiveProfiles({ "test", "demo" })
@TestPropertySource(properties = { "passerelle.test.installation=new", "passerelle.embedded-database.durable=true" })
class DemoDataTests {

	static final Cookie FRENCH = new Cookie("passerelle-lang", "fr-CA");

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	DemoAccounts demo;

	@Autowired
	DemoData demoData;

	@Autowired
	ProgramManagement programs;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	ParticipantDirectory directory;

	@Autowired
	ReferralManagement referrals;

	@Autowired
	MentorshipManagement mentorships;

	@Autowired
	Certificates certificates;

	@Autowired
	FollowUp followUp;

	@Autowired
	ResultsReporting reporting;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	@Test
	void loadsTheSeedsOrganisationsAndOneAccountPerRole() {
		// the first start's tests share this installation and add organisations of their own
		var seeds = List.of("CJEO", "OCISO", "La Relance Outaouais", "SITO", "LASI Compétences mondiales",
				"Ville de Gatineau", "Emploi-Québec");
		var demo = organisations.list(Actor.system()).stream().filter(organisation -> seeds.contains(organisation.name()))
			.toList();
		assertThat(demo).extracting(OrganisationSummary::name).containsExactlyInAnyOrderElementsOf(seeds);
		assertThat(demo).filteredOn(organisation -> organisation.type() == OrganisationType.REFERRAL_AGENCY).hasSize(3);
		assertThat(demo).allMatch(organisation -> organisation.sites() == 1);
		assertThat(users.list(Actor.system()).stream().map(user -> user.role()).distinct())
			.containsExactlyInAnyOrder(Role.values());
	}

	@Test
	void loadsProgramsOfTheSeedsWithMenteesAndMentors() {
		assertThat(programs.list(Actor.system())).extracting(program -> program.template())
			.contains(ProgramTemplate.QUEBEC_PLURIEL, ProgramTemplate.OCISO_CAREER_MENTORING,
					ProgramTemplate.CSCPQ_PLACEMENT);
		var everyone = directory.search(Actor.system(), ParticipantSearch.all(), 0, 50);
		assertThat(everyone.total()).isGreaterThanOrEqualTo(5);
		var own = directory.search(actor(Role.MENTEE), ParticipantSearch.all(), 0, 5);
		assertThat(own.items()).singleElement().satisfies(person -> assertThat(person.firstName()).isEqualTo("Amina"));
	}

	@Test
	void theAgencyRefersAClientToEachProgramThroughTheFormAnsweringWhatItAsksAndSubmitsIt() throws Exception {
		var agency = account(Role.REFERRAL_PARTNER);
		var session = Fixtures.signIn(mvc, agency.email(), agency.password());
		var offered = programs.list(actor(Role.REFERRAL_PARTNER));
		assertThat(offered).extracting(ProgramSummary::name)
			.contains(DemoPeople.QUEBEC_PLURIEL, DemoPeople.BUSINESS, DemoPeople.PLACEMENT);
		for (var program : offered) {
			var questions = programs.questions(program.id(), Audience.MENTEE, Locale.CANADA_FRENCH);
			var answers = answers(questions);
			answers.put("programId", program.id().toString());

			// the form asks, for the program chosen, a field for each fact, statement and workshop
			var form = mvc.perform(with(post("/referrals"), answers).param("continue", "true")
				.session(session).with(csrf()).cookie(FRENCH))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			for (var name : fieldNames(questions)) {
				assertThat(form).as("%s asks %s", program.name(), name).contains("name=\"" + name + "\"");
			}

			var referred = mvc.perform(with(post("/referrals"), answers).session(session).with(csrf()).cookie(FRENCH))
				.andExpect(status().is3xxRedirection())
				.andReturn().getResponse().getRedirectedUrl();
			assertThat(referred).as("%s takes the referral", program.name()).matches("/referrals/[0-9a-f-]{36}");
			var id = new ReferralId(UUID.fromString(referred.substring("/referrals/".length())));
			mvc.perform(post(referred + "/submit").session(session).with(csrf()).cookie(FRENCH))
				.andExpect(flash().attribute("saved", "referral.submitted"));

			var submitted = referrals.find(actor(Role.REFERRAL_PARTNER), id, Locale.CANADA_FRENCH);
			assertThat(submitted.status()).as(program.name()).isEqualTo(ReferralStatus.SUBMITTED);
			assertThat(submitted.eligibility().status()).as(program.name()).isNotEqualTo(EligibilityStatus.INCOMPLETE);
		}
	}

	@Test
	void theCoordinatorFollowsMentorshipsOnTrackBehindPausedAndOneReadyForItsCertificate() {
		var coordinator = actor(Role.COORDINATOR);
		var today = LocalDate.now(clock);
		var byMentee = new HashMap<String, MentorshipSummary>();
		mentorships.dashboard(coordinator).forEach(mentorship -> byMentee.put(mentorship.menteeName(), mentorship));

		assertThat(byMentee.get("Lin Wei")).satisfies(mentorship -> {
			assertThat(mentorship.mentorName()).isEqualTo("Marc Lavoie");
			assertThat(mentorship.cadence().standing()).isEqualTo(Standing.ON_TRACK);
			assertThat(mentorship.startedOn()).isEqualTo(today.minusWeeks(8));
		});
		assertThat(byMentee.get("José Ramírez")).satisfies(mentorship -> {
			assertThat(mentorship.cadence().standing()).isEqualTo(Standing.BEHIND);
			assertThat(mentorship.cadence().why()).contains("cadence.why.quiet");
			assertThat(mentorship.startedOn()).isBefore(today.minusWeeks(10));
		});
		assertThat(byMentee.get("Kwame Mensah").cadence().standing()).isEqualTo(Standing.PAUSED);

		var placement = byMentee.get("Fatima Zahra");
		assertThat(placement.programName()).isEqualTo(DemoPeople.PLACEMENT);
		assertThat(placement.cadence().standing()).isEqualTo(Standing.ON_TRACK);
		var certificate = certificates.status(coordinator, placement.id());
		assertThat(certificate.completion().holds()).as("the CSCPQ completion rule holds: %s",
				certificate.completion().missing()).isTrue();
		assertThat(certificate.completion().hoursDone()).isGreaterThanOrEqualTo(144);
		assertThat(certificate.mayIssue()).isTrue();

		// the coordinator checks in every four weeks: only the pair that fell behind was missed
		assertThat(followUp.checkInsDue(coordinator)).filteredOn(FollowUp.DueCheckIn::overdue)
			.isNotEmpty()
			.allSatisfy(due -> assertThat(due.menteeName()).isEqualTo("José Ramírez"));
	}

	@Test
	void theFunderReadsResultsOfTheCurrentYearAndTheEmployerItsMentors() {
		var report = reporting.results(actor(Role.FUNDER), List.of(), Period.yearToDate(LocalDate.now(clock)));
		assertThat(report.smallCountsSuppressed()).isTrue();
		assertThat(shown(report.total())).as("counts shown to the funder").anyMatch(count -> count >= 5);

		var employer = directory.search(actor(Role.EMPLOYER), ParticipantSearch.all(), 0, 20);
		assertThat(employer.items()).extracting(person -> person.firstName() + " " + person.lastName())
			.containsExactlyInAnyOrder("Marc Lavoie", "Julie Morin");
		assertThat(employer.items()).allSatisfy(person -> assertThat(person.roles()).contains("MENTOR"));
	}

	@Test
	void everyDemoAccountSignsInThroughTheFormAndLoadsItsHomeAndItsJourney() throws Exception {
		// each role's journey: its pages, and whom each shows (null: nobody in particular)
		var journeys = Map.of(Role.ADMIN, List.of(page("/users", "Isabelle Tremblay"), page("/programs", "Québec pluriel")),
				Role.COORDINATOR, List.of(page("/mentorships", "José Ramírez"), page("/referrals", "Hamid Rahimi")),
				Role.REFERRAL_PARTNER, List.of(page("/referrals", "Grace Mbeki"), page("/referrals/new", null)),
				Role.MENTOR, List.of(page("/mentorships", "Lin Wei"), page("/my/matches", "Amina Diallo")),
				Role.MENTEE, List.of(page("/my/matches", "Marc Lavoie")),
				Role.EMPLOYER, List.of(page("/participants", "Morin, Julie")),
				Role.FUNDER, List.of(page("/reports/results", DemoPeople.QUEBEC_PLURIEL)),
				Role.PRIVACY_OFFICER, List.of(page("/privacy/incidents", null), page("/privacy/audit", null)));
		var errors = List.of("error.404.title", "error.403.title", "error.5xx.title", "error.other.title")
			.stream()
			.flatMap(code -> List.of(messages.getMessage(code, null, Locale.CANADA_FRENCH),
					messages.getMessage(code, null, Locale.CANADA)).stream())
			.toList();
		for (var account : demo.accounts()) {
			mvc.perform(get("/login"))
				.andExpect(content().string(containsString(account.email())))
				.andExpect(content().string(containsString(account.password())));
			var session = Fixtures.signIn(mvc, account.email(), account.password());
			var pages = new java.util.ArrayList<Page>(List.of(page("/", null)));
			pages.addAll(journeys.get(account.role()));
			for (var page : pages) {
				var html = mvc.perform(get(page.path()).session(session))
					.andExpect(status().isOk())
					.andReturn().getResponse().getContentAsString();
				assertThat(html).as("%s on %s", account.email(), page.path()).doesNotContain(errors);
				if (page.shows() != null) {
					assertThat(html).as("%s on %s", account.email(), page.path()).contains(page.shows());
				}
			}
		}
	}

	record Page(String path, String shows) {
	}

	static Page page(String path, String shows) {
		return new Page(path, shows);
	}

	@Test
	void loadingTwiceChangesNothing() throws Exception {
		var organisationCount = organisations.list(Actor.system()).size();
		var userCount = users.list(Actor.system()).size();
		var people = directory.search(Actor.system(), ParticipantSearch.all(), 0, 1).total();
		var pairs = mentorships.dashboard(actor(Role.COORDINATOR)).size();
		demoData.run(null);
		assertThat(organisations.list(Actor.system())).hasSize(organisationCount);
		assertThat(users.list(Actor.system())).hasSize(userCount);
		assertThat(directory.search(Actor.system(), ParticipantSearch.all(), 0, 1).total()).isEqualTo(people);
		assertThat(mentorships.dashboard(actor(Role.COORDINATOR))).hasSize(pairs);
	}

	/** What a caseworker enters for a client who meets what the program asks. */
	private static Map<String, String> answers(org.passerelle.program.EligibilityQuestions questions) {
		var answers = new HashMap<String, String>();
		answers.put("firstName", "Client");
		answers.put("lastName", Fixtures.unique("Démo"));
		answers.put("email", "client." + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
		answers.put("phone", "819 555-0101");
		answers.put("preferredLanguage", "FR");
		answers.put("birthDate", "1990-04-12");
		answers.put("arrivalDate", "2024-06-01");
		answers.put("immigrationStatus", "PERMANENT_RESIDENT");
		answers.put("foreignDiploma", "true");
		answers.put("frenchLevel", "8");
		answers.put("englishLevel", "7");
		answers.put("consentToShare", "true");
		if (questions.asks(Fact.PROVINCE)) {
			answers.put("province", "ON");
		}
		if (questions.asks(Fact.EXPERIENCE_ABROAD)) {
			answers.put("yearsExperienceAbroad", "6");
		}
		if (questions.asks(Fact.EXPERIENCE_CANADA)) {
			answers.put("yearsExperienceCanada", "3");
		}
		if (questions.asks(Fact.COMMITMENT_MONTHS)) {
			answers.put("commitmentMonths", "6");
		}
		questions.attestationKeys().forEach(key -> answers.put("attestations[" + key + "]", "true"));
		// ticking one workshop answers the question; the others, unticked, count as not attended
		questions.workshopKeys().stream().findFirst().ifPresent(key -> answers.put("workshopsAttended", key));
		return answers;
	}

	/** The names of the form's fields that answer the program's questions. */
	private static List<String> fieldNames(org.passerelle.program.EligibilityQuestions questions) {
		var names = new java.util.ArrayList<String>();
		if (questions.asks(Fact.PROVINCE)) {
			names.add("province");
		}
		if (questions.asks(Fact.EXPERIENCE_ABROAD)) {
			names.add("yearsExperienceAbroad");
		}
		if (questions.asks(Fact.EXPERIENCE_CANADA)) {
			names.add("yearsExperienceCanada");
		}
		if (questions.asks(Fact.COMMITMENT_MONTHS)) {
			names.add("commitmentMonths");
		}
		if (!questions.workshops().isEmpty()) {
			names.add("workshopsAttended");
		}
		questions.attestationKeys().forEach(key -> names.add("attestations[" + key + "]"));
		return names;
	}

	private static MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request, Map<String, String> answers) {
		answers.forEach(request::param);
		return request;
	}

	private static List<Long> shown(ProgramResults results) {
		return java.util.stream.Stream
			.of(results.mentorsRegistered(), results.menteesRegistered(), results.matches(), results.menteesEmployed())
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	private DemoAccounts.Account account(Role role) {
		return demo.accounts().stream().filter(account -> account.role() == role).findFirst().orElseThrow();
	}

	private Actor actor(Role role) {
		var user = users.list(Actor.system())
			.stream()
			.filter(candidate -> candidate.email().equals(account(role).email()))
			.findFirst()
			.orElseThrow();
		return new Actor(user.id(), user.email(), user.role(), user.organisationId());
	}
}
