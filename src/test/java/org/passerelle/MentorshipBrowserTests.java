package org.passerelle;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.passerelle.core.Language;
import org.passerelle.identity.UserManagement;
import org.passerelle.matching.MatchingFixtures;
import org.passerelle.matching.Proposals;
import org.passerelle.matching.MentoringAgreements;
import org.passerelle.mentorship.Certificates;
import org.passerelle.mentorship.MentorshipManagement;
import org.passerelle.mentorship.MentorshipReminders;
import org.passerelle.mentorship.Pair;
import org.passerelle.notification.Notifications;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.CompletionRule;
import org.passerelle.program.MeetingCadence;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A term of mentoring in the browser, weeks passing on the test's clock: the mentee logs the
 * meetings and the mentor confirms them, the coordinator sees the other pair fall behind and is
 * reminded, records a check-in, the pair closes with the mentee employed and she answers her exit
 * interview, the certificate downloads and verifies, and the results of the period show them.
 */
class MentorshipBrowserTests extends BrowserTest {

	@Autowired
	Proposals proposals;

	@Autowired
	MentoringAgreements agreements;

	@Autowired
	MentorshipManagement mentorships;

	@Autowired
	MentorshipReminders reminders;

	@Autowired
	Certificates certificates;

	@Autowired
	Notifications notifications;

	@Autowired
	ProgramManagement programs;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	MovableClock clock;

	@Test
	void aTermOfMeetingsABehindPairACheckInAndAClosureWithTheMenteeEmployed() throws Exception {
		var rules = ProgramRules.builder()
			.durationWeeks(12)
			.meetingCadence(MeetingCadence.EVERY_TWO_WEEKS)
			.minimumMeetingMinutes(60)
			.checkInEveryWeeks(4)
			.completion(new CompletionRule(null, BigDecimal.valueOf(4), false, true, false))
			.build();
		var f = MatchingFixtures.create(new Fixtures(organisations, users), programs, participants,
				MatchingFixtures.weights(100, 0, 0, 0), rules, Set.of(Language.FR, Language.EN));
		var start = LocalDate.now(clock);
		var steady = Pair.agreed(f, proposals, agreements, mentorships, start);
		var quiet = Pair.agreed(f, proposals, agreements, mentorships, start);
		var english = Locale.CANADA;
		var french = Locale.CANADA_FRENCH;
		clock.advance(Duration.ofDays(43));

		signIn(steady.asMentee().email()); // reads English
		var steadyPage = "/mentorships/" + steady.mentorship().value();
		for (int week : new int[] { 1, 3, 5 }) {
			page.navigate(url(steadyPage));
			page.locator("#heldOn").fill(start.plusWeeks(week).toString());
			page.locator("#minutes").fill("90");
			page.locator("#mode").selectOption("VIDEO");
			page.locator("#sharedNote").fill("Semaine " + week + " : CV et préparation d’entrevue");
			page.locator("#privateNote").fill("Note pour moi seule");
			button(text(english, "meeting.save")).click();
			assertThat(page.locator(".alert-success")).hasText(text(english, "meeting.logged"));
		}
		check("journey-mentee-logged");
		signOut();

		signIn(steady.asMentor().email()); // reads French
		for (int confirmed = 0; confirmed < 3; confirmed++) {
			page.navigate(url(steadyPage));
			page.locator("#meetings form[action$='/confirm'] button").first().click();
			assertThat(page.locator(".alert-success")).hasText(text(french, "meeting.confirmedNow"));
		}
		assertThat(page.locator("#meetings")).not().containsText("Note pour moi seule");
		assertThat(page.locator("#standing")).hasText(text(french, "Standing.ON_TRACK"));
		check("journey-mentor-confirmed");
		signOut();

		reminders.remind();
		signIn(steady.coordinator().email()); // reads English
		page.navigate(url("/mentorships"));
		var rows = page.locator("main table tbody tr");
		assertThat(rows.first()).containsText(text(english, "Standing.OVERDUE"));
		assertThat(rows.first().locator("a")).hasAttribute("href", "/mentorships/" + quiet.mentorship().value());
		assertThat(page.locator("main")).containsText(text(english, "checkIn.dueList"));
		check("journey-coordinator-dashboard");
		awaitNotification(steady, "fall behind");
		page.navigate(url("/notifications"));
		assertThat(page.locator("main")).containsText("fall behind");
		check("journey-coordinator-reminded");

		page.navigate(url("/mentorships/" + quiet.mentorship().value()));
		page.locator("#check-ins summary").click();
		page.locator("#checkin-party").selectOption("MENTOR");
		page.locator("#checkin-satisfaction").fill("2");
		page.locator("#checkin-progress").selectOption("STALLED");
		page.locator("#checkin-notes").fill("Le mentor a changé d’emploi; nouvel horaire à trouver.");
		button(text(english, "checkIn.save")).click();
		assertThat(page.locator(".alert-success")).hasText(text(english, "checkIn.recorded"));
		assertThat(page.locator("#check-ins table")).containsText("nouvel horaire à trouver");
		check("journey-check-in");
		signOut();

		signIn(steady.asMentor().email());
		page.navigate(url(steadyPage));
		page.locator("#changes details summary").click();
		page.locator("#reason").selectOption("EMPLOYED");
		page.locator("#employment").selectOption("EMPLOYED_IN_FIELD");
		page.locator("#close-why").fill("Awa commence lundi comme ingénieure logicielle.");
		button(text(french, "mentorships.close.save")).click();
		assertThat(page.locator(".alert-success")).hasText(text(french, "mentorship.closedNow"));
		assertThat(page.locator("#mentorship-status")).hasText(text(french, "MentorshipStatus.CLOSED"));
		signOut();

		awaitCertificate(steady);
		signIn(steady.asMentee().email());
		page.navigate(url(steadyPage));
		assertThat(page.locator("#certificate-status")).isVisible();
		var download = page.waitForDownload(() -> link(text(english, "certificate.download.en")).click());
		var pdf = Files.readAllBytes(download.path());
		assertThat(new String(pdf, 0, 4)).isEqualTo("%PDF");
		var code = page.locator("#certificate-status").innerText().replaceAll("(?s).*?(PSR(-[0-9A-Z]{4}){3}).*", "$1");
		assertThat(code).startsWith("PSR-");
		check("journey-certificate");
		visit(steadyPage + "/exit-interview", "journey-exit-interview");
		page.locator("#satisfaction-5").check();
		page.locator("#goals-YES").check();
		page.locator("#helpedMost").fill("Les simulations d’entrevue avec Guy.");
		page.locator("#recommend-yes").check();
		page.locator("#employment").selectOption("EMPLOYED_IN_FIELD");
		page.locator("#jobTitle").fill("Ingénieure logicielle");
		button(text(english, "exitInterview.save")).click();
		assertThat(page.locator(".alert-success")).hasText(text(english, "exitInterview.saved"));
		assertThat(page.locator("#answers-MENTEE")).containsText("Ingénieure logicielle");
		check("journey-exit-interview-saved");
		visit("/calendar", "journey-calendar");
		assertThat(page.locator("main input[readonly]")).hasValue(
				java.util.regex.Pattern.compile("/calendar/[A-Za-z0-9_-]{20,}\\.ics$"));
		visit("/notifications/reminders", "journey-reminders");
		signOut(); // the page stays in the mentee's English
		page.navigate(url("/certificates/verify?code=" + code));
		assertThat(page.locator("#verification-valid")).hasText(text(english, "certificate.verify.valid"));
		check("journey-verified");

		signIn(steady.coordinator().email());
		page.navigate(url("/reports/results?program=" + f.program().id().value() + "&from=" + start + "&to="
				+ LocalDate.now(clock)));
		assertThat(page.locator("#results tbody th")).hasText(f.program().name());
		assertThat(page.locator("#results tbody td")).hasText(new String[] { "2", "2", "2", "1", "1" });
		check("journey-results");

		assertThat(accessibilityViolations).as("serious or critical axe-core violations").isEmpty();
	}

	void awaitCertificate(Pair pair) {
		Eventually.value(() -> certificates.status(pair.coordinator(), pair.mentorship()).certificate(),
				java.util.Objects::nonNull);
	}

	void awaitNotification(Pair pair, String part) {
		Eventually.value(() -> notifications.list(pair.coordinator()), found -> found.stream()
			.anyMatch(n -> n.title().contains(part)));
	}
}
