package org.passerelle.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The SOIIT model from an empty installation: meetings every two weeks for twelve weeks. The
 * administrator opens the agency and its coordinator, who chooses her password from her e-mail;
 * she creates the program from its template, records a mentee and a mentor, passes their intake
 * and invites them; both join from their e-mails, answer the proposal and sign the agreement — the
 * mentee in the pages, the mentor through the API — and log six meetings; the pair closes with the
 * mentee employed in her field. A second mentee has no e-mail and no computer: the coordinator
 * answers for her and records her paper signature. The results of the period show both pairs.
 */
class SoiitJourneyTests extends JourneyTest {

	@Test
	void aCoordinatorInvitesAMenteeAndAMentorWhoJoinSignMeetTwelveWeeksAndClose() {
		// The administrator opens the agency and its coordinator; nobody chooses her password for her.
		var agency = admin().post("/api/organisations", Map.of("name", "Agence SOIIT " + unique(), "type", "LEAD_AGENCY"))
			.expect(201);
		var coordinatorEmail = email("coordination");
		admin().post("/api/users", Map.of("email", coordinatorEmail, "fullName", "Nadia Benali", "role", "COORDINATOR",
				"organisationId", agency.get("id").asString(), "preferredLanguage", "FR")).expect(201);
		var welcome = mail.awaitTo(coordinatorEmail, "");
		page.navigate(welcome.link("/password/reset/"));
		check("soiit-coordinator-chooses-password");
		page.locator("#password").fill(CHOSEN_PASSWORD);
		page.locator("#repeated").fill(CHOSEN_PASSWORD);
		page.locator("main form button[type=submit]").click();
		signIn(coordinatorEmail, CHOSEN_PASSWORD);
		var coordinator = as(coordinatorEmail);

		// The program, from the SOIIT model; the administrator names its coordinator.
		var program = admin().post("/api/program-templates/SOIIT/programs",
				Map.of("name", "Mentorat SOIIT " + unique(), "leadOrganisationId", agency.get("id").asString()))
			.expect(201);
		var programId = program.get("id").asString();
		var coordinatorId = userId(coordinatorEmail);
		admin().put("/api/programs/" + programId + "/coordinators", Map.of("coordinators", List.of(coordinatorId)))
			.expect(200);

		// She records the people, as the intake interviews and orientation go.
		var menteeEmail = email("amina");
		var mentorEmail = email("marc");
		var mentee = person(coordinator, programId, "Amina", "Diallo", menteeEmail, "MENTEE");
		var mentor = person(coordinator, programId, "Marc", "Lavoie", mentorEmail, "MENTOR");
		var fatou = person(coordinator, programId, "Fatou", "Sow", null, "MENTEE");
		var paul = person(coordinator, programId, "Paul", "Gagnon", email("paul"), "MENTOR");
		for (var id : List.of(mentee, mentor, fatou, paul)) {
			screen(coordinator, id, "INTERVIEW", programId);
			screen(coordinator, id, "ORIENTATION_SESSION", programId);
		}

		// She invites everyone admitted who has an e-mail; Fatou has none and is left out.
		var invited = coordinator.post("/api/programs/" + programId + "/invitations", Map.of("all", true)).expect(200);
		assertThat(invited.valueStream().map(invitation -> invitation.get("participant").asString()))
			.containsExactlyInAnyOrder(mentee, mentor, paul);

		// Amina joins from her e-mail, in the pages; Marc through the API.
		signOut();
		var invitation = mail.awaitTo(menteeEmail, "");
		assertThat(invitation.body()).contains("Amina");
		page.navigate(invitation.link("/invitations/"));
		check("soiit-mentee-invitation");
		page.locator("#password").fill(CHOSEN_PASSWORD);
		page.locator("#repeated").fill(CHOSEN_PASSWORD);
		page.locator("#language").selectOption("EN");
		page.locator("main form button[type=submit]").click();
		signIn(menteeEmail, CHOSEN_PASSWORD);
		var marcsLink = mail.awaitTo(mentorEmail, "").link("/invitations/");
		anonymous().post("/api/invitations/" + token(marcsLink), Map.of("password", CHOSEN_PASSWORD, "language", "FR")).expect(201);
		var asMarc = as(mentorEmail);
		assertThat(asMarc.get("/api/participants/" + mentor).expect(200).get("id").asString()).isEqualTo(mentor);

		// The coordinator proposes the pair; Amina sees it on her home page and accepts it there.
		var match = coordinator.post("/api/programs/" + programId + "/matches", Map.of("mentee", mentee, "mentor", mentor))
			.expect(201);
		var matchId = match.get("id").asString();
		page.navigate(url("/"));
		check("soiit-mentee-home-with-proposal");
		page.locator("main a[href='/matches/" + matchId + "']").first().click();
		button("Accept").click();
		assertThat(page.locator("#match-status")).hasText("Proposed");
		asMarc.post("/api/matches/" + matchId + "/answer", Map.of("version", version(coordinator, matchId),
				"decision", "ACCEPTED")).expect(200);
		coordinator.post("/api/matches/" + matchId + "/introduction", Map.of("version", version(coordinator, matchId),
				"on", today().toString())).expect(200);

		// Both sign: Amina in the page, Marc through the API; the mentorship starts.
		page.navigate(url("/matches/" + matchId));
		check("soiit-mentee-signs");
		button("I accept this agreement").click();
		asMarc.post("/api/matches/" + matchId + "/sign", Map.of("version", version(coordinator, matchId))).expect(200);
		var mentorship = await(() -> as(menteeEmail).get("/api/mentorships").expect(200), list -> list.size() == 1)
			.get(0).get("id").asString();

		// Fatou, without e-mail: the coordinator answers for her and records her paper signature.
		var second = coordinator.post("/api/programs/" + programId + "/matches", Map.of("mentee", fatou, "mentor", paul))
			.expect(201).get("id").asString();
		coordinator.post("/api/matches/" + second + "/answer", Map.of("version", version(coordinator, second),
				"side", "MENTEE", "decision", "ACCEPTED")).expect(200);
		coordinator.post("/api/matches/" + second + "/answer", Map.of("version", version(coordinator, second),
				"side", "MENTOR", "decision", "ACCEPTED")).expect(200);
		coordinator.post("/api/matches/" + second + "/introduction", Map.of("version", version(coordinator, second),
				"on", today().toString())).expect(200);
		var paper = coordinator.post("/api/matches/" + second + "/paper-signature", Map.of("version",
				version(coordinator, second), "side", "MENTEE", "signedOn", today().toString())).expect(200);
		assertThat(paper.get("signatures").get(0).get("recordedBy").asString()).isEqualTo("Nadia Benali");
		coordinator.post("/api/matches/" + second + "/paper-signature", Map.of("version",
				version(coordinator, second), "side", "MENTEE", "signedOn", today().toString())).expect(422);
		coordinator.post("/api/matches/" + second + "/paper-signature", Map.of("version",
				version(coordinator, second), "side", "MENTOR", "signedOn", today().toString())).expect(200);
		assertThat(coordinator.get("/api/matches/" + second).expect(200).get("status").asString()).isEqualTo("AGREED");

		// Twelve weeks, a meeting every two: the first logged by Amina in the page, the rest by Marc.
		clock.advance(Duration.ofDays(14));
		page.navigate(url("/mentorships/" + mentorship));
		page.locator("#heldOn").fill(today().toString());
		page.locator("#minutes").fill("60");
		page.locator("#mode").selectOption("VIDEO");
		page.locator("#log form button[type=submit]").click();
		check("soiit-mentee-logged-a-meeting");
		var first = await(() -> asMarc.get("/api/mentorships/" + mentorship).expect(200).get("meetings"),
				meetings -> meetings.size() == 1).get(0);
		asMarc.post("/api/meetings/" + first.get("id").asString() + "/confirm",
				Map.of("version", first.get("version").asLong())).expect(200);
		for (int fortnight = 2; fortnight <= 6; fortnight++) {
			clock.advance(Duration.ofDays(14));
			var logged = asMarc.post("/api/mentorships/" + mentorship + "/meetings",
					Map.of("heldOn", today().toString(), "minutes", 75, "mode", "IN_PERSON")).expect(200);
			var meeting = logged.get("meetings").valueStream()
				.filter(m -> m.get("confirmedAt") == null || m.get("confirmedAt").isNull())
				.findFirst().orElseThrow();
			as(menteeEmail).post("/api/meetings/" + meeting.get("id").asString() + "/confirm",
					Map.of("version", meeting.get("version").asLong())).expect(200);
		}
		var twelveWeeks = coordinator.get("/api/mentorships/" + mentorship).expect(200);
		assertThat(twelveWeeks.get("cadence").get("standing").asString()).isEqualTo("ON_TRACK");
		assertThat(twelveWeeks.get("cadence").get("meetingsDone").asInt()).isEqualTo(6);

		// The pair closes: Amina found work in her field.
		coordinator.post("/api/mentorships/" + mentorship + "/close", Map.of("version", twelveWeeks.get("version").asLong(),
				"reason", "EMPLOYED", "employment", "EMPLOYED_IN_FIELD", "on", today().toString())).expect(200);

		// The results of the period show both pairs and Amina in her field.
		var results = coordinator.get("/api/reports/results?program=" + programId + "&from="
				+ today().minusMonths(6) + "&to=" + today()).expect(200);
		var row = results.get("total");
		assertThat(row.get("matches").asLong()).isEqualTo(2);
		assertThat(row.get("menteesEmployed").asLong()).isEqualTo(1);
		assertThat(row.get("menteesEmployedInField").asLong()).isEqualTo(1);
	}

	/** A person recorded by the coordinator, enrolled in the program; their id. */
	private String person(Api coordinator, String programId, String firstName, String lastName, String email,
			String role) {
		var body = new java.util.HashMap<String, Object>(Map.of("firstName", firstName, "lastName", lastName,
				"preferredLanguage", "FR", "postalCode", "J8X 2K1", "occupationCode", "21231", "programId", programId,
				"role", role, "languages", List.of(Map.of("code", "fr"))));
		if (email != null) {
			body.put("email", email);
		}
		return coordinator.post("/api/participants", body).expect(201).get("id").asString();
	}
}
