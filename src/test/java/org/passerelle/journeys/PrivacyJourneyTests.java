package org.passerelle.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Privacy under Law 25, from an empty installation: the administrator opens the privacy officer's
 * account; a coordinator registers a mentee who joins; the mentee withdraws her consent to be
 * contacted by e-mail, and the next invitation reaches her in the application only while her
 * coordinator is told; the coordinator opens her file, and both the privacy officer (audit trail)
 * and the mentee (who consulted my file) find that view; she downloads her data; the officer
 * records a serious confidentiality incident through both its notices to its closure; the public
 * notice names the purposes in French and in English.
 */
class PrivacyJourneyTests extends JourneyTest {

	private static final Locale FRENCH = Locale.CANADA_FRENCH;

	private static final Locale ENGLISH = Locale.CANADA;

	@Test
	void aMenteeWithdrawsEmailContactSeesWhoReadHerFileAndDownloadsHerDataWhileTheOfficerKeepsTheRegisters() {
		// The administrator opens the agency, the privacy officer's account and a coordinator's.
		var agency = admin().post("/api/organisations", Map.of("name", "Agence vie privée " + unique(), "type", "LEAD_AGENCY"))
			.expect(201)
			.get("id")
			.asString();
		var officerEmail = email("responsable-vie-privee");
		var coordinatorEmail = email("coordination-vie-privee");
		admin().post("/api/users", Map.of("email", officerEmail, "fullName", "Hélène Lavoie", "role", "PRIVACY_OFFICER",
				"organisationId", agency, "preferredLanguage", "FR")).expect(201);
		admin().post("/api/users", Map.of("email", coordinatorEmail, "fullName", "Nadia Pelletier", "role", "COORDINATOR",
				"organisationId", agency, "preferredLanguage", "FR")).expect(201);
		// the officer chooses her password from the e-mail's link, in the browser
		page.navigate(mail.awaitTo(officerEmail, "").link("/password/reset/"));
		page.locator("#password").fill(CHOSEN_PASSWORD);
		page.locator("#repeated").fill(CHOSEN_PASSWORD);
		check("officer-chooses-password");
		button(text(FRENCH, "password.choose.submit")).click();
		signIn(officerEmail, CHOSEN_PASSWORD);
		signOut();
		anonymous().post("/api/password/reset", Map.of("token",
				token(mail.awaitTo(coordinatorEmail, "").link("/password/reset/")), "password", CHOSEN_PASSWORD))
			.expect(204);
		var officer = as(officerEmail);
		var coordinator = as(coordinatorEmail);
		var programId = admin().post("/api/program-templates/SOIIT/programs",
				Map.of("name", "Mentorat vie privée " + unique(), "leadOrganisationId", agency))
			.expect(201)
			.get("id")
			.asString();
		admin().put("/api/programs/" + programId + "/coordinators", Map.of("coordinators", List.of(userId(coordinatorEmail))))
			.expect(200);

		// Nadia registers Amina, records her consents from the paper intake form, screens and invites her.
		var menteeEmail = email("amina");
		var lastName = "Benali" + unique();
		var mentee = coordinator.post("/api/participants", Map.of("firstName", "Amina", "lastName", lastName, "email",
				menteeEmail, "preferredLanguage", "FR", "postalCode", "J8X 2K1", "occupationCode", "21231", "programId",
				programId, "role", "MENTEE", "languages", List.of(Map.of("code", "fr")))).expect(201).get("id").asString();
		for (var purpose : List.of("SHARE_WITH_PROGRAM", "CONTACT_BY_EMAIL")) {
			coordinator.post("/api/participants/" + mentee + "/consents", Map.of("purpose", purpose, "granted", true,
					"means", "PAPER")).expect(200);
		}
		screen(coordinator, mentee, "INTERVIEW", programId);
		screen(coordinator, mentee, "ORIENTATION_SESSION", programId);
		coordinator.post("/api/programs/" + programId + "/invitations", Map.of("all", true)).expect(200);
		anonymous().post("/api/invitations/" + token(mail.awaitTo(menteeEmail, "").link("/invitations/")),
				Map.of("password", CHOSEN_PASSWORD, "language", "FR")).expect(201);
		var amina = as(menteeEmail);

		// An invitation to a workshop reaches her by e-mail while she consents.
		invite(coordinator, programId, "Atelier CV " + unique(), mentee);
		mail.awaitTo(menteeEmail, "Atelier CV");

		// She withdraws her consent to be contacted by e-mail, from her account's page.
		signIn(menteeEmail, CHOSEN_PASSWORD);
		page.navigate(url("/account/consents"));
		var byEmail = page.locator("[data-purpose=CONTACT_BY_EMAIL]");
		assertThat(byEmail.locator("button")).hasText(text(FRENCH, "privacy.consent.own.withdraw"));
		check("own-consents");
		byEmail.locator("button").click();
		assertThat(page.locator("[data-purpose=CONTACT_BY_EMAIL] button")).hasText(text(FRENCH, "privacy.consent.own.give"));
		var own = amina.get("/api/account/consents").expect(200);
		assertThat(own.valueStream()
			.filter(answer -> "CONTACT_BY_EMAIL".equals(answer.get("purpose").asString()))
			.map(answer -> answer.get("granted").asBoolean())).containsExactly(true, false);
		assertThat(coordinator.get("/api/participants/" + mentee + "/consents").expect(200).valueStream()
			.filter(answer -> "CONTACT_BY_EMAIL".equals(answer.get("purpose").asString()))
			.reduce((a, b) -> b)
			.orElseThrow()
			.get("granted")
			.asBoolean()).as("the coordinator reads the withdrawal").isFalse();

		// The next invitation reaches her in the application only; her coordinator is told, with a link to her file.
		var networking = "Réseautage " + unique();
		int emailsBefore = mail.to(menteeEmail).size();
		invite(coordinator, programId, networking, mentee);
		await(() -> amina.get("/api/notifications").expect(200),
				list -> list.valueStream().anyMatch(notice -> notice.get("title").asString().contains(networking)));
		var told = await(() -> coordinator.get("/api/notifications").expect(200),
				list -> list.valueStream().anyMatch(notice -> ("/participants/" + mentee).equals(notice.get("link").asString())));
		assertThat(told.valueStream()
			.filter(notice -> ("/participants/" + mentee).equals(notice.get("link").asString()))
			.findFirst()
			.orElseThrow()
			.get("title")
			.asString()).contains(lastName);
		// she forgets her password: that e-mail, necessary to the service, still comes, and it alone
		anonymous().post("/api/password/forgot", Map.of("email", menteeEmail)).expect(202);
		mail.awaitTo(menteeEmail, text(FRENCH, "password.email.reset.subject"));
		assertThat(mail.to(menteeEmail)).hasSize(emailsBefore + 1)
			.noneMatch(email -> email.subject().contains(networking));
		signOut();

		// Nadia opens Amina's file on its page: one view more in the trail, the only one of this visit.
		var viewsBefore = views(officer, mentee, coordinatorEmail);
		var accessesBefore = amina.get("/api/account/file-accesses").expect(200).size();
		signIn(coordinatorEmail, CHOSEN_PASSWORD);
		page.navigate(url("/participants/" + mentee));
		assertThat(page.locator("h1")).containsText(lastName);
		signOut();

		// The privacy officer finds that view in the audit trail, on the page and through the API.
		signIn(officerEmail, CHOSEN_PASSWORD);
		page.navigate(url("/privacy/audit?person=" + menteeEmail + "&from=" + today()));
		var views = page.locator("tr[data-action=VIEW_RECORD]").filter(
				new com.microsoft.playwright.Locator.FilterOptions().setHasText("Nadia Pelletier"));
		assertThat(views.first()).containsText(lastName);
		check("privacy-audit-of-a-person");
		var trail = officer.get("/api/privacy/audit?person=" + mentee + "&user=" + coordinatorEmail + "&from=" + today())
			.expect(200);
		assertThat(views(officer, mentee, coordinatorEmail)).isEqualTo(viewsBefore + 1);
		assertThat(trail.get("entries").get(0).get("action").asString()).as("the most recent first").isEqualTo("VIEW_RECORD");
		assertThat(trail.get("entries").valueStream().map(entry -> entry.get("userName").asString()))
			.containsOnly("Nadia Pelletier");
		assertThat(coordinator.get("/api/privacy/audit?person=" + mentee).status())
			.as("a coordinator does not read the audit trail").isEqualTo(403);
		signOut();

		// Amina sees in "who consulted my file" that Nadia viewed it.
		signIn(menteeEmail, CHOSEN_PASSWORD);
		page.navigate(url("/account/file-accesses"));
		assertThat(page.locator("tr[data-action=VIEW_RECORD]").first()).containsText("Nadia Pelletier");
		check("own-file-accesses");
		var accesses = amina.get("/api/account/file-accesses").expect(200);
		assertThat(accesses.size()).isEqualTo(accessesBefore + 1);
		assertThat(accesses.valueStream()
			.filter(access -> "VIEW_RECORD".equals(access.get("action").asString()))
			.map(access -> access.get("by").asString())).contains("Nadia Pelletier");

		// She downloads her data: the JSON file names her and holds her withdrawal; the PDF comes too.
		page.navigate(url("/account"));
		var json = page.waitForDownload(() -> link(text(FRENCH, "privacy.export.json")).click());
		JsonNode data;
		try {
			data = JsonMapper.builder().build().readTree(Files.readString(json.path(), StandardCharsets.UTF_8));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		assertThat(data.get("fullName").asString()).contains("Amina").contains(lastName);
		assertThat(data.get("person").asString()).isEqualTo(mentee);
		assertThat(data.get("tables").get("participant_consent").valueStream()
			.filter(row -> "CONTACT_BY_EMAIL".equals(row.get("purpose").asString()))
			.map(row -> row.get("granted").asBoolean())).as("her answers, the withdrawal among them").contains(true, false);
		var pdf = page.waitForDownload(() -> link(text(FRENCH, "privacy.export.pdf")).click());
		byte[] printed;
		try {
			printed = Files.readAllBytes(pdf.path());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		assertThat(new String(printed, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(amina.get("/api/account/personal-data").expect(200).get("fullName").asString()).contains(lastName);
		signOut();

		// The officer records a serious confidentiality incident on its page, then both notices and the closure.
		signIn(officerEmail, CHOSEN_PASSWORD);
		var what = "Liste de mentorés envoyée au mauvais employeur " + unique();
		page.navigate(url("/privacy/incidents/new"));
		page.locator("#whatHappened").fill(what);
		page.locator("#informationConcerned").fill("Noms, courriels et statut d’immigration");
		page.locator("#personsCount").fill("12");
		page.locator("#personsDescription").fill("Les mentorés d’un programme");
		page.locator("#occurredOn").fill(today().minusDays(2).toString());
		page.locator("#knownOn").fill(today().minusDays(1).toString());
		page.locator("#sensitivity").selectOption("HIGH");
		page.locator("#consequences").fill("Discrimination à l’embauche");
		page.locator("#likelihood").selectOption("MODERATE");
		page.locator("input[type=checkbox][name=seriousRisk]").check();
		page.locator("#reasoning").fill("Le statut d’immigration est sensible et la liste a quitté l’organisme");
		page.locator("#commissionNoticePlanned").fill(today().toString());
		page.locator("#personsNoticePlanned").fill(today().plusDays(1).toString());
		check("incident-form");
		button(text(FRENCH, "privacy.incident.record")).click();
		page.waitForURL(address -> address.matches(".*/privacy/incidents/[0-9a-f-]{36}$"));
		var incident = page.url().substring(page.url().lastIndexOf('/') + 1);
		var recorded = officer.get("/api/privacy/incidents/" + incident).expect(200);
		assertThat(recorded.get("whatHappened").asString()).isEqualTo(what);
		assertThat(recorded.get("seriousRisk").asBoolean()).isTrue();
		// not closed while its notices wait
		assertThat(officer.post("/api/privacy/incidents/" + incident + "/close?version=" + recorded.get("version").asLong(),
				null).status()).isEqualTo(422);
		// the notice to the Commission, sent from its online form, recorded through the API
		var noticed = officer.post("/api/privacy/incidents/" + incident + "/notices", Map.of("recipient", "COMMISSION",
				"sentOn", today().toString(), "means", "ONLINE_FORM", "version", recorded.get("version").asLong()))
			.expect(200);
		assertThat(officer.post("/api/privacy/incidents/" + incident + "/close?version="
				+ noticed.get("version").asLong(), null).status()).as("the persons not told yet").isEqualTo(422);
		// the notice to the persons, a measure and the closure, on the incident's page
		page.navigate(url("/privacy/incidents/" + incident));
		page.locator("#recipient").selectOption("PERSONS");
		page.locator("#sentOn").fill(today().toString());
		page.locator("#means").selectOption("EMAIL");
		button(text(FRENCH, "privacy.incident.notice.record")).click();
		assertThat(page.locator("tr[data-recipient=PERSONS]")).containsText(text(FRENCH, "NoticeMeans.EMAIL"));
		page.locator("#takenOn").fill(today().toString());
		page.locator("#description").fill("L’employeur a confirmé avoir supprimé la liste");
		button(text(FRENCH, "privacy.incident.measure.record")).click();
		assertThat(page.locator("main")).containsText("L’employeur a confirmé avoir supprimé la liste");
		check("incident-noticed");
		button(text(FRENCH, "privacy.incident.close")).click();
		assertThat(page.locator("main")).containsText(text(FRENCH, "privacy.incident.closed.saved"));
		var closed = officer.get("/api/privacy/incidents/" + incident).expect(200);
		assertThat(closed.get("closedOn").asString()).isEqualTo(today().toString());
		assertThat(closed.get("notices").valueStream().map(notice -> notice.get("sentOn").asString()))
			.containsExactly(today().toString(), today().toString());
		assertThat(closed.get("measures")).hasSize(1);
		page.navigate(url("/privacy/incidents/" + incident));
		assertThat(page.locator("tr[data-recipient=PERSONS]")).containsText(text(FRENCH, "NoticeMeans.EMAIL"));
		assertThat(page.locator("form[action$='/close']")).hasCount(0);
		check("incident-closed");
		assertThat(officer.get("/api/privacy/incidents").expect(200).valueStream()
			.map(listed -> listed.get("id").asString())).contains(incident);
		page.navigate(url("/privacy/incidents"));
		assertThat(page.locator("main")).containsText(what.substring(0, 30));
		signOut();

		// The public notice, without signing in: the purposes in French, then in English.
		page.navigate(url("/privacy/notice"));
		assertThat(page.locator("dt[data-purpose=CONTACT_BY_EMAIL]")).hasText(text(FRENCH, "ConsentPurpose.CONTACT_BY_EMAIL"));
		assertThat(page.locator("dt[data-purpose=SHARE_WITH_PROGRAM]"))
			.hasText(text(FRENCH, "ConsentPurpose.SHARE_WITH_PROGRAM"));
		check("privacy-notice-fr");
		useLocale(ENGLISH);
		page.navigate(url("/privacy/notice"));
		assertThat(page.locator("dt[data-purpose=CONTACT_BY_EMAIL]")).hasText("Being contacted by e-mail");
		assertThat(page.locator("dt[data-purpose=SHARE_WITH_PROGRAM]"))
			.hasText(text(ENGLISH, "ConsentPurpose.SHARE_WITH_PROGRAM"));
		check("privacy-notice-en");
		assertThat(anonymous().inEnglish().get("/api/privacy/notice").expect(200).get("purposes").valueStream()
			.map(purpose -> purpose.asString())).contains("CONTACT_BY_EMAIL", "SHARE_WITH_PROGRAM");
	}

	/** How many times this user viewed this person's file, as the privacy officer reads the trail. */
	private long views(Api officer, String person, String user) {
		return officer.get("/api/privacy/audit?person=" + person + "&user=" + user + "&size=200")
			.expect(200)
			.get("entries")
			.valueStream()
			.filter(entry -> "VIEW_RECORD".equals(entry.get("action").asString()))
			.count();
	}

	/** The coordinator schedules a workshop next week and invites this participant to it. */
	private void invite(Api coordinator, String programId, String title, String participant) {
		var activity = coordinator.post("/api/activities", Map.of("program", programId, "kind", "WORKSHOP", "title", title,
				"startsAt", today().plusDays(7).atTime(18, 0).toString(), "durationMinutes", 90, "place", "Salle 2"))
			.expect(201)
			.get("id")
			.asString();
		coordinator.post("/api/activities/" + activity + "/invitations", Map.of("version",
				coordinator.get("/api/activities/" + activity).expect(200).get("version").asLong(), "participants",
				List.of(participant))).expect(200);
	}
}
