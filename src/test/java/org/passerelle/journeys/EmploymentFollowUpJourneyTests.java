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
 * shows two answered out of two due.
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
	}

	/** A person recorded by the coordinator, enrolled in the program; their id. */
	private static String person(Api coordinator, String programId, String firstName, String lastName, String email,
			String role) {
		return coordinator.post("/api/participants", Map.of("firstName", firstName, "lastName", lastName, "email", email,
				"preferredLanguage", "FR", "postalCode", "J8X 2K1", "occupationCode", "21231", "programId", programId,
				"role", role, "languages", List.of(Map.of("code", "fr")))).expect(201).get("id").asString();
	}
}
