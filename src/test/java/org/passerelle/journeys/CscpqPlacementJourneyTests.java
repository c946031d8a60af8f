package org.passerelle.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The CSCPQ placement model from an empty installation: an unpaid placement of twelve hours a
 * week for a professional living with a disability, with an employer's supervisor as mentor. The
 * mentee applies on the public form, without an account, answering the program's own question;
 * the coordinator hears of it, passes the four checks of the intake — interview, references,
 * police check, confidentiality — for both sides and admits her; both join from their e-mails and
 * sign. Twelve weeks of twelve hours are logged, the mentee attends every peer support meeting of
 * the series held every two weeks; at closure the certificate is issued by the 144-hour rule, the
 * mentee downloads it and anyone verifies its code. The results of the period show the pair.
 */
class CscpqPlacementJourneyTests extends JourneyTest {

	private static final List<String> FOUR_CHECKS = List.of("INTERVIEW", "REFERENCE_CHECK", "POLICE_CHECK",
			"CONFIDENTIALITY_SIGNED");

	@Test
	void aMenteeAppliesIsScreenedPlacedTwelveHoursAWeekAttendsPeerSupportAndEarnsHerCertificate() throws Exception {
		// The administrator opens the agency and its coordinator, who chooses her password from her e-mail.
		var agency = admin().post("/api/organisations",
				Map.of("name", "Centre de stages CSCPQ " + unique(), "type", "LEAD_AGENCY")).expect(201);
		var coordinatorEmail = email("coordination-cscpq");
		var coordinatorId = admin().post("/api/users", Map.of("email", coordinatorEmail, "fullName", "Sophie Tremblay",
				"role", "COORDINATOR", "organisationId", agency.get("id").asString(), "preferredLanguage", "FR"))
			.expect(201)
			.get("id")
			.asString();
		page.navigate(mail.awaitTo(coordinatorEmail, "").link("/password/reset/"));
		page.locator("#password").fill(CHOSEN_PASSWORD);
		page.locator("#repeated").fill(CHOSEN_PASSWORD);
		page.locator("main form button[type=submit]").click();
		var coordinator = as(coordinatorEmail);

		// The program, from the CSCPQ placement model: twelve hours a week, 144 hours, peer support every two weeks.
		var programName = "Stages professionnels CSCPQ " + unique();
		var program = admin().post("/api/program-templates/CSCPQ_PLACEMENT/programs",
				Map.of("name", programName, "leadOrganisationId", agency.get("id").asString()))
			.expect(201);
		var programId = program.get("id").asString();
		assertThat(program.get("format").asString()).isEqualTo("PLACEMENT");
		assertThat(program.get("rules").get("weeklyPlacementHours").asDouble()).isEqualTo(12);
		assertThat(program.get("rules").get("completion").get("minimumHours").asDouble()).isEqualTo(144);
		admin().put("/api/programs/" + programId + "/coordinators", Map.of("coordinators", List.of(coordinatorId)))
			.expect(200);

		// Karima applies on the public form, without an account, and answers the program's own question.
		var menteeEmail = email("karima");
		page.navigate(url("/apply"));
		check("cscpq-public-programs");
		page.locator("a[aria-label$='" + programName + "'][href*='role=MENTEE']").click();
		check("cscpq-mentee-application-form");
		assertThat(page.locator("h1")).hasText("Postuler à " + programName);
		assertThat(page.locator("main")).containsText("Profession visée");
		page.locator("#firstName").fill("Karima");
		page.locator("#lastName").fill("Haddad");
		page.locator("#email").fill(menteeEmail);
		page.locator("#postalCode").fill("H2X 1Y4");
		page.locator("#occupationCode").fill("11100");
		page.locator("#yearsExperience").fill("6");
		page.locator("#frenchLevel").fill("10");
		page.locator("#careerGoals").fill("Retrouver un poste en comptabilité après deux ans d’arrêt.");
		page.locator("#attestation-professional-with-disability-yes").check();
		page.locator("input[type=checkbox][name=consent]").check();
		page.locator("main form button[type=submit]").click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/apply/thanks$"));
		check("cscpq-mentee-application-received");

		// The coordinator hears of it in her notifications and opens the application.
		signIn(coordinatorEmail, CHOSEN_PASSWORD);
		page.navigate(url("/notifications"));
		check("cscpq-coordinator-notified-of-application");
		page.locator("main form[action^='/notifications/'] button").first().click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/participants/[0-9a-f-]{36}$"));
		var mentee = page.url().substring(page.url().lastIndexOf('/') + 1);
		check("cscpq-coordinator-reads-application");
		var applied = coordinator.get("/api/participants/" + mentee).expect(200);
		assertThat(applied.get("details").get("email").asString()).isEqualTo(menteeEmail);
		assertThat(applied.get("details").get("attestations").get("professional-with-disability").asBoolean()).isTrue();

		// She screens Karima: the interview in the page, the three other checks through the API.
		page.locator("#screening summary").click();
		page.locator("#screening-kind").selectOption("INTERVIEW");
		page.locator("#screening-outcome").selectOption("PASSED");
		page.locator("#screening form button[type=submit]").click();
		assertThat(page.locator("#screening table")).containsText("Entrevue");
		for (var step : FOUR_CHECKS.subList(1, 4)) {
			screen(coordinator, mentee, step, programId);
		}

		// She admits her: the application becomes an enrolment.
		page.navigate(url("/participants/" + mentee));
		page.locator("#status-" + programId + "MENTEE").selectOption("ENROLLED");
		page.locator("#participations form button[type=submit]").first().click();
		check("cscpq-coordinator-admitted-mentee");
		var intake = coordinator.get("/api/programs/" + programId + "/intake").expect(200);
		assertThat(intake.valueStream().filter(person -> person.get("participant").asString().equals(mentee)).findFirst()
			.orElseThrow().get("matchable").asBoolean()).isTrue();

		// The mentor is the supervisor at the host employer; the coordinator records and screens him.
		var mentorEmail = email("jerome");
		var supervisor = new HashMap<String, Object>(Map.of("firstName", "Jérôme", "lastName", "Pelletier",
				"email", mentorEmail, "preferredLanguage", "FR", "postalCode", "H2X 2B3", "occupationCode", "11100",
				"employerName", "Coopérative comptable du Plateau", "programId", programId, "role", "MENTOR"));
		supervisor.put("languages", List.of(Map.of("code", "fr")));
		supervisor.put("attestations", Map.of("confidentiality", true));
		var mentor = coordinator.post("/api/participants", supervisor)
			.expect(201)
			.get("id")
			.asString();
		for (var step : FOUR_CHECKS) {
			screen(coordinator, mentor, step, programId);
		}

		// She invites both; they join from their e-mails.
		var invited = coordinator.post("/api/programs/" + programId + "/invitations", Map.of("all", true)).expect(200);
		assertThat(invited.valueStream().map(invitation -> invitation.get("participant").asString()))
			.containsExactlyInAnyOrder(mentee, mentor);
		signOut();
		page.navigate(mail.awaitTo(menteeEmail, "").link("/invitations/"));
		check("cscpq-mentee-invitation");
		page.locator("#password").fill(CHOSEN_PASSWORD);
		page.locator("#repeated").fill(CHOSEN_PASSWORD);
		page.locator("main form button[type=submit]").click();
		signIn(menteeEmail, CHOSEN_PASSWORD);
		var karima = as(menteeEmail);
		var jeromesLink = mail.awaitTo(mentorEmail, "").link("/invitations/");
		anonymous().post("/api/invitations/" + jeromesLink.substring(jeromesLink.lastIndexOf('/') + 1),
				Map.of("password", CHOSEN_PASSWORD, "language", "FR")).expect(201);
		var jerome = as(mentorEmail);

		// The placement is proposed, accepted by both, introduced and signed.
		var matchId = coordinator.post("/api/programs/" + programId + "/matches", Map.of("mentee", mentee, "mentor", mentor))
			.expect(201)
			.get("id")
			.asString();
		karima.post("/api/matches/" + matchId + "/answer", Map.of("version", version(coordinator, matchId),
				"decision", "ACCEPTED")).expect(200);
		jerome.post("/api/matches/" + matchId + "/answer", Map.of("version", version(coordinator, matchId),
				"decision", "ACCEPTED")).expect(200);
		coordinator.post("/api/matches/" + matchId + "/introduction", Map.of("version", version(coordinator, matchId),
				"on", today().toString())).expect(200);
		page.navigate(url("/matches/" + matchId));
		check("cscpq-mentee-signs-placement-agreement");
		button("J’accepte cette entente").click();
		jerome.post("/api/matches/" + matchId + "/sign", Map.of("version", version(coordinator, matchId))).expect(200);
		var mentorship = await(() -> karima.get("/api/mentorships").expect(200), list -> list.size() == 1).get(0)
			.get("id")
			.asString();

		// The coordinator schedules the mandatory peer support meetings, every two weeks, and invites the mentees.
		var firstSession = today().plusDays(1).atTime(17, 30);
		var series = coordinator.post("/api/activities/series", Map.of("program", programId,
				"title", "Rencontre de soutien par les pairs", "firstStartsAt", firstSession.toString(),
				"durationMinutes", 90, "place", "Salle communautaire", "occurrences", 6)).expect(201);
		assertThat(series.size()).isEqualTo(6);
		var sessions = new ArrayList<String>();
		for (var session : series) {
			assertThat(session.get("mandatory").asBoolean()).isTrue();
			assertThat(session.get("kind").asString()).isEqualTo("PEER_SUPPORT");
			var id = session.get("id").asString();
			coordinator.post("/api/activities/" + id + "/invitations", Map.of("version", activityVersion(coordinator, id),
					"audiences", List.of("MENTEE"))).expect(200);
			sessions.add(id);
		}
		assertThat(LocalDate.parse(series.get(5).get("startsAt").asString().substring(0, 10)))
			.isEqualTo(firstSession.toLocalDate().plusWeeks(10));

		// Twelve weeks of placement, twelve hours each; attendance taken after each meeting.
		var start = today();
		for (int week = 1; week <= 12; week++) {
			var logger = week % 2 == 0 ? jerome : karima;
			logger.post("/api/mentorships/" + mentorship + "/placement-weeks", Map.of("weekStart",
					today().with(DayOfWeek.MONDAY).toString(), "hours", 12, "agreedHours", 12)).expect(200);
			clock.advance(Duration.ofDays(7));
			for (var id : sessions) {
				var session = coordinator.get("/api/activities/" + id).expect(200);
				if (session.get("started").asBoolean() && !"HELD".equals(session.get("status").asString())) {
					if (week == 1) {
						signOut();
						signIn(coordinatorEmail, CHOSEN_PASSWORD);
						page.navigate(url("/activities/" + id));
						page.locator("#mark-" + mentee + "-PRESENT").check();
						check("cscpq-coordinator-takes-attendance");
						page.locator("#attendance button[type=submit]").click();
						assertThat(page.locator("#attendance")).containsText("Présent");
					}
					else {
						coordinator.post("/api/activities/" + id + "/attendance", Map.of("version",
								session.get("version").asLong(), "marks",
								List.of(Map.of("participant", mentee, "attendance", "PRESENT")))).expect(200);
					}
				}
			}
		}
		assertThat(today()).isEqualTo(start.plusWeeks(12));
		var attendance = karima.get("/api/activities/attendance?participant=" + mentee + "&program=" + programId)
			.expect(200);
		assertThat(attendance.get("held").asInt()).isEqualTo(6);
		assertThat(attendance.get("attended").asInt()).isEqualTo(6);
		var placement = coordinator.get("/api/mentorships/" + mentorship).expect(200);
		assertThat(placement.get("placementWeeks").size()).isEqualTo(12);

		// The placement closes; the certificate is issued by the 144-hour rule.
		coordinator.post("/api/mentorships/" + mentorship + "/close", Map.of("version", placement.get("version").asLong(),
				"reason", "COMPLETED", "employment", "SEEKING", "on", today().toString())).expect(200);
		var certificate = await(() -> coordinator.get("/api/mentorships/" + mentorship + "/certificate").expect(200),
				status -> status.get("certificate").get("issued").asBoolean()).get("certificate").get("certificate");
		assertThat(certificate.get("basis").asString()).isEqualTo("HOURS_AND_SESSIONS");

		// Karima downloads it in her pages; anyone verifies its code.
		signOut();
		signIn(menteeEmail, CHOSEN_PASSWORD);
		page.navigate(url("/mentorships/" + mentorship));
		check("cscpq-mentee-certificate");
		var download = page.waitForDownload(() -> page.locator("a[href*='certificate.pdf'][hreflang=fr]").click());
		var pdf = Files.readAllBytes(download.path());
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		signOut();
		page.navigate(url("/certificates/verify"));
		page.locator("#code").fill(certificate.get("code").asString());
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("#verification-valid")).isVisible();
		assertThat(page.locator("#verification")).containsText("Karima Haddad");
		check("cscpq-certificate-verified");

		// The results of the period show the pair.
		var results = coordinator.get("/api/reports/results?program=" + programId + "&from=" + start.minusMonths(1)
				+ "&to=" + today()).expect(200);
		assertThat(results.get("total").get("matches").asLong()).isEqualTo(1);
	}

	private static long activityVersion(Api api, String activityId) {
		return api.get("/api/activities/" + activityId).expect(200).get("version").asLong();
	}
}
