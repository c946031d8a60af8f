package org.passerelle.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.passerelle.FollowUpMorning;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Employment after the program, from an empty installation: a pair closes; three months later the
 * mentee, French-speaking, answers her follow-up from the e-mail's link without signing in; at six
 * months the coordinator calls her and records the answer by phone; the program's follow-ups page
 * shows two answered out of two due; the evaluation report shows her cohort's employment at each
 * stage with its response rate, and a funder reads the same report with her counts withheld.
 */
class EmploymentFollowUpJourneyTests extends JourneyTest {

	private static final Locale FRENCH = Locale.CANADA_FRENCH;

	@Autowired
	FollowUpMorning morning;

	@Test
	void aMenteeAnswersHerThreeMonthFollowUpFromTheEmailAndTheCoordinatorRecordsTheSixMonthOneByPhone() {
		var agency = admin().post("/api/organisations", Map.of("name", "Agence suivis " + unique(), "type", "LEAD_AGENCY"))
			.expect(201);
		var coordinatorEmail = email("coordination-suivis");
		admin().post("/api/users", Map.of("email", coordinatorEmail, "fullName", "Lucie Tremblay", "role", "COORDINATOR",
				"organisationId", agency.get("id").asString(), "preferredLanguage", "FR")).expect(201);
		anonymous().post("/api/password/reset", Map.of("token",
				token(mail.awaitTo(coordinatorEmail, "").link("/password/reset/")), "password", CHOSEN_PASSWORD))
			.expect(204);
		var coordinator = as(coordinatorEmail);
		var programId = admin().post("/api/program-templates/SOIIT/programs",
				Map.of("name", "Mentorat suivis " + unique(), "leadOrganisationId", agency.get("id").asString()))
			.expect(201)
			.get("id")
			.asString();
		admin().put("/api/programs/" + programId + "/coordinators", Map.of("coordinators", List.of(userId(coordinatorEmail))))
			.expect(200);
		assertThat(coordinator.get("/api/programs/" + programId + "/follow-up-schedule").expect(200).get("months")
			.valueStream().map(month -> month.asInt())).containsExactly(3, 6, 12);

		// A mentee and a mentor, screened, invited, joined; the pair proposed, accepted and signed.
		var menteeEmail = email("yasmine");
		var mentorEmail = email("pierre");
		var mentee = person(coordinator, programId, "Yasmine", "Haddad", menteeEmail, "MENTEE");
		var mentor = person(coordinator, programId, "Pierre", "Gagnon", mentorEmail, "MENTOR");
		for (var id : List.of(mentee, mentor)) {
			screen(coordinator, id, "INTERVIEW", programId);
			screen(coordinator, id, "ORIENTATION_SESSION", programId);
		}
		coordinator.post("/api/programs/" + programId + "/invitations", Map.of("all", true)).expect(200);
		for (var who : List.of(menteeEmail, mentorEmail)) {
			anonymous().post("/api/invitations/" + token(mail.awaitTo(who, "").link("/invitations/")),
					Map.of("password", CHOSEN_PASSWORD, "language", "FR")).expect(201);
		}
		var asMentee = as(menteeEmail);
		var asMentor = as(mentorEmail);
		var matchId = coordinator.post("/api/programs/" + programId + "/matches", Map.of("mentee", mentee, "mentor", mentor))
			.expect(201)
			.get("id")
			.asString();
		for (var side : List.of(asMentee, asMentor)) {
			side.post("/api/matches/" + matchId + "/answer", Map.of("version", version(coordinator, matchId),
					"decision", "ACCEPTED")).expect(200);
		}
		coordinator.post("/api/matches/" + matchId + "/introduction", Map.of("version", version(coordinator, matchId),
				"on", today().toString())).expect(200);
		for (var side : List.of(asMentee, asMentor)) {
			side.post("/api/matches/" + matchId + "/sign", Map.of("version", version(coordinator, matchId))).expect(200);
		}
		var mentorship = await(() -> asMentee.get("/api/mentorships").expect(200), list -> list.size() == 1).get(0)
			.get("id")
			.asString();

		// Three months of mentoring, then the pair closes: Yasmine is still looking for work.
		clock.advance(Duration.ofDays(90));
		var closedOn = today().toString();
		var closing = coordinator.get("/api/mentorships/" + mentorship).expect(200);
		coordinator.post("/api/mentorships/" + mentorship + "/close", Map.of("version", closing.get("version").asLong(),
				"reason", "COMPLETED", "employment", "SEEKING", "on", today().toString())).expect(200);

		// Three months later, a morning: Yasmine's follow-up comes by e-mail, in French.
		clock.advance(Duration.ofDays(93));
		morning.comes();
		var email = mail.awaitTo(menteeEmail, "3 mois plus tard");
		assertThat(email.body()).contains("Yasmine");

		// She follows the link without signing in and answers: a job in her field, found through her mentor.
		page.navigate(email.link("/answers/follow-ups/"));
		assertThat(page.locator("h1")).hasText(text(FRENCH, "employment.followUp.title", 3));
		page.locator("#status").selectOption("EMPLOYED_IN_FIELD");
		page.locator("#employer").fill("Ville de Gatineau");
		page.locator("#occupationCode").fill("21231");
		page.locator("#hoursPerWeek").fill("35");
		page.locator("#throughMentorNetwork1").check();
		check("follow-up-answered-from-the-email");
		button(text(FRENCH, "employment.followUp.send")).click();
		assertThat(page.locator("#follow-up-thanks")).isVisible();
		check("follow-up-thanks");
		// the link answered once: again, nothing is saved
		page.navigate(email.link("/answers/follow-ups/"));
		assertThat(page.locator("#nothing-saved")).isVisible();

		// Three more months, a morning: the six-month follow-up is sent; Lucie calls Yasmine and records it.
		clock.advance(Duration.ofDays(92));
		morning.comes();
		mail.awaitTo(menteeEmail, "6 mois plus tard");
		var sixMonths = coordinator.get("/api/programs/" + programId + "/follow-ups").expect(200).get("followUps")
			.valueStream()
			.filter(followUp -> followUp.get("months").asInt() == 6)
			.findFirst()
			.orElseThrow()
			.get("id")
			.asString();
		signIn(coordinatorEmail, CHOSEN_PASSWORD);
		page.navigate(url("/follow-ups/" + sixMonths));
		page.locator("#status").selectOption("EMPLOYED_IN_FIELD");
		page.locator("#employer").fill("Ville de Gatineau");
		page.locator("#hoursPerWeek").fill("37");
		check("follow-up-recorded-by-phone");
		button(text(FRENCH, "employment.followUp.recordByPhone")).click();
		assertThat(page.locator("#follow-up-status")).containsText(text(FRENCH, "AnswerChannel.PHONE"));

		// The program's follow-ups: two due, two answered, a response rate of 100 %.
		page.navigate(url("/programs/" + programId + "/follow-ups"));
		check("program-follow-ups");
		assertThat(page.locator("#count-due")).hasText("2");
		assertThat(page.locator("#count-answered")).hasText("2");
		assertThat(page.locator("#response-rate")).containsText("100");

		// Her history tells it all, newest first: the phone call, her answer, the closure.
		var history = coordinator.get("/api/participants/" + mentee + "/employment-history").expect(200).get("entries");
		assertThat(history.valueStream().map(entry -> entry.get("source").asString()))
			.containsExactly("FOLLOW_UP", "FOLLOW_UP", "CLOSURE");
		assertThat(history.get(0).get("channel").asString()).isEqualTo("PHONE");
		assertThat(history.get(1).get("channel").asString()).isEqualTo("LINK");
		assertThat(history.get(1).get("throughMentorNetwork").asBoolean()).isTrue();

		// The evaluation report of the cohort closed that day: employment at each stage, its response rate beside it.
		var query = "?program=" + programId + "&from=" + closedOn + "&to=" + closedOn;
		page.navigate(url("/reports/evaluation" + query));
		check("evaluation-report-employment");
		var stages = page.locator("[id='report.outcome']");
		assertThat(stages.locator("tbody tr").nth(0).locator("th")).hasText(text(FRENCH, "report.outcome.atClosure"));
		assertThat(stages.locator("tbody tr").nth(1).locator("th")).hasText(text(FRENCH, "report.outcome.months", 3));
		assertThat(stages.locator("tbody tr").nth(2).locator("th")).hasText(text(FRENCH, "report.outcome.months", 6));
		// at closure she was looking: reached, not employed; at 3 and 6 months, employed in her field
		assertThat(stages.locator("tbody tr").nth(0).locator("td").nth(4)).hasText("0");
		for (int stage = 1; stage <= 2; stage++) {
			var cells = stages.locator("tbody tr").nth(stage).locator("td");
			assertThat(cells.nth(2)).hasText("1");
			assertThat(cells.nth(4)).hasText("1");
			assertThat(cells.nth(6)).containsText("100");
			assertThat(cells.nth(7)).containsText("100");
			assertThat(cells.nth(8)).containsText("100");
		}
		assertThat(page.locator("[id='report.outcome.cohorts']")).isVisible();
		var seen = coordinator.get("/api/reports/evaluation" + query).expect(200);
		var rows = seen.get("sections").get(0).get("tables").get(0).get("rows");
		assertThat(rows.get(1).get("key").asString()).isEqualTo("3");
		assertThat(figures(rows.get(1))).containsExactly(1.0, 1.0, 1.0, 0.0, 1.0, 1.0, 100.0, 100.0, 100.0);
		assertThat(figures(rows.get(2))).containsExactly(1.0, 1.0, 1.0, 0.0, 1.0, 1.0, 100.0, 100.0, 100.0);

		// A funder's account, opened by the administrator: the same report, small counts withheld.
		var funderOrganisation = admin().post("/api/organisations",
				Map.of("name", "Bailleur suivis " + unique(), "type", "FUNDER")).expect(201);
		var funderEmail = email("bailleur");
		admin().post("/api/users", Map.of("email", funderEmail, "fullName", "Marc Bouchard", "role", "FUNDER",
				"organisationId", funderOrganisation.get("id").asString(), "preferredLanguage", "FR")).expect(201);
		anonymous().post("/api/password/reset", Map.of("token",
				token(mail.awaitTo(funderEmail, "").link("/password/reset/")), "password", CHOSEN_PASSWORD)).expect(204);
		var funder = as(funderEmail).get("/api/reports/evaluation" + query).expect(200);
		assertThat(funder.get("smallCountsSuppressed").asBoolean()).isTrue();
		var funderTables = funder.get("sections").get(0).get("tables");
		var coordinatorTables = seen.get("sections").get(0).get("tables");
		int withheld = 0;
		for (int t = 0; t < funderTables.size(); t++) {
			var columns = funderTables.get(t).get("columns");
			for (int r = 0; r < funderTables.get(t).get("rows").size(); r++) {
				var shown = funderTables.get(t).get("rows").get(r).get("figures");
				var truth = coordinatorTables.get(t).get("rows").get(r).get("figures");
				var counts = new java.util.ArrayList<Long>();
				for (int c = 0; c < shown.size(); c++) {
					var figure = shown.get(c);
					boolean count = "COUNT".equals(columns.get(c).get("kind").asString());
					if (figure.get("withheld").asBoolean()) {
						withheld++;
						assertThat(figure.get("value").isNull()).isTrue();
						continue;
					}
					if (count && !figure.get("value").isNull()) {
						long value = figure.get("value").asLong();
						assertThat(value < 1 || value > 4).as("a count shown to a funder is 0 or 5 and more").isTrue();
						counts.add(value);
					}
					if (!count) {
						assertThat(figure.get("value").isNull()).as("no rate over one person").isTrue();
					}
				}
				for (long a : counts) {
					for (long b : counts) {
						assertThat(Math.abs(a - b) < 1 || Math.abs(a - b) > 4).as("no small difference of two counts shown").isTrue();
					}
				}
				assertThat(truth.size()).isEqualTo(shown.size());
			}
		}
		assertThat(withheld).as("her counts of 1 are withheld").isGreaterThan(0);
		var funderStages = funderTables.get(0).get("rows");
		assertThat(funderStages.get(1).get("figures").get(2).get("withheld").asBoolean()).as("reached at 3 months")
			.isTrue();
		assertThat(coordinatorTables.get(0).get("rows").get(1).get("figures").get(2).get("value").asLong())
			.as("what it withholds").isEqualTo(1);
	}

	/** A row's figures from the report's JSON, withheld ones as null. */
	private static List<Double> figures(tools.jackson.databind.JsonNode row) {
		return row.get("figures").valueStream()
			.map(figure -> figure.get("value").isNull() ? null : figure.get("value").asDouble())
			.toList();
	}

	/** A person recorded by the coordinator, enrolled in the program; their id. */
	private static String person(Api coordinator, String programId, String firstName, String lastName, String email,
			String role) {
		return coordinator.post("/api/participants", Map.of("firstName", firstName, "lastName", lastName, "email", email,
				"preferredLanguage", "FR", "postalCode", "J8X 2K1", "occupationCode", "21231", "programId", programId,
				"role", role, "languages", List.of(Map.of("code", "fr")))).expect(201).get("id").asString();
	}
}
