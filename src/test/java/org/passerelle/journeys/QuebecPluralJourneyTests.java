package org.passerelle.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The Québec pluriel model from an empty installation: open one-to-one mentoring, meetings of at
 * least an hour, a check-in every four weeks. The administrator opens the lead agency with its
 * coordinator and a partner agency with its referral agent; each chooses her password from her
 * e-mail. The agent refers a client in the referral form, answering the program's attestation
 * there, and submits; the coordinator, told by e-mail, admits the client in the page; the agency is
 * told by e-mail. The coordinator records a recruited mentor, passes both through intake and
 * invites them; both join from their e-mails, accept the pair, sign and meet every week for a
 * month; the pair closes. The results of the period, read on a phone too, show the pair and the
 * referral of the partner agency.
 */
class QuebecPluralJourneyTests extends JourneyTest {

	private static final Locale FRENCH = Locale.CANADA_FRENCH;

	@Test
	void aPartnerAgencyRefersAClientWhoIsAdmittedMatchedWithARecruitedMentorAndCounted() {
		// The administrator opens the lead agency, its coordinator, the partner agency and its agent.
		var mark = unique();
		var lead = admin().post("/api/organisations", Map.of("name", "CJEO " + mark, "type", "LEAD_AGENCY")).expect(201);
		var partnerName = "Accueil Outaouais " + mark;
		var partner = admin().post("/api/organisations", Map.of("name", partnerName, "type", "REFERRAL_AGENCY"))
			.expect(201);
		var coordinatorEmail = email("coordination-qp");
		var agentEmail = email("agente");
		admin().post("/api/users", Map.of("email", coordinatorEmail, "fullName", "Claire Tremblay", "role", "COORDINATOR",
				"organisationId", lead.get("id").asString(), "preferredLanguage", "FR")).expect(201);
		admin().post("/api/users", Map.of("email", agentEmail, "fullName", "Sofia Mendes", "role", "REFERRAL_PARTNER",
				"organisationId", partner.get("id").asString(), "preferredLanguage", "FR")).expect(201);
		var coordinatorsLink = mail.awaitTo(coordinatorEmail, "").link("/password/reset/");
		anonymous().post("/api/password/reset", Map.of("token", token(coordinatorsLink),
				"password", CHOSEN_PASSWORD)).expect(204);
		var coordinator = as(coordinatorEmail);

		// The program, from the Québec pluriel model, coordinated by Claire.
		var programName = "Québec pluriel " + mark;
		var programId = admin().post("/api/program-templates/QUEBEC_PLURIEL/programs",
				Map.of("name", programName, "leadOrganisationId", lead.get("id").asString()))
			.expect(201)
			.get("id")
			.asString();
		admin().put("/api/programs/" + programId + "/coordinators", Map.of("coordinators", List.of(userId(coordinatorEmail))))
			.expect(200);

		// Sofia chooses her password from her e-mail, in the page.
		page.navigate(mail.awaitTo(agentEmail, "").link("/password/reset/"));
		check("qp-agent-chooses-password");
		page.locator("#password").fill(CHOSEN_PASSWORD);
		page.locator("#repeated").fill(CHOSEN_PASSWORD);
		page.locator("main form button[type=submit]").click();
		signIn(agentEmail, CHOSEN_PASSWORD);

		// She refers Karim in the form: choosing the program brings its attestation question.
		var clientEmail = email("karim");
		page.navigate(url("/referrals/new"));
		page.locator("#programId").selectOption(programId);
		var attestation = page.locator("#attestation-newcomer-or-visible-minority-youth-yes");
		assertThat(attestation).isVisible();
		check("qp-referral-form-with-attestation");
		page.locator("#firstName").fill("Karim");
		page.locator("#lastName").fill("Haddad");
		page.locator("#email").fill(clientEmail);
		page.locator("#postalCode").fill("J8X 2K1");
		page.locator("#immigrationStatus").selectOption("PERMANENT_RESIDENT");
		page.locator("#targetOccupationCode").fill("21231");
		page.locator("#frenchLevel").fill("8");
		page.locator("#careerGoals").fill("Travailler comme développeur logiciel à Gatineau.");
		attestation.check();
		page.locator("#readinessNotes").fill("Prêt à commencer; disponible les soirs.");
		page.locator("input[name=consentToShare][type=checkbox]").check();
		button(text(FRENCH, "referrals.create")).click();
		assertThat(page.locator("h1")).containsText("Karim Haddad");
		var referralUrl = page.url();
		var referralId = referralUrl.substring(referralUrl.lastIndexOf('/') + 1);
		assertThat(page.locator("#eligibility-status")).hasText(text(FRENCH, "EligibilityStatus.ELIGIBLE"));
		check("qp-referral-draft");
		button(text(FRENCH, "referral.submit")).click();
		assertThat(page.locator("main dl")).containsText(text(FRENCH, "ReferralStatus.SUBMITTED"));
		signOut();

		// Claire is told by e-mail; she follows its link, signs in and admits Karim in the page.
		var submitted = mail.awaitTo(coordinatorEmail, programName);
		page.navigate(submitted.link("/referrals/" + referralId));
		page.locator("#email").fill(coordinatorEmail);
		page.locator("#password").fill(CHOSEN_PASSWORD);
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("#decision-title")).isVisible();
		check("qp-coordinator-decides");
		page.locator("#admit-note").fill("Entrevue prévue la semaine prochaine.");
		button(text(FRENCH, "referral.admit")).click();
		assertThat(page.locator("main dl")).containsText(text(FRENCH, "ReferralStatus.ADMITTED"));

		// Sofia's agency is told.
		var admitted = mail.awaitTo(agentEmail, programName);
		assertThat(admitted.subject()).isEqualTo("[Passerelle] " + text(FRENCH, "notification.referral.admitted.title", programName));
		assertThat(admitted.link("/referrals/")).endsWith("/referrals/" + referralId);
		// the agency reads the decision; without the client's consent to share with it, nothing more
		assertThat(as(agentEmail).get("/api/referrals/" + referralId).expect(200).get("decisionOnly").asBoolean()).isTrue();
		var client = coordinator.get("/api/referrals/" + referralId).expect(200).get("participant").asString();

		// Claire records Louise, a retired volunteer recruited at a community evening, with her attestation.
		var mentorEmail = email("louise");
		var mentor = coordinator.post("/api/participants", Map.of("firstName", "Louise", "lastName", "Gagné",
				"email", mentorEmail, "preferredLanguage", "FR", "postalCode", "J8Y 3R5", "occupationCode", "21231",
				"programId", programId, "role", "MENTOR", "languages", List.of(Map.of("code", "fr")),
				"attestations", Map.of("experienced-worker-or-retired", true)))
			.expect(201)
			.get("id")
			.asString();
		for (var id : List.of(client, mentor)) {
			for (var step : List.of("INTERVIEW", "ORIENTATION_SESSION")) {
				coordinator.post("/api/participants/" + id + "/screenings", Map.of("kind", step, "date", today().toString(),
						"outcome", "PASSED", "programId", programId)).expect(200);
			}
		}

		// She invites both; Karim joins from his e-mail in the page, Louise through the API.
		var invited = coordinator.post("/api/programs/" + programId + "/invitations", Map.of("all", true)).expect(200);
		assertThat(invited.valueStream().map(invitation -> invitation.get("participant").asString()))
			.containsExactlyInAnyOrder(client, mentor);
		signOut();
		page.navigate(mail.awaitTo(clientEmail, "").link("/invitations/"));
		check("qp-client-invitation");
		page.locator("#password").fill(CHOSEN_PASSWORD);
		page.locator("#repeated").fill(CHOSEN_PASSWORD);
		page.locator("main form button[type=submit]").click();
		signIn(clientEmail, CHOSEN_PASSWORD);
		var louisesLink = mail.awaitTo(mentorEmail, "").link("/invitations/");
		anonymous().post("/api/invitations/" + token(louisesLink),
				Map.of("password", CHOSEN_PASSWORD, "language", "FR")).expect(201);
		var karim = as(clientEmail);
		var louise = as(mentorEmail);

		// Claire proposes the pair; both accept, meet with the liaison agent and sign.
		var matchId = coordinator.post("/api/programs/" + programId + "/matches", Map.of("mentee", client, "mentor", mentor))
			.expect(201)
			.get("id")
			.asString();
		karim.post("/api/matches/" + matchId + "/answer", Map.of("version", version(coordinator, matchId),
				"decision", "ACCEPTED")).expect(200);
		louise.post("/api/matches/" + matchId + "/answer", Map.of("version", version(coordinator, matchId),
				"decision", "ACCEPTED")).expect(200);
		coordinator.post("/api/matches/" + matchId + "/introduction", Map.of("version", version(coordinator, matchId),
				"on", today().toString())).expect(200);
		page.navigate(url("/matches/" + matchId));
		check("qp-client-signs");
		button(text(FRENCH, "agreement.sign")).click();
		louise.post("/api/matches/" + matchId + "/sign", Map.of("version", version(coordinator, matchId))).expect(200);
		var mentorship = await(() -> karim.get("/api/mentorships").expect(200), list -> list.size() == 1).get(0)
			.get("id")
			.asString();

		// A meeting of at least an hour every week for a month, logged by Louise and confirmed by Karim;
		// Claire's check-in at four weeks.
		for (int week = 1; week <= 4; week++) {
			clock.advance(Duration.ofDays(7));
			var logged = louise.post("/api/mentorships/" + mentorship + "/meetings",
					Map.of("heldOn", today().toString(), "minutes", 60, "mode", "IN_PERSON")).expect(200);
			var meeting = logged.get("meetings").valueStream()
				.filter(m -> m.get("confirmedAt") == null || m.get("confirmedAt").isNull())
				.findFirst()
				.orElseThrow();
			karim.post("/api/meetings/" + meeting.get("id").asString() + "/confirm",
					Map.of("version", meeting.get("version").asLong())).expect(200);
		}
		coordinator.post("/api/mentorships/" + mentorship + "/check-ins", Map.of("party", "MENTEE", "heldOn",
				today().toString(), "mode", "PHONE", "satisfaction", 5, "progress", "AS_PLANNED", "meetingsAsAgreed", true))
			.expect(200);
		var month = coordinator.get("/api/mentorships/" + mentorship).expect(200);
		assertThat(month.get("cadence").get("meetingsDone").asInt()).isEqualTo(4);

		// Karim finds work in his field; Claire closes the pair in the page.
		signOut();
		signIn(coordinatorEmail, CHOSEN_PASSWORD);
		page.navigate(url("/mentorships/" + mentorship));
		page.locator("summary").filter(new com.microsoft.playwright.Locator.FilterOptions()
			.setHasText(text(FRENCH, "mentorships.close"))).click();
		page.locator("#reason").selectOption("EMPLOYED");
		page.locator("#employment").selectOption("EMPLOYED_IN_FIELD");
		page.locator("#close-why").fill("Embauché comme développeur à Gatineau.");
		check("qp-coordinator-closes");
		button(text(FRENCH, "mentorships.close.save")).click();
		assertThat(page.locator("main")).containsText(text(FRENCH, "mentorship.closedNow"));
		assertThat(coordinator.get("/api/mentorships/" + mentorship).expect(200).get("status").asString())
			.isEqualTo("CLOSED");

		// Claire reads the results of the period, at her desk and on her phone.
		var from = today().minusMonths(3);
		page.navigate(url("/reports/results?program=" + programId + "&from=" + from + "&to=" + today()));
		check("qp-results");
		var programRow = page.locator("#results tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
			.setHasText(programName));
		assertThat(programRow.locator("td").nth(2)).hasText("1");
		assertThat(programRow.locator("td").nth(3)).hasText("1");
		var agencyRow = page.locator("#referrals tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
			.setHasText(partnerName));
		assertThat(agencyRow.locator("td").first()).hasText("1");
		page.setViewportSize(390, 844);
		page.navigate(url("/reports/results?program=" + programId + "&from=" + from + "&to=" + today()));
		check("qp-results-phone");
		assertThat(page.locator("#referrals")).containsText(partnerName);

		var report = coordinator.get("/api/reports/results?program=" + programId + "&from=" + from + "&to=" + today())
			.expect(200);
		assertThat(report.get("total").get("matches").asLong()).isEqualTo(1);
		assertThat(report.get("total").get("menteesEmployedInField").asLong()).isEqualTo(1);
		var referrals = report.get("referrals").get(0);
		assertThat(referrals.get("name").asString()).isEqualTo(partnerName);
		assertThat(referrals.get("referred").asLong()).isEqualTo(1);
		assertThat(referrals.get("admitted").asLong()).isEqualTo(1);
	}

	/** The token a link from an e-mail carries: its last path segment. */
}
