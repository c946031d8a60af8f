package org.passerelle.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.MovableClock;
import org.passerelle.activity.Activities;
import org.passerelle.activity.ActivityDetails;
import org.passerelle.activity.ActivityKind;
import org.passerelle.core.Language;
import org.passerelle.core.Period;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.identity.UserView;
import org.passerelle.matching.Decision;
import org.passerelle.matching.MatchingFixtures;
import org.passerelle.matching.Proposals;
import org.passerelle.mentorship.ClosureReason;
import org.passerelle.mentorship.DifficultyKind;
import org.passerelle.mentorship.EmploymentStatus;
import org.passerelle.mentorship.FollowUp;
import org.passerelle.mentorship.MeetingDetails;
import org.passerelle.mentorship.MeetingMode;
import org.passerelle.mentorship.Meetings;
import org.passerelle.mentorship.MentorshipManagement;
import org.passerelle.mentorship.Pair;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.participant.ParticipationStatus;
import org.passerelle.participant.ScreeningOutcome;
import org.passerelle.program.Audience;
import org.passerelle.program.IntakeRequirement;
import org.passerelle.program.IntakeStep;
import org.passerelle.program.MeetingCadence;
import org.passerelle.program.ProgramDetails;
import org.passerelle.program.ProgramFormat;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.passerelle.program.ProgramType;
import org.passerelle.program.ProgramView;
import org.passerelle.referral.ReferralManagement;
import org.passerelle.reporting.ResultsReporting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * Each role's home lists what it has to do next (R-ACC-4), with the right counts and pages, on the
 * page and over the API, and nothing of programs the reader does not coordinate.
 */
@IntegrationTest
class HomeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	ProgramManagement programs;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	ReferralManagement referrals;

	@Autowired
	Proposals proposals;

	@Autowired
	org.passerelle.matching.MentoringAgreements agreements;

	@Autowired
	MentorshipManagement mentorships;

	@Autowired
	Meetings meetings;

	@Autowired
	FollowUp followUp;

	@Autowired
	Activities activities;

	@Autowired
	ResultsReporting reporting;

	@Autowired
	MovableClock clock;

	LocalDate today() {
		return LocalDate.now(clock);
	}

	MatchingFixtures program(Fixtures fixtures) {
		return MatchingFixtures.create(fixtures, programs, participants, MatchingFixtures.weights(100, 0, 0, 0),
				ProgramRules.builder().durationWeeks(26).meetingCadence(MeetingCadence.WEEKLY).checkInEveryWeeks(2).build(),
				Set.of(Language.FR, Language.EN));
	}

	@Test
	void aCoordinatorsHomeCountsWhatWaitsInEachOfTheirProgramsAndLinksToWhereItIsDone() throws Exception {
		var fixtures = new Fixtures(organisations, users);
		var f = program(fixtures);
		var coordinator = f.coordinator();
		var pair = Pair.agreed(f, proposals, agreements, mentorships, today());
		// a referral submitted, waiting for the coordinator's decision
		var agency = actor(fixtures.user(Role.REFERRAL_PARTNER, fixtures.organisation(OrganisationType.REFERRAL_AGENCY)));
		var referral = referrals.refer(agency, f.program().id(),
				MatchingFixtures.details("Rania", null, "21231", MatchingFixtures.english(), null, null, null), "Ready", true,
				Locale.CANADA);
		referrals.submit(agency, referral.id(), Locale.CANADA);
		// a mentee waiting; a proposal nobody answered, which takes the second mentor's only place
		f.mentee("Lina", "21231", MatchingFixtures.both(), null, null);
		var proposedMentee = f.mentee("Omar", "21231", MatchingFixtures.both(), null, null);
		var proposedMentor = f.mentor("Paul", "21231", MatchingFixtures.both(), null, null, 1);
		proposals.propose(coordinator, f.program().id(), proposedMentee, proposedMentor, Locale.CANADA);
		// a difficulty raised, an event that takes place and whose attendance nobody takes
		followUp.raiseDifficulty(pair.asMentee(), pair.mentorship(), DifficultyKind.AVAILABILITY, "Hard to meet.");
		var event = activities.schedule(coordinator, f.program().id(), new ActivityDetails(ActivityKind.WORKSHOP,
				"Atelier " + Fixtures.unique(""), null, today().plusDays(1).atTime(LocalTime.of(10, 0)), 60, null, null,
				false, null));
		// a second program with intake steps, where two people are blocked
		var second = intakeProgram(fixtures, f);
		enrol(second, coordinator, "Ana");
		var interviewed = enrol(second, coordinator, "Ben");
		participants.recordScreening(coordinator, interviewed, IntakeStep.INTERVIEW, today(), ScreeningOutcome.PASSED,
				null, second.id());
		// five weeks without a meeting nor a check-in: the pair is overdue, and both check-ins are due
		clock.advance(Duration.ofDays(35));

		var items = api(coordinator.email(), "en");
		var first = ofProgram(items, f.program().id());
		assertThat(first).containsEntry("REFERRALS_TO_DECIDE", 1)
			.containsEntry("MENTEES_WAITING", 1)
			.containsEntry("PROPOSALS_UNANSWERED", 1)
			.containsEntry("MENTORSHIPS_OVERDUE", 1)
			.containsEntry("CHECK_INS_DUE", 2)
			.containsEntry("DIFFICULTIES_OPEN", 1)
			.containsEntry("ATTENDANCE_TO_TAKE", 1)
			.doesNotContainKeys("INTAKE_BLOCKED", "AGREEMENTS_TO_SIGN", "INTRODUCTIONS_TO_RECORD", "MENTORSHIPS_BEHIND");
		assertThat(ofProgram(items, second.id())).containsExactly(Map.entry("INTAKE_BLOCKED", 2));
		assertThat(JsonPath.<List<String>>read(items, "$[?(@.kind == 'MENTEES_WAITING')].details[0].label"))
			.containsExactly("1 mentor place free");
		assertThat(JsonPath.<List<String>>read(items, "$[?(@.kind == 'INTAKE_BLOCKED')].details[*].label"))
			.containsExactly("Individual interview: missing for 1 person", "Reference check: missing for 2 people");
		assertThat(JsonPath.<List<String>>read(items, "$[?(@.kind == 'ATTENDANCE_TO_TAKE')].link"))
			.containsExactly("/activities/" + event.id().value());

		var page = page(coordinator.email(), "en");
		assertThat(page.select("h3").eachText()).containsExactlyInAnyOrder(f.program().name(), second.name());
		var links = links(page);
		assertThat(links).containsEntry("1 referral to decide (" + f.program().name() + ")", "/referrals")
			.containsEntry("2 people blocked at intake (" + second.name() + ")", "/programs/" + second.id().value() + "/intake")
			.containsEntry("1 mentee ready to be matched (" + f.program().name() + ")",
					"/programs/" + f.program().id().value() + "/matching")
			.containsEntry("1 proposal not answered yet (" + f.program().name() + ")",
					"/programs/" + f.program().id().value() + "/matching#proposals-title")
			.containsEntry("1 mentorship overdue (" + f.program().name() + ")", "/mentorships")
			.containsEntry("2 check-ins due (" + f.program().name() + ")", "/mentorships#due-check-ins")
			.containsEntry("1 difficulty to handle (" + f.program().name() + ")", "/mentorships#open-difficulties")
			.containsEntry("1 event held without attendance taken (" + f.program().name() + ")",
					"/activities/" + event.id().value());
		assertThat(page(coordinator.email(), "fr").select(".next-steps-list a").eachText())
			.contains("1 référence à décider (" + f.program().name() + ")");
		// an administrator sees every program's items
		var admin = fixtures.user(Role.ADMIN, f.lead());
		assertThat(ofProgram(api(admin.email(), "en"), second.id())).containsExactly(Map.entry("INTAKE_BLOCKED", 2));
	}

	@Test
	void aCoordinatorSeesNothingOfAnotherCoordinatorsPrograms() throws Exception {
		var fixtures = new Fixtures(organisations, users);
		var busy = program(fixtures);
		busy.mentee("Lina", "21231", MatchingFixtures.both(), null, null);
		var idle = program(fixtures);

		assertThat(JsonPath.<List<Object>>read(api(idle.coordinator().email(), "en"), "$")).isEmpty();
		var page = page(idle.coordinator().email(), "en");
		assertThat(page.select(".next-steps-none").text()).isEqualTo("Nothing to do right now.");
		assertThat(page.text()).doesNotContain(busy.program().name()).doesNotContain("ready to be matched");
		assertThat(ofProgram(api(busy.coordinator().email(), "en"), busy.program().id()))
			.containsExactly(Map.entry("MENTEES_WAITING", 1));
	}

	@Test
	void aMenteeAndAMentorAreToldInTheirLanguageWhatTheyHaveToDoAndAreNotOfferedOrganisationsOrUsers()
			throws Exception {
		var fixtures = new Fixtures(organisations, users);
		var f = program(fixtures);
		var pair = Pair.agreed(f, proposals, agreements, mentorships, today());
		meetings.log(pair.asMentor(), pair.mentorship(),
				new MeetingDetails(today(), 60, MeetingMode.VIDEO, Set.of(), null, null));
		var event = activities.schedule(f.coordinator(), f.program().id(), new ActivityDetails(ActivityKind.NETWORKING,
				"Soirée " + Fixtures.unique(""), null, today().plusDays(3).atTime(LocalTime.of(18, 0)), 120, null, null,
				false, null));
		activities.invite(f.coordinator(), event.id(), event.version(), Set.of(Audience.MENTEE), List.of());

		var items = api(pair.asMentee().email(), "en");
		var mentee = kinds(items);
		assertThat(mentee).containsEntry("MEETING_TO_CONFIRM", 1)
			.containsEntry("EVENT_INVITATIONS", 1)
			.containsKey("NEXT_MEETING")
			.doesNotContainKeys("PROPOSAL_TO_ANSWER", "AGREEMENT_TO_SIGN", "EXIT_INTERVIEW_TO_FILL");
		assertThat(JsonPath.<List<String>>read(items, "$[?(@.kind == 'NEXT_MEETING')].link"))
			.containsExactly("/mentorships/" + pair.mentorship().value());
		assertThat(JsonPath.<List<String>>read(items, "$[?(@.kind == 'MEETING_TO_CONFIRM')].link"))
			.containsExactly("/mentorships/" + pair.mentorship().value());
		assertThat(JsonPath.<List<String>>read(items, "$[?(@.kind == 'EVENT_INVITATIONS')].link"))
			.containsExactly("/activities/" + event.id().value());
		// the mentor logged the meeting: they have nothing to confirm
		assertThat(kinds(api(pair.asMentor().email(), "fr"))).doesNotContainKey("MEETING_TO_CONFIRM");

		var page = page(pair.asMentee().email(), "en");
		assertThat(links(page)).containsEntry("1 meeting to check and confirm", "/mentorships/" + pair.mentorship().value())
			.containsEntry("1 event invitation. Say if you will come.", "/activities/" + event.id().value());
		assertThat(page.select("a").eachText()).doesNotContain("Organisations", "Users", "User accounts");
		assertThat(page.select("a[href=/organisations], a[href=/users]")).isEmpty();
		var mentorPage = page(pair.asMentor().email(), "fr");
		assertThat(mentorPage.select(".next-steps-list a").eachText()).anyMatch(text -> text.startsWith("Prochaine rencontre avec Awa"));
		assertThat(mentorPage.select("a[href=/organisations], a[href=/users]")).isEmpty();

		// a second mentee is proposed to the mentor, who has one place left: both are asked to answer
		var second = f.mentee("Zoé", "21231", MatchingFixtures.both(), null, null);
		var secondUser = f.fixtures().user(Role.MENTEE, f.lead());
		participants.linkAccount(Actor.system(), second, secondUser.id());
		var match = proposals.propose(f.coordinator(), f.program().id(), second, pair.mentor(), Locale.CANADA);
		assertThat(JsonPath.<List<String>>read(api(secondUser.email(), "en"), "$[?(@.kind == 'PROPOSAL_TO_ANSWER')].link"))
			.containsExactly("/matches/" + match.id().value());
		assertThat(kinds(api(pair.asMentor().email(), "en"))).containsEntry("PROPOSAL_TO_ANSWER", 1);
		var accepted = proposals.answer(actor(secondUser), match.id(), match.version(), null, Decision.ACCEPTED, null,
				Locale.CANADA);
		assertThat(kinds(api(secondUser.email(), "en"))).doesNotContainKey("PROPOSAL_TO_ANSWER");
		accepted = proposals.answer(pair.asMentor(), match.id(), accepted.version(), null, Decision.ACCEPTED, null,
				Locale.CANADA);
		proposals.recordIntroduction(f.coordinator(), match.id(), accepted.version(), today(), Locale.CANADA);
		assertThat(kinds(api(secondUser.email(), "en"))).containsEntry("AGREEMENT_TO_SIGN", 1);

		// closed: each of the pair has their exit interview to fill in
		var version = mentorships.find(f.coordinator(), pair.mentorship()).version();
		mentorships.close(f.coordinator(), pair.mentorship(), version, ClosureReason.COMPLETED, EmploymentStatus.SEEKING,
				false, today(), null);
		assertThat(JsonPath.<List<String>>read(api(pair.asMentee().email(), "en"),
				"$[?(@.kind == 'EXIT_INTERVIEW_TO_FILL')].link"))
			.containsExactly("/mentorships/" + pair.mentorship().value() + "/exit-interview");
		assertThat(kinds(api(pair.asMentee().email(), "en"))).doesNotContainKey("NEXT_MEETING");
	}

	@Test
	void aReferralPartnerSeesTheirDraftsWithWhatEachLacksTheirReturnedReferralsAndTheMonthsDecisions()
			throws Exception {
		var fixtures = new Fixtures(organisations, users);
		var f = program(fixtures);
		var agencyUser = fixtures.user(Role.REFERRAL_PARTNER, fixtures.organisation(OrganisationType.REFERRAL_AGENCY));
		var agency = actor(agencyUser);
		var draft = referrals.refer(agency, f.program().id(),
				MatchingFixtures.details("Nadia", null, "21231", MatchingFixtures.english(), null, null, null), "Ready",
				false, Locale.CANADA);
		var toReturn = referrals.refer(agency, f.program().id(),
				MatchingFixtures.details("Karim", null, "21231", MatchingFixtures.english(), null, null, null), "Ready",
				true, Locale.CANADA);
		var submitted = referrals.submit(agency, toReturn.id(), Locale.CANADA);
		referrals.returnToAgency(f.coordinator(), toReturn.id(), submitted.version(), List.of(), "Add a CV",
				Locale.CANADA);
		var toAdmit = referrals.refer(agency, f.program().id(),
				MatchingFixtures.details("Leila", null, "21231", MatchingFixtures.english(), null, null, null), "Ready",
				true, Locale.CANADA);
		var admitted = referrals.submit(agency, toAdmit.id(), Locale.CANADA);
		referrals.admit(f.coordinator(), toAdmit.id(), admitted.version(), null, Locale.CANADA);

		var items = api(agencyUser.email(), "en");
		assertThat(kinds(items)).containsExactly(Map.entry("REFERRAL_DRAFTS", 1), Map.entry("REFERRALS_RETURNED", 1),
				Map.entry("DECISIONS_THIS_MONTH", 1));
		assertThat(JsonPath.<List<String>>read(items, "$[?(@.kind == 'REFERRAL_DRAFTS')].details[0].label").getFirst())
			.startsWith(draft.personName() + " (" + f.program().name() + ") lacks: ")
			.contains("consent");
		assertThat(JsonPath.<List<String>>read(items, "$[?(@.kind == 'REFERRAL_DRAFTS')].link"))
			.containsExactly("/referrals/" + draft.id().value());
		assertThat(JsonPath.<List<String>>read(items, "$[?(@.kind == 'REFERRALS_RETURNED')].link"))
			.containsExactly("/referrals/" + toReturn.id().value());
		assertThat(JsonPath.<List<String>>read(items, "$[?(@.kind == 'DECISIONS_THIS_MONTH')].details[*].label"))
			.containsExactly("1 client admitted", "No client not selected");
		assertThat(links(page(agencyUser.email(), "fr"))).containsEntry(
				"1 référence retournée à corriger et à soumettre de nouveau", "/referrals/" + toReturn.id().value());
	}

	@Test
	void aFunderReadsTheResultsOfTheYearWithSmallCountsWithheldAsTheResultsReportWithholdsThem() throws Exception {
		var fixtures = new Fixtures(organisations, users);
		var funder = fixtures.user(Role.FUNDER, fixtures.organisation(OrganisationType.FUNDER));
		var items = api(funder.email(), "en");
		var total = reporting.results(actor(funder), List.of(), Period.yearToDate(today())).total();
		assertThat(JsonPath.<List<String>>read(items, "$[*].kind")).containsExactly("RESULTS_MENTEES", "RESULTS_MENTORS",
				"RESULTS_MATCHES", "RESULTS_EMPLOYED");
		assertThat(JsonPath.<List<String>>read(items, "$[*].link")).containsOnly("/reports/results");
		assertThat(JsonPath.<List<Object>>read(items, "$[*].count")).containsExactly(number(total.menteesRegistered()),
				number(total.mentorsRegistered()), number(total.matches()), number(total.menteesEmployed()));
		String mentees = JsonPath.read(items, "$[0].label");
		assertThat(mentees).isEqualTo(total.menteesRegistered() == null ? "Fewer than 5 mentees registered"
				: java.text.NumberFormat.getIntegerInstance(Locale.CANADA).format(total.menteesRegistered()) + " mentees registered");
		var page = page(funder.email(), "en");
		assertThat(page.select("#next-title").text()).isEqualTo("Results of this year so far");
	}

	@Test
	void homeAndItsApiNeedASignedInPerson() throws Exception {
		mvc.perform(get("/api/home")).andExpect(status().isUnauthorized());
		mvc.perform(get("/")).andExpect(status().is3xxRedirection());
	}

	// Helpers

	ProgramView intakeProgram(Fixtures fixtures, MatchingFixtures f) {
		var program = programs.create(Actor.system(),
				new ProgramDetails(Fixtures.unique("Intake"), null, f.lead(), ProgramType.OPEN, ProgramFormat.ONE_TO_ONE,
						ProgramRules.basic(), Set.of(Language.FR), MatchingFixtures.weights(100, 0, 0, 0),
						Set.of(new IntakeRequirement(Audience.MENTEE, IntakeStep.INTERVIEW),
								new IntakeRequirement(Audience.MENTEE, IntakeStep.REFERENCE_CHECK))));
		programs.assignCoordinators(Actor.system(), program.id(), Set.of(f.coordinator().userId()));
		return program;
	}

	org.passerelle.participant.ParticipantId enrol(ProgramView program, Actor coordinator, String name) {
		return participants.register(coordinator,
				MatchingFixtures.details(name, null, "21231", MatchingFixtures.french(), null, null, null),
				new ParticipantManagement.Enrolment(program.id(), Audience.MENTEE, ParticipationStatus.ENROLLED), true)
			.id();
	}

	static Actor actor(UserView user) {
		return new Actor(user.id(), user.email(), user.role(), user.organisationId());
	}

	static Object number(Long count) {
		return count == null ? null : count.intValue();
	}

	String api(String email, String language) throws Exception {
		var response = mvc.perform(get("/api/home").with(httpBasic(email, Fixtures.PASSWORD))
			.header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		response.setCharacterEncoding("UTF-8");
		return response.getContentAsString();
	}

	Document page(String email, String language) throws Exception {
		MockHttpSession session = Fixtures.signIn(mvc, email);
		var response = mvc.perform(get("/").session(session).cookie(new Cookie("passerelle-lang", language + "-CA")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		response.setCharacterEncoding("UTF-8");
		return Jsoup.parse(response.getContentAsString());
	}

	/** The to-do links of a page, by their text. */
	static Map<String, String> links(Document page) {
		return page.select(".next-steps-list > li > a")
			.stream()
			.collect(Collectors.toMap(a -> a.text(), a -> a.attr("href"), (a, b) -> a, java.util.LinkedHashMap::new));
	}

	/** The items' counts by kind. */
	static Map<String, Integer> kinds(String items) {
		var found = new java.util.LinkedHashMap<String, Integer>();
		List<Map<String, Object>> all = JsonPath.read(items, "$");
		all.forEach(item -> found.put((String) item.get("kind"), (Integer) item.get("count")));
		return found;
	}

	/** The items of one program: their counts by kind. */
	static Map<String, Integer> ofProgram(String items, org.passerelle.program.ProgramId program) {
		var found = new java.util.LinkedHashMap<String, Integer>();
		List<Map<String, Object>> all = JsonPath.read(items, "$");
		all.stream()
			.filter(item -> item.get("program") instanceof Map<?, ?> p && program.value().toString().equals(idOf(p)))
			.forEach(item -> found.put((String) item.get("kind"), (Integer) item.get("count")));
		return found;
	}

	private static String idOf(Map<?, ?> program) {
		var id = program.get("id");
		return id instanceof Map<?, ?> value ? String.valueOf(value.get("value")) : String.valueOf(id);
	}

}
