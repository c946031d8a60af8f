package org.passerelle.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/**
 * OCISO's career mentoring from an empty installation: mentees must be permanent residents or
 * refugees with a foreign diploma, English at CLB 5 or more, living in Ontario, and have attended
 * the job-search workshop; mentors need two years of experience in Canada, three attestations and
 * a commitment of three months. A partner agency's system refers a client at CLB 4 who has not
 * attended the workshop; the coordinator returns the referral with those two criteria and a
 * message; the agency, told by e-mail, corrects the profile in the pages and resubmits; the
 * coordinator admits. A mentor applies on the public form, answering the attestations; the
 * coordinator, told by e-mail, admits him in the page. After orientation both are invited and join
 * from their e-mails; the pair signs and meets every week for an hour (a 45-minute meeting does not
 * count), the coordinator checks in with each of the pair at the month, and the pair closes.
 */
class OcisoJourneyTests extends JourneyTest {

	private static final Locale FRENCH = Locale.CANADA_FRENCH;

	@Test
	void aReferralReturnedForItsFailedCriteriaIsCorrectedResubmittedAdmittedMatchedWithAnApplicantMentorAndFollowed() {
		// The administrator opens OCISO, its coordinator, a partner agency and its agent.
		var mark = unique();
		var lead = admin().post("/api/organisations", Map.of("name", "OCISO " + mark, "type", "LEAD_AGENCY")).expect(201);
		var partnerName = "Centre d'emploi d'Ottawa " + mark;
		var partner = admin().post("/api/organisations", Map.of("name", partnerName, "type", "REFERRAL_AGENCY"))
			.expect(201);
		var coordinatorEmail = email("coordination-ociso");
		var agentEmail = email("agent-ottawa");
		admin().post("/api/users", Map.of("email", coordinatorEmail, "fullName", "Hélène Roy", "role", "COORDINATOR",
				"organisationId", lead.get("id").asString(), "preferredLanguage", "FR")).expect(201);
		admin().post("/api/users", Map.of("email", agentEmail, "fullName", "Daniel Okafor", "role", "REFERRAL_PARTNER",
				"organisationId", partner.get("id").asString(), "preferredLanguage", "FR")).expect(201);
		for (var who : List.of(coordinatorEmail, agentEmail)) {
			anonymous().post("/api/password/reset",
					Map.of("token", token(mail.awaitTo(who, "").link("/password/reset/")), "password", CHOSEN_PASSWORD))
				.expect(204);
		}
		var coordinator = as(coordinatorEmail);
		var agency = as(agentEmail);

		var programName = "Mentorat d'affaires " + mark;
		var programId = admin().post("/api/program-templates/OCISO_CAREER_MENTORING/programs",
				Map.of("name", programName, "leadOrganisationId", lead.get("id").asString()))
			.expect(201)
			.get("id")
			.asString();
		admin().put("/api/programs/" + programId + "/coordinators", Map.of("coordinators", List.of(userId(coordinatorEmail))))
			.expect(200);

		// The agency's system refers Mei: CLB 4 in English, and she has not attended the workshop.
		var clientEmail = email("mei");
		var referral = agency.post("/api/referrals", clientWith(programId, clientEmail)).expect(201);
		var referralId = referral.get("id").asString();
		var failed = agency.post("/api/referrals/" + referralId + "/submit", null).expect(200).get("eligibility");
		assertThat(failed.get("status").asString()).isEqualTo("NOT_ELIGIBLE");
		assertThat(failed.get("failed").valueStream().map(result -> result.get("kind").asString()))
			.containsExactlyInAnyOrder("LANGUAGE_BENCHMARK", "WORKSHOP_ATTENDED");

		// Hélène returns it, naming the failed criteria, with a message.
		var toReturn = coordinator.get("/api/referrals/" + referralId).expect(200);
		var failedCriteria = toReturn.get("eligibility").get("failed").valueStream()
			.map(result -> result.get("criterion").asString())
			.toList();
		coordinator.post("/api/referrals/" + referralId + "/return", Map.of("version", toReturn.get("version").asLong(),
				"criteria", failedCriteria, "message", "Il faut un CLB 5 en anglais et l’atelier de recherche d’emploi."))
			.expect(200);

		// Daniel is told; he follows the link, reads why, corrects Mei's profile in the page and resubmits.
		var returned = mail.awaitTo(agentEmail, programName);
		assertThat(returned.subject()).isEqualTo("[Passerelle] " + text(FRENCH, "notification.referral.returned.title", programName));
		page.navigate(returned.link("/referrals/" + referralId));
		page.locator("#email").fill(agentEmail);
		page.locator("#password").fill(CHOSEN_PASSWORD);
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("#returned-title")).isVisible();
		assertThat(page.locator("section.alert-info")).containsText("CLB 5");
		assertThat(page.locator("section.alert-info li")).hasCount(2);
		check("ociso-agency-reads-the-return");
		link(text(FRENCH, "referral.completeProfile")).click();
		// the agency's system sent French first, then English
		assertThat(page.locator("[id='languages1.code']")).hasValue("en");
		page.locator("[id='languages1.level']").fill("6");
		// "none of these" was ticked from the referral: ticking the workshop unticks it
		assertThat(page.locator("#noWorkshopsAttended")).isChecked();
		page.locator("#workshop-job-search").check();
		assertThat(page.locator("#noWorkshopsAttended")).not().isChecked();
		check("ociso-agency-completes-the-profile");
		button(text(FRENCH, "form.save")).click();
		assertThat(page.locator("main")).containsText(text(FRENCH, "participant.saved"));
		page.navigate(url("/referrals/" + referralId));
		assertThat(page.locator("#eligibility-status")).hasText(text(FRENCH, "EligibilityStatus.ELIGIBLE"));
		button(text(FRENCH, "referral.resubmit")).click();
		assertThat(page.locator("main dl")).containsText(text(FRENCH, "ReferralStatus.SUBMITTED"));
		signOut();

		// Hélène admits her; the agency is told.
		var submittedTitle = text(FRENCH, "notification.referral.submitted.title", programName);
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> mail.to(coordinatorEmail).stream()
			.filter(sent -> sent.subject().contains(submittedTitle)).count() == 2);
		var resubmitted = coordinator.get("/api/referrals/" + referralId).expect(200);
		assertThat(resubmitted.get("eligibility").get("status").asString()).isEqualTo("ELIGIBLE");
		coordinator.post("/api/referrals/" + referralId + "/admit", Map.of("version", resubmitted.get("version").asLong(),
				"note", "Orientation le 12.")).expect(200);
		var admitted = mail.awaitTo(agentEmail, text(FRENCH, "notification.referral.admitted.title", programName));
		assertThat(admitted.link("/referrals/")).endsWith("/referrals/" + referralId);
		var mei = resubmitted.get("participant").asString();

		// Omar applies as a mentor on the public form, answering what mentors must attest.
		var mentorEmail = email("omar");
		page.navigate(url("/apply"));
		page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
			.setName(text(FRENCH, "application.asMentor.in", programName))).click();
		check("ociso-mentor-application");
		page.locator("#firstName").fill("Omar");
		page.locator("#lastName").fill("Benali");
		page.locator("#email").fill(mentorEmail);
		page.locator("#postalCode").fill("K1Y 2X5");
		page.locator("#occupationCode").fill("21231");
		page.locator("#yearsExperience").fill("8");
		page.locator("#englishLevel").fill("10");
		page.locator("#commitmentMonths").fill("4");
		for (var attestation : List.of("professional-network", "listening-skills", "transition-awareness")) {
			page.locator("#attestation-" + attestation + "-yes").check();
		}
		page.locator("input[name=consent][type=checkbox]").check();
		button(text(FRENCH, "application.send")).click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/apply/thanks.*"));
		check("ociso-mentor-applied");

		// Hélène is told; she opens the application from her e-mail and admits Omar in the page.
		var application = mail.awaitTo(coordinatorEmail, text(FRENCH, "notification.application.mentor.title", programName));
		var omarsPage = application.link("/participants/");
		var omar = token(omarsPage);
		page.navigate(omarsPage);
		page.locator("#email").fill(coordinatorEmail);
		page.locator("#password").fill(CHOSEN_PASSWORD);
		page.locator("main form button[type=submit]").click();
		var eligibility = coordinator.get("/api/participants/" + omar + "/eligibility?programId=" + programId + "&role=MENTOR")
			.expect(200);
		assertThat(eligibility.get("status").asString()).isEqualTo("ELIGIBLE");
		var status = page.locator("[id='status-" + programId + "MENTOR']");
		status.selectOption("ENROLLED");
		check("ociso-coordinator-admits-the-mentor");
		page.locator("form:has([id='status-" + programId + "MENTOR']) button[type=submit]").click();
		assertThat(page.locator("main")).containsText(text(FRENCH, "participant.participation.changed"));

		// Orientation: Mei's interview and session, Omar's too and his two mentor workshops.
		for (var step : List.of("INTERVIEW", "ORIENTATION_SESSION")) {
			screen(coordinator, mei, step, programId);
		}
		for (var step : List.of("INTERVIEW", "ORIENTATION_SESSION", "MENTOR_WORKSHOP_1", "MENTOR_WORKSHOP_2")) {
			screen(coordinator, omar, step, programId);
		}

		// Both are invited; Omar joins from his e-mail in the page, Mei through the API.
		var invited = coordinator.post("/api/programs/" + programId + "/invitations", Map.of("all", true)).expect(200);
		assertThat(invited.valueStream().map(invitation -> invitation.get("participant").asString()))
			.containsExactlyInAnyOrder(mei, omar);
		signOut();
		page.navigate(mail.awaitTo(mentorEmail, "").link("/invitations/"));
		check("ociso-mentor-invitation");
		page.locator("#password").fill(CHOSEN_PASSWORD);
		page.locator("#repeated").fill(CHOSEN_PASSWORD);
		page.locator("main form button[type=submit]").click();
		signIn(mentorEmail, CHOSEN_PASSWORD);
		anonymous().post("/api/invitations/" + token(mail.awaitTo(clientEmail, "").link("/invitations/")),
				Map.of("password", CHOSEN_PASSWORD, "language", "EN")).expect(201);
		var asMei = as(clientEmail);
		var asOmar = as(mentorEmail);

		// The pair: proposed, accepted by both, introduced, signed.
		var matchId = coordinator.post("/api/programs/" + programId + "/matches", Map.of("mentee", mei, "mentor", omar))
			.expect(201)
			.get("id")
			.asString();
		asMei.post("/api/matches/" + matchId + "/answer", Map.of("version", version(coordinator, matchId),
				"decision", "ACCEPTED")).expect(200);
		asOmar.post("/api/matches/" + matchId + "/answer", Map.of("version", version(coordinator, matchId),
				"decision", "ACCEPTED")).expect(200);
		coordinator.post("/api/matches/" + matchId + "/introduction", Map.of("version", version(coordinator, matchId),
				"on", today().toString())).expect(200);
		asMei.post("/api/matches/" + matchId + "/sign", Map.of("version", version(coordinator, matchId))).expect(200);
		page.navigate(url("/matches/" + matchId));
		check("ociso-mentor-signs");
		button(text(FRENCH, "agreement.sign")).click();
		var mentorship = await(() -> asMei.get("/api/mentorships").expect(200), list -> list.size() == 1).get(0)
			.get("id")
			.asString();

		// Every week for a month, an hour or more; the second week's 45 minutes do not count.
		for (int week = 1; week <= 4; week++) {
			clock.advance(Duration.ofDays(7));
			meet(asOmar, asMei, mentorship, week == 2 ? 45 : 60 + 15 * (week % 2));
		}
		var month = coordinator.get("/api/mentorships/" + mentorship).expect(200);
		assertThat(month.get("cadence").get("meetingsDone").asInt()).isEqualTo(3);

		// The monthly check-in is due with each of the pair; Hélène calls Mei and records it in the page,
		// then Omar's through the API.
		assertThat(coordinator.get("/api/check-ins/due").expect(200).valueStream()
			.filter(due -> mentorship.equals(due.get("mentorship").asString()))
			.map(due -> due.get("party").asString())).containsExactlyInAnyOrder("MENTEE", "MENTOR");
		signOut();
		signIn(coordinatorEmail, CHOSEN_PASSWORD);
		page.navigate(url("/mentorships/" + mentorship));
		assertThat(page.locator("#check-ins li")).hasCount(2);
		page.locator("#check-ins summary").click();
		page.locator("#checkin-party").selectOption("MENTEE");
		page.locator("#checkin-heldOn").fill(today().toString());
		page.locator("#checkin-mode").selectOption("PHONE");
		page.locator("#checkin-satisfaction").fill("4");
		page.locator("#checkin-progress").selectOption("AS_PLANNED");
		page.locator("#checkin-asAgreed").check();
		page.locator("#checkin-notes").fill("Bon départ; une rencontre trop courte la 2e semaine.");
		check("ociso-coordinator-records-a-check-in");
		button(text(FRENCH, "checkIn.save")).click();
		assertThat(page.locator("main")).containsText(text(FRENCH, "checkIn.recorded"));
		assertThat(page.locator("#check-ins tbody tr")).hasCount(1);
		assertThat(coordinator.get("/api/check-ins/due").expect(200).valueStream()
			.filter(due -> mentorship.equals(due.get("mentorship").asString()))
			.map(due -> due.get("party").asString())).containsExactly("MENTOR");
		coordinator.post("/api/mentorships/" + mentorship + "/check-ins", Map.of("party", "MENTOR", "heldOn",
				today().toString(), "mode", "VIDEO", "satisfaction", 5, "progress", "AHEAD", "meetingsAsAgreed", true))
			.expect(200);
		var followUp = coordinator.get("/api/mentorships/" + mentorship + "/follow-up").expect(200);
		assertThat(followUp.get("checkIns")).hasSize(2);
		assertThat(coordinator.get("/api/check-ins/due").expect(200).valueStream()
			.map(due -> due.get("mentorship").asString())).doesNotContain(mentorship);

		// Four more weeks, then the pair closes by mutual agreement: Mei works in her field.
		for (int week = 5; week <= 8; week++) {
			clock.advance(Duration.ofDays(7));
			meet(asOmar, asMei, mentorship, 60);
		}
		var twoMonths = coordinator.get("/api/mentorships/" + mentorship).expect(200);
		assertThat(twoMonths.get("cadence").get("meetingsDone").asInt()).isEqualTo(7);
		coordinator.post("/api/mentorships/" + mentorship + "/close", Map.of("version", twoMonths.get("version").asLong(),
				"reason", "EMPLOYED", "employment", "EMPLOYED_IN_FIELD", "on", today().toString())).expect(200);

		// The results of the period: the pair, and the agency's referral, returned once and admitted.
		var from = today().minusMonths(4);
		page.navigate(url("/reports/results?program=" + programId + "&from=" + from + "&to=" + today()));
		check("ociso-results");
		var agencyRow = page.locator("#referrals tbody tr").filter(new Locator.FilterOptions().setHasText(partnerName));
		assertThat(agencyRow.locator("td")).hasText(new String[] { "1", "1", "1" });
		var report = coordinator.get("/api/reports/results?program=" + programId + "&from=" + from + "&to=" + today())
			.expect(200);
		assertThat(report.get("total").get("mentorsRegistered").asLong()).isEqualTo(1);
		assertThat(report.get("total").get("matches").asLong()).isEqualTo(1);
		assertThat(report.get("total").get("menteesEmployedInField").asLong()).isEqualTo(1);
	}

	/** Mei as the agency's system sends her: CLB 4, no workshop attended. */
	private static Map<String, Object> clientWith(String programId, String email) {
		var client = new HashMap<String, Object>();
		client.put("programId", programId);
		client.put("firstName", "Mei");
		client.put("lastName", "Zhang");
		client.put("email", email);
		client.put("preferredLanguage", "EN");
		client.put("postalCode", "K1Y 2X5");
		client.put("province", "ON");
		client.put("immigrationStatus", "PERMANENT_RESIDENT");
		client.put("foreignDiploma", true);
		client.put("englishLevel", 4);
		client.put("frenchLevel", 3);
		client.put("targetOccupationCode", "21231");
		client.put("careerGoals", "Software developer in Ottawa.");
		client.put("noWorkshopsAttended", true);
		client.put("readinessNotes", "Actively looking; evenings free.");
		client.put("consentToShare", true);
		return client;
	}

	/** A meeting logged by the mentor and confirmed by the mentee. */
	private void meet(Api mentor, Api mentee, String mentorship, int minutes) {
		var logged = mentor.post("/api/mentorships/" + mentorship + "/meetings",
				Map.of("heldOn", today().toString(), "minutes", minutes, "mode", "VIDEO")).expect(200);
		var meeting = logged.get("meetings").valueStream()
			.filter(m -> m.get("confirmedAt") == null || m.get("confirmedAt").isNull())
			.findFirst()
			.orElseThrow();
		mentee.post("/api/meetings/" + meeting.get("id").asString() + "/confirm",
				Map.of("version", meeting.get("version").asLong())).expect(200);
	}
}
