package org.passerelle.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The TRIEC Mentoring Partnership from an empty installation: mentors recruited through an
 * employer partner, matched on occupation (NOC) and industry (NAICS), 24 contact hours over 17
 * weeks. The administrator registers the agency, its coordinator and the employer with its
 * contact, who each choose their password from their e-mail. The coordinator records three of the
 * employer's staff as mentors and a newcomer engineer with a foreign diploma; the suggestions for
 * her put first the mentor of her own occupation, and the coordinator proposes him from the page.
 * Both join from their e-mails, sign, and meet until the hours add up to 24; the pair closes after
 * 17 weeks. The employer's contact sees their affiliated mentors on their home page, and the
 * results of the period show the pair.
 */
class TriecJourneyTests extends JourneyTest {

	@Test
	void anEmployersEngineerIsSuggestedFirstForANewcomerOfHisOccupationAndTheyMeetTwentyFourHours() {
		// The administrator opens the agency, the employer partner, and an account for each one's contact.
		var agency = admin().post("/api/organisations",
				Map.of("name", "TRIEC Mentoring " + unique(), "type", "LEAD_AGENCY")).expect(201).get("id").asString();
		var employer = admin().post("/api/organisations",
				Map.of("name", "Northwind Software " + unique(), "type", "EMPLOYER")).expect(201).get("id").asString();
		var coordinatorEmail = email("coordinator-triec");
		var coordinatorId = account("Grace Okafor", coordinatorEmail, "COORDINATOR", agency);
		choosePassword(coordinatorEmail, "triec-coordinator-chooses-password");
		var employerEmail = email("hr-northwind");
		account("Helen Wu", employerEmail, "EMPLOYER", employer);
		choosePassword(employerEmail, "triec-employer-chooses-password");
		var coordinator = as(coordinatorEmail);

		// The program, from the TRIEC model: matching on occupation and industry, 24 hours over 17 weeks.
		var programName = "Mentoring Partnership " + unique();
		var program = admin().post("/api/program-templates/TRIEC_MENTORING_PARTNERSHIP/programs",
				Map.of("name", programName, "leadOrganisationId", agency))
			.expect(201);
		var programId = program.get("id").asString();
		assertThat(program.get("weights").get("OCCUPATION").asInt()).isEqualTo(40);
		assertThat(program.get("weights").get("INDUSTRY").asInt()).isEqualTo(25);
		assertThat(program.get("rules").get("targetContactHours").asDouble()).isEqualTo(24);
		assertThat(program.get("rules").get("durationWeeks").asInt()).isEqualTo(17);
		admin().put("/api/programs/" + programId + "/coordinators", Map.of("coordinators", List.of(coordinatorId)))
			.expect(200);

		// Three of the employer's staff volunteer as mentors; a newcomer software engineer seeks one.
		var priyaEmail = email("priya");
		var menteeEmail = email("oluwaseun");
		var priya = mentor(coordinator, programId, employer, "Priya", "Raman", priyaEmail, "21231", "5415");
		var daniel = mentor(coordinator, programId, employer, "Daniel", "Costa", email("daniel"), "21222", "5415");
		var marie = mentor(coordinator, programId, employer, "Marie", "Lefebvre", email("marie"), "11100", "5412");
		var menteeDetails = new HashMap<String, Object>(Map.of("firstName", "Oluwaseun", "lastName", "Adeyemi",
				"email", menteeEmail, "preferredLanguage", "EN", "postalCode", "M5V 2T6", "targetOccupationCode", "21231",
				"industryCode", "5415", "foreignDiploma", true, "yearsExperienceAbroad", 8, "programId", programId));
		menteeDetails.put("role", "MENTEE");
		menteeDetails.put("languages", List.of(Map.of("code", "en", "level", 8)));
		menteeDetails.put("immigrationStatus", "PERMANENT_RESIDENT");
		var mentee = coordinator.post("/api/participants", menteeDetails).expect(201).get("id").asString();
		assertThat(coordinator.get("/api/participants/" + mentee + "/eligibility?programId=" + programId + "&role=MENTEE")
			.expect(200).get("eligible").asBoolean()).isTrue();
		for (var person : List.of(priya, daniel, marie, mentee)) {
			for (var step : List.of("INTERVIEW", "ORIENTATION_SESSION")) {
				coordinator.post("/api/participants/" + person + "/screenings", Map.of("kind", step, "date",
						today().toString(), "outcome", "PASSED", "programId", programId)).expect(200);
			}
		}

		// The suggestions for the mentee put first the mentor who practises the occupation she seeks.
		var suggestions = coordinator.inEnglish()
			.get("/api/programs/" + programId + "/matching/mentees/" + mentee + "/suggestions")
			.expect(200);
		var best = suggestions.get("best");
		assertThat(best.size()).isEqualTo(3);
		assertThat(best.get(0).get("person").asString()).isEqualTo(priya);
		assertThat(best.get(1).get("person").asString()).isEqualTo(daniel);
		for (var criterion : List.of("OCCUPATION", "INDUSTRY")) {
			var shared = best.get(0).get("contributions").valueStream()
				.filter(contribution -> contribution.get("criterion").asString().equals(criterion))
				.findFirst().orElseThrow();
			assertThat(shared.get("points").asDouble()).as(criterion).isEqualTo(shared.get("maximum").asDouble());
		}
		assertThat(best.get(0).get("score").asDouble()).isGreaterThan(best.get(2).get("score").asDouble());

		// The coordinator reads them in the page and proposes Priya from there.
		signIn(coordinatorEmail, CHOSEN_PASSWORD);
		page.navigate(url("/programs/" + programId + "/matching/mentees/" + mentee));
		check("triec-coordinator-reads-suggestions");
		assertThat(page.locator("main ol > li").first()).containsText("Priya Raman");
		page.locator("main ol > li").first().locator("form button[type=submit]").click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/matches/[0-9a-f-]{36}$"));
		var matchId = page.url().substring(page.url().lastIndexOf('/') + 1);
		check("triec-coordinator-proposed-pair");
		signOut();

		// She invites the people admitted; the mentee and Priya join from their e-mails.
		coordinator.post("/api/programs/" + programId + "/invitations", Map.of("all", true)).expect(200);
		var invitation = mail.awaitTo(menteeEmail, "");
		page.navigate(invitation.link("/invitations/"));
		check("triec-mentee-invitation");
		page.locator("#password").fill(CHOSEN_PASSWORD);
		page.locator("#repeated").fill(CHOSEN_PASSWORD);
		page.locator("#language").selectOption("EN");
		page.locator("main form button[type=submit]").click();
		signIn(menteeEmail, CHOSEN_PASSWORD);
		var oluwaseun = as(menteeEmail);
		var priyasLink = mail.awaitTo(priyaEmail, "").link("/invitations/");
		anonymous().post("/api/invitations/" + priyasLink.substring(priyasLink.lastIndexOf('/') + 1),
				Map.of("password", CHOSEN_PASSWORD, "language", "EN")).expect(201);
		var asPriya = as(priyaEmail);

		// Both accept the pair, are introduced and sign; the mentee in her pages.
		page.navigate(url("/"));
		check("triec-mentee-home-with-proposal");
		page.navigate(url("/matches/" + matchId));
		button("Accept").click();
		asPriya.post("/api/matches/" + matchId + "/answer", Map.of("version", version(coordinator, matchId),
				"decision", "ACCEPTED")).expect(200);
		coordinator.post("/api/matches/" + matchId + "/introduction", Map.of("version", version(coordinator, matchId),
				"on", today().toString())).expect(200);
		page.navigate(url("/matches/" + matchId));
		check("triec-mentee-signs");
		button("I accept this agreement").click();
		asPriya.post("/api/matches/" + matchId + "/sign", Map.of("version", version(coordinator, matchId))).expect(200);
		var mentorship = await(() -> oluwaseun.get("/api/mentorships").expect(200), list -> list.size() == 1).get(0)
			.get("id")
			.asString();

		// Twelve meetings of two hours in the first twelve weeks: 24 contact hours, each confirmed by the other.
		var start = today();
		for (int week = 1; week <= 12; week++) {
			clock.advance(Duration.ofDays(7));
			var logger = week % 2 == 0 ? asPriya : oluwaseun;
			var confirmer = week % 2 == 0 ? oluwaseun : asPriya;
			var logged = logger.post("/api/mentorships/" + mentorship + "/meetings", Map.of("heldOn", today().toString(),
					"minutes", 120, "mode", week % 3 == 0 ? "IN_PERSON" : "VIDEO")).expect(200);
			var meeting = logged.get("meetings").valueStream()
				.filter(m -> m.get("confirmedAt") == null || m.get("confirmedAt").isNull())
				.findFirst().orElseThrow();
			confirmer.post("/api/meetings/" + meeting.get("id").asString() + "/confirm",
					Map.of("version", meeting.get("version").asLong())).expect(200);
		}
		page.navigate(url("/mentorships/" + mentorship));
		check("triec-mentee-twenty-four-hours");

		// Seventeen weeks pass; the pair closes, the mentee hired in her field.
		clock.advance(Duration.ofDays(7 * 5 + 1));
		var closing = coordinator.get("/api/mentorships/" + mentorship).expect(200);
		coordinator.post("/api/mentorships/" + mentorship + "/close", Map.of("version", closing.get("version").asLong(),
				"reason", "EMPLOYED", "employment", "EMPLOYED_IN_FIELD", "on", today().toString())).expect(200);
		var certificate = await(() -> coordinator.get("/api/mentorships/" + mentorship + "/certificate").expect(200),
				status -> status.get("certificate").get("issued").asBoolean()).get("certificate").get("certificate");
		assertThat(certificate.get("hours").asDouble()).isEqualTo(24);
		assertThat(certificate.get("basis").asString()).isEqualTo("HOURS_AND_SESSIONS");

		// The employer's contact signs in and sees the mentors affiliated with the company.
		signOut();
		signIn(employerEmail, CHOSEN_PASSWORD);
		check("triec-employer-home");
		var affiliated = as(employerEmail).get("/api/home").expect(200).valueStream()
			.filter(item -> item.get("kind").asString().equals("AFFILIATED_MENTORS"))
			.findFirst().orElseThrow();
		assertThat(affiliated.get("count").asLong()).isEqualTo(3);
		page.locator("main a[href='/participants']").first().click();
		check("triec-employer-affiliated-mentors");
		assertThat(page.locator("main")).containsText("Raman, Priya");
		assertThat(page.locator("main")).containsText("Costa, Daniel");
		assertThat(page.locator("main")).not().containsText("Oluwaseun");

		// The results of the period show the pair, the mentee employed in her field.
		var results = coordinator.get("/api/reports/results?program=" + programId + "&from=" + start.minusMonths(1)
				+ "&to=" + today()).expect(200);
		assertThat(results.get("total").get("matches").asLong()).isEqualTo(1);
		assertThat(results.get("total").get("menteesEmployedInField").asLong()).isEqualTo(1);
		signOut();
		signIn(coordinatorEmail, CHOSEN_PASSWORD);
		page.navigate(url("/reports/results?program=" + programId + "&from=" + start.minusMonths(1) + "&to=" + today()));
		check("triec-results");
	}

	/** An account the administrator opens without a password; its id. */
	private String account(String name, String email, String role, String organisation) {
		return admin().post("/api/users", Map.of("email", email, "fullName", name, "role", role, "organisationId",
				organisation, "preferredLanguage", "EN")).expect(201).get("id").asString();
	}

	/** The person chooses their password from the link in their welcome e-mail. */
	private void choosePassword(String email, String screenshot) {
		page.navigate(mail.awaitTo(email, "").link("/password/reset/"));
		check(screenshot);
		page.locator("#password").fill(CHOSEN_PASSWORD);
		page.locator("#repeated").fill(CHOSEN_PASSWORD);
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("#email")).isVisible();
	}

	/** One of the employer's staff, recorded as a mentor of the program with their consent to share with it; their id. */
	private String mentor(Api coordinator, String programId, String employer, String firstName, String lastName,
			String email, String occupation, String industry) {
		var details = new HashMap<String, Object>(Map.of("firstName", firstName, "lastName", lastName, "email", email,
				"preferredLanguage", "EN", "postalCode", "M5J 2N1", "occupationCode", occupation, "industryCode",
				industry, "employerOrganisationId", employer, "yearsExperienceCanada", 12, "commitmentMonths", 6));
		details.put("programId", programId);
		details.put("role", "MENTOR");
		details.put("languages", List.of(Map.of("code", "en")));
		var id = coordinator.post("/api/participants", details).expect(201).get("id").asString();
		// the employer sees its staff's participation only with their consent, signed on the paper form
		coordinator.post("/api/participants/" + id + "/consents",
				Map.of("purpose", "SHARE_WITH_EMPLOYER", "granted", true, "means", "PAPER")).expect(200);
		return id;
	}
}
