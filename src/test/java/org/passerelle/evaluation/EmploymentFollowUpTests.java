package org.passerelle.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Eventually;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.MovableClock;
import org.passerelle.core.Language;
import org.passerelle.identity.Actor;
import org.passerelle.identity.UserManagement;
import org.passerelle.matching.MatchingFixtures;
import org.passerelle.matching.MentoringAgreements;
import org.passerelle.matching.Proposals;
import org.passerelle.mentorship.ClosureReason;
import org.passerelle.mentorship.EmploymentStatus;
import org.passerelle.mentorship.ExitInterviewAnswers;
import org.passerelle.mentorship.ExitInterviews;
import org.passerelle.mentorship.GoalsReached;
import org.passerelle.mentorship.MentorshipManagement;
import org.passerelle.mentorship.Pair;
import org.passerelle.notification.EmailOutbox;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.participant.ConsentPurpose;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.mail.internet.MimeMessage;

/**
 * Employment follow-ups after closure: planned at closure on the program's schedule, e-mailed when
 * due in the person's language with a link that answers once without signing in, reminded once,
 * never sent to someone who withdrew consent; recorded by phone; and the employment history fed by
 * the closure, the exit interview, the follow-ups and the coordinator.
 */
@IntegrationTest
class EmploymentFollowUpTests {

	private static final Pattern LINK = Pattern.compile("https?://\\S+/answers/follow-ups/(\\S+)");

	@Autowired
	EmploymentFollowUps followUps;

	@Autowired
	EmploymentHistory history;

	@Autowired
	EmploymentOutcomes outcomes;

	@Autowired
	ExitInterviews exitInterviews;

	@Autowired
	MentorshipManagement mentorships;

	@Autowired
	Proposals proposals;

	@Autowired
	MentoringAgreements agreements;

	@Autowired
	ProgramManagement programs;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	org.passerelle.participant.ParticipantDirectory directory;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	EmailOutbox outbox;

	@Autowired
	GreenMail smtp;

	@Autowired
	MovableClock clock;

	@Autowired
	MockMvc mvc;

	Pair pair;

	String menteeEmail;

	@BeforeEach
	void aClosedPair() {
		var f = MatchingFixtures.create(new Fixtures(organisations, users), programs, participants,
				MatchingFixtures.weights(100, 0, 0, 0), ProgramRules.builder().build(), Set.of(Language.FR, Language.EN));
		pair = Pair.agreed(f, proposals, agreements, mentorships, LocalDate.now(clock));
		menteeEmail = directory.find(Actor.system(), pair.mentee()).details().email();
		followUps.send(); // what other tests left due
	}

	private void close() {
		close(ClosureReason.EMPLOYED, EmploymentStatus.EMPLOYED_OTHER);
	}

	private void close(ClosureReason reason, EmploymentStatus employment) {
		var view = mentorships.find(pair.coordinator(), pair.mentorship());
		mentorships.close(pair.coordinator(), pair.mentorship(), view.version(), reason, employment, false,
				LocalDate.now(clock), null);
	}

	@Test
	void aMenteeWhoWithdrewIsFollowedUpButNotCountedAmongThoseWhoCompleted() {
		var program = pair.program().program().id();
		var today = LocalDate.now(clock);
		close(ClosureReason.WITHDRAWN, EmploymentStatus.SEEKING);

		assertThat(followUps.ofProgram(pair.coordinator(), program).followUps())
			.extracting(EmploymentFollowUpView::months).containsExactlyInAnyOrder(3, 6, 12);
		assertThat(outcomes.stages(program, today, today)).allSatisfy(stage -> {
			assertThat(stage.completed()).isZero();
			assertThat(stage.due()).isZero();
		});
	}

	@Test
	void followUpsArePlannedAtClosureAndTheThreeMonthOneIsEmailedInFrenchAndAnsweredOnceWithoutSigningIn()
			throws Exception {
		close();
		var planned = followUps.ofProgram(pair.coordinator(), pair.program().program().id());
		assertThat(planned.followUps()).extracting(EmploymentFollowUpView::months).containsExactlyInAnyOrder(3, 6, 12);
		assertThat(planned.followUps()).allSatisfy(f -> assertThat(f.status()).isEqualTo(FollowUpStatus.PLANNED));
		assertThat(history.of(pair.coordinator(), pair.mentee()).entries()).singleElement()
			.satisfies(e -> assertThat(e.source()).isEqualTo(EmploymentSource.CLOSURE));

		clock.advance(Duration.ofDays(60));
		followUps.send();
		assertThat(drained(menteeEmail)).as("nothing due before three months").isEmpty();
		clock.advance(Duration.ofDays(33));
		followUps.send();
		var mail = awaitMail(menteeEmail, 1).getLast();
		assertThat(mail.getSubject()).contains("où en êtes-vous avec l’emploi, 3 mois plus tard");
		var token = token(GreenMailUtil.getBody(mail));

		mvc.perform(get("/answers/follow-ups/" + token)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Awa")));
		mvc.perform(post("/answers/follow-ups/" + token).with(csrf()).param("status", "EMPLOYED_IN_FIELD")
			.param("employer", "").param("hoursPerWeek", "35")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("employeur")));
		mvc.perform(post("/answers/follow-ups/" + token).with(csrf()).param("status", "EMPLOYED_IN_FIELD")
			.param("employer", "Hydro-Québec").param("occupationCode", "21231").param("hoursPerWeek", "35")
			.param("throughMentorNetwork", "true")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Merci")));
		mvc.perform(post("/answers/follow-ups/" + token).with(csrf()).param("status", "SEEKING"))
			.andExpect(status().isGone())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Rien n’a été enregistré")));
		mvc.perform(post("/api/answers/follow-ups/" + token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"SEEKING\"}")).andExpect(status().isGone())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.reason").value("USED"));

		var entries = history.of(pair.coordinator(), pair.mentee()).entries();
		assertThat(entries).first().satisfies(e -> {
			assertThat(e.source()).isEqualTo(EmploymentSource.FOLLOW_UP);
			assertThat(e.channel()).isEqualTo(AnswerChannel.LINK);
			assertThat(e.employer()).isEqualTo("Hydro-Québec");
			assertThat(e.throughMentorNetwork()).isTrue();
		});
		var stages = outcomes.stages(pair.program().program().id(), LocalDate.now(clock).minusYears(1),
				LocalDate.now(clock));
		assertThat(stages.get(0)).isEqualTo(new OutcomeStage(null, 1, 1, 1, 0, 1, 0));
		assertThat(stages.get(1)).isEqualTo(new OutcomeStage(3, 1, 1, 1, 0, 1, 1));
		assertThat(stages.get(2)).isEqualTo(new OutcomeStage(6, 1, 0, 0, 0, 0, 0));
	}

	@Test
	void anExpiredLinkIsRefusedAndANewOneIsSentToTheAddressOnFileAfterOneReminder() throws Exception {
		close();
		clock.advance(Duration.ofDays(93));
		followUps.send();
		var first = token(GreenMailUtil.getBody(awaitMail(menteeEmail, 1).getLast()));
		clock.advance(Duration.ofDays(15));
		followUps.send();
		var reminder = awaitMail(menteeEmail, 2).getLast();
		assertThat(reminder.getSubject()).startsWith("[Passerelle] Rappel");
		clock.advance(Duration.ofDays(15));
		followUps.send();
		assertThat(awaitMail(menteeEmail, 2)).as("never a second reminder").hasSize(2);
		var second = token(GreenMailUtil.getBody(reminder));
		clock.advance(Duration.ofDays(20));
		mvc.perform(get("/answers/follow-ups/" + second)).andExpect(status().isGone())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("trop vieux")));
		mvc.perform(get("/answers/follow-ups/" + first)).andExpect(status().isNotFound());
		mvc.perform(post("/answers/follow-ups/" + second + "/new-link").with(csrf()))
			.andExpect(status().is3xxRedirection());
		var fresh = token(GreenMailUtil.getBody(awaitMail(menteeEmail, 3).getLast()));
		mvc.perform(get("/answers/follow-ups/" + fresh)).andExpect(status().isOk());
		mvc.perform(post("/api/answers/follow-ups/new-link").contentType(MediaType.APPLICATION_JSON)
			.content("{\"token\":\"not-a-real-token\"}")).andExpect(status().isAccepted());
	}

	@Test
	void aPersonWhoWithdrewConsentGetsNothingAndCountsAsNotReachableAndTheCoordinatorRecordsByPhone()
			throws Exception {
		participants.recordConsent(pair.coordinator(), pair.mentee(), ConsentPurpose.SURVEYS, false);
		close();
		clock.advance(Duration.ofDays(93));
		followUps.send();
		var list = followUps.ofProgram(pair.coordinator(), pair.program().program().id());
		assertThat(list.notReachable()).isEqualTo(1);
		var threeMonths = list.followUps().stream().filter(f -> f.months() == 3).findFirst().orElseThrow();
		assertThat(threeMonths.status()).isEqualTo(FollowUpStatus.NOT_REACHABLE);
		assertThat(drained(menteeEmail)).isEmpty();

		var coordinator = Fixtures.signIn(mvc, pair.coordinator().email());
		mvc.perform(post("/api/follow-ups/" + threeMonths.id() + "/answer").with(httpBasic(pair.coordinator().email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"SEEKING\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ANSWERED"))
			.andExpect(jsonPath("$.channel").value("PHONE"));
		assertThat(history.of(pair.coordinator(), pair.mentee()).entries()).first()
			.satisfies(e -> assertThat(e.channel()).isEqualTo(AnswerChannel.PHONE));
		mvc.perform(get("/programs/" + pair.program().program().id() + "/follow-ups").session(coordinator))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("100")));

		// another mentee, and the mentor, do not learn the follow-up exists
		mvc.perform(get("/api/follow-ups/" + threeMonths.id()).with(httpBasic(pair.asMentor().email(), Fixtures.PASSWORD))).andExpect(status().isNotFound());
		mvc.perform(get("/api/participants/" + pair.mentee() + "/employment-history").with(httpBasic(pair.asMentor().email(), Fixtures.PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theHistoryIsFedByClosureExitInterviewAndTheCoordinator() throws Exception {
		close();
		exitInterviews.fill(pair.asMentee(), pair.mentorship(), null, new ExitInterviewAnswers(5, GoalsReached.YES, "",
				"", true, EmploymentStatus.EMPLOYED_IN_FIELD, "Analyste", null));
		var coordinator = Fixtures.signIn(mvc, pair.coordinator().email());
		mvc.perform(post("/api/participants/" + pair.mentee() + "/employment-history").with(httpBasic(pair.coordinator().email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"EMPLOYED_IN_FIELD\",\"employer\":\"Desjardins\",\"occupationCode\":\"99999\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/participants/" + pair.mentee() + "/career-steps").with(httpBasic(pair.coordinator().email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"INTERVIEW\",\"happenedOn\":\"" + LocalDate.now(clock) + "\",\"description\":\"Desjardins\"}"))
			.andExpect(status().isOk());
		mvc.perform(post("/api/participants/" + pair.mentee() + "/academic-admissions").with(httpBasic(pair.coordinator().email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"programName\":\"DEC génie\",\"institution\":\"Polytechnique\",\"related\":true,\"admittedOn\":\""
					+ LocalDate.now(clock) + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.admissions[0].related").value(true));
		clock.advance(Duration.ofDays(1));
		mvc.perform(post("/participants/" + pair.mentee() + "/employment-history").session(coordinator).with(csrf())
			.param("status", "EMPLOYED_IN_FIELD").param("employer", "Desjardins").param("hoursPerWeek", "37"))
			.andExpect(status().is3xxRedirection());

		var view = history.of(pair.asMentee(), pair.mentee());
		assertThat(view.entries()).extracting(EmploymentHistoryView.Entry::source)
			.containsExactly(EmploymentSource.COORDINATOR, EmploymentSource.EXIT_INTERVIEW, EmploymentSource.CLOSURE);
		assertThat(view.mayRecord()).isFalse();
		assertThat(view.steps()).hasSize(1);
		mvc.perform(get("/participants/" + pair.mentee() + "/employment-history").session(coordinator))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Polytechnique")));
	}

	@Test
	void aScheduleThatMakesNoSenseIsRefusedWithAClearMessage() throws Exception {
		var program = pair.program().program().id();
		var coordinator = Fixtures.signIn(mvc, pair.coordinator().email());
		for (var months : List.of("[0, 6]", "[3, 3]", "[3, 37]", "[]")) {
			mvc.perform(put("/api/programs/" + program + "/follow-up-schedule").with(httpBasic(pair.coordinator().email(), Fixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"months\":" + months + "}"))
				.andExpect(status().isBadRequest());
		}
		mvc.perform(post("/programs/" + program + "/follow-up-schedule").session(coordinator).with(csrf())
			.header("Accept-Language", "fr").param("months", "3, 3"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Le mois 3 est indiqué deux fois")));
		mvc.perform(put("/api/programs/" + program + "/follow-up-schedule").with(httpBasic(pair.coordinator().email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"months\":[12, 1]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.months[0]").value(1));
		mvc.perform(get("/api/programs/" + program + "/follow-up-schedule").with(httpBasic(pair.asMentee().email(), Fixtures.PASSWORD)))
			.andExpect(status().isNotFound());
		close();
		assertThat(followUps.ofProgram(pair.coordinator(), program).followUps())
			.extracting(EmploymentFollowUpView::months).containsExactlyInAnyOrder(1, 12);
	}

	private static String token(String body) {
		var matcher = LINK.matcher(body.replace("=\r\n", "").replace("=\n", ""));
		assertThat(matcher.find()).as("a link in: %s", body).isTrue();
		return matcher.group(1).strip();
	}

	private List<MimeMessage> received(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return message.getAllRecipients()[0].toString().equalsIgnoreCase(address);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** What the address received once the outbox sent all that waits. */
	private List<MimeMessage> drained(String address) {
		for (int batch = 0; batch < 100 && outbox.sendPending() > 0; batch++) {
			// the outbox sends by batches
		}
		return received(address);
	}

	private List<MimeMessage> awaitMail(String address, int count) {
		return Eventually.value(() -> {
			for (int batch = 0; batch < 100 && outbox.sendPending() > 0; batch++) {
				// the outbox sends by batches
			}
			return received(address);
		}, messages -> messages.size() >= count);
	}
}
