package org.passerelle.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.core.Language;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Group sessions and events from the pages and the API: who reaches what, what bad input says in
 * each language, and what a stale version answers.
 */
@IntegrationTest
class ActivityWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Activities activities;

	@Autowired
	ProgramManagement programs;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	ParticipantDirectory directory;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	Clock clock;

	ActivityFixtures placement() {
		return ActivityFixtures.placement(new Fixtures(organisations, users), programs, participants);
	}

	static RequestPostProcessor as(String email) {
		return httpBasic(email, Fixtures.PASSWORD);
	}

	@Test
	void aCoordinatorSchedulesInvitesAndTakesAttendanceFromThePagesAndTheInvitedAnswer() throws Exception {
		var f = placement();
		var amina = f.person(Audience.MENTEE, "Amina", Language.FR);
		var coordinator = Fixtures.signIn(mvc, f.coordinator().email());
		var day = LocalDate.now(clock).plusDays(10);

		mvc.perform(get("/activities/new").session(coordinator).cookie(new Cookie("passerelle-lang", "en-CA")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString(f.program().name())))
			.andExpect(result -> assertThat(Jsoup.parse(result.getResponse().getContentAsString())
				.select("#programId option[selected]").val()).isEqualTo(f.program().id().toString()));
		var created = mvc.perform(post("/activities").session(coordinator).with(csrf())
			.param("programId", f.program().id().toString())
			.param("kind", "PEER_SUPPORT")
			.param("title", "Rencontre des pairs")
			.param("date", day.toString())
			.param("startTime", "18:00")
			.param("endTime", "20:00")
			.param("place", "https://meet.example.org/pairs")
			.param("occurrences", "1"))
			.andExpect(flash().attribute("saved", "activity.scheduled"))
			.andExpect(redirectedUrlPattern("/activities/*"))
			.andReturn().getResponse().getRedirectedUrl();
		var id = new ActivityId(java.util.UUID.fromString(created.substring("/activities/".length())));
		var scheduled = activities.find(f.coordinator(), id);
		assertThat(scheduled.durationMinutes()).isEqualTo(120);
		assertThat(scheduled.mandatory()).isTrue();

		var invitePage = Jsoup.parse(mvc.perform(get("/activities/{id}", id.value()).session(coordinator))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(invitePage.select("select[multiple]")).as("no Ctrl-click list").isEmpty();
		assertThat(invitePage.select("#participants-list input[type=checkbox][name=participants]").eachAttr("value"))
			.contains(amina.id().toString());
		assertThat(invitePage.select("input[type=search][data-filter-list=participants-list]")).hasSize(1);
		mvc.perform(post("/activities/{id}/invitations", id.value()).session(coordinator).with(csrf())
			.param("version", String.valueOf(scheduled.version()))
			.param("participants", amina.id().toString()))
			.andExpect(flash().attribute("saved", "activity.invited"));
		mvc.perform(post("/activities/{id}/invitations", id.value()).session(coordinator).with(csrf())
			.param("version", String.valueOf(scheduled.version()))
			.param("audiences", "MENTOR"))
			.andExpect(flash().attribute("failed", "form.concurrentEdit"));

		var asAmina = Fixtures.signIn(mvc, amina.user().email());
		var list = mvc.perform(get("/activities").session(asAmina)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(list).select("main table a").eachText()).containsExactly("Rencontre des pairs");
		assertThat(list).contains("Pas encore de réponse");
		mvc.perform(post("/activities/{id}/answer", id.value()).session(asAmina).with(csrf()).param("answer", "ATTENDING"))
			.andExpect(flash().attribute("saved", "activity.answered"));
		var page = mvc.perform(get("/activities/{id}", id.value()).session(asAmina)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(page).select("#my-answer").text()).isEqualTo("Votre réponse : Participera");
		assertThat(Jsoup.parse(page).select("#attendance")).isEmpty();

		var detail = Jsoup.parse(mvc.perform(get("/activities/{id}", id.value()).session(coordinator))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(detail.select("#attendance tbody th").eachText()).singleElement().asString().startsWith("Amina");
		assertThat(detail.select("#attendance input[type=radio]")).isEmpty();
		mvc.perform(post("/activities/{id}/attendance", id.value()).session(coordinator).with(csrf())
			.param("version", detail.selectFirst("#attendance input[name=version]").val())
			.param("attendance-" + amina.id(), "PRESENT"))
			.andExpect(flash().attribute("problem", "Les présences se prennent une fois l’événement commencé, pas avant."));

		var past = activities.schedule(f.coordinator(), f.program().id(), ActivityTests.event(ActivityKind.WORKSHOP,
				"Atelier CV", LocalDate.now(clock).minusDays(1).atTime(9, 0), 60, null, null));
		var invited = activities.invite(f.coordinator(), past.id(), past.version(), Set.of(), List.of(amina.id()));
		var sheet = Jsoup.parse(mvc.perform(get("/activities/{id}", past.id().value()).session(coordinator))
			.andReturn().getResponse().getContentAsString());
		assertThat(sheet.select("#attendance input[type=radio]")).hasSize(3);
		assertThat(sheet.select("#attendance label.visually-hidden").eachText()).contains("Présent : " + scheduledName(amina));
		mvc.perform(post("/activities/{id}/attendance", past.id().value()).session(coordinator).with(csrf())
			.param("version", String.valueOf(invited.version()))
			.param("attendance-" + amina.id(), "EXCUSED"))
			.andExpect(flash().attribute("saved", "activity.attendance.taken"));
		assertThat(activities.find(amina.actor(), past.id()).mine().attendance()).isEqualTo(Attendance.EXCUSED);
		mvc.perform(post("/activities/{id}/cancel", past.id().value()).session(coordinator).with(csrf())
			.param("version", String.valueOf(invited.version() + 1)).param("reason", "Trop tard"))
			.andExpect(flash().attribute("problem", "Un événement qui a eu lieu ne peut pas être annulé."));
	}

	@Test
	void theCountsOfAnEventAgreeInNumberInBothLanguages() throws Exception {
		var f = placement();
		var amina = f.enrol(Audience.MENTEE, "Amina");
		var event = activities.schedule(f.coordinator(), f.program().id(), ActivityTests.event(ActivityKind.WORKSHOP,
				"Atelier CV", LocalDate.now(clock).plusDays(5).atTime(9, 0), 60, null, 1));
		activities.invite(f.coordinator(), event.id(), event.version(), Set.of(), List.of(amina));
		var coordinator = Fixtures.signIn(mvc, f.coordinator().email());

		var french = Jsoup.parse(mvc.perform(get("/activities/{id}", event.id().value()).session(coordinator))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(french.select("#invitations > p").text()).isEqualTo("1 personne invitée, aucune présence confirmée");
		assertThat(french.select("dd").eachText()).contains("Aucune présence confirmée sur 1 place");
		var frenchList = Jsoup.parse(mvc.perform(get("/activities").session(coordinator))
			.andReturn().getResponse().getContentAsString());
		assertThat(frenchList.select("main").text()).contains("1 personne invitée").doesNotContain("1 personnes");

		var english = Jsoup.parse(mvc.perform(get("/activities/{id}", event.id().value()).session(coordinator)
			.cookie(new Cookie("passerelle-lang", "en-CA"))).andReturn().getResponse().getContentAsString());
		assertThat(english.select("#invitations > p").text()).isEqualTo("1 person invited, nobody attending");
		assertThat(english.select("dd").eachText()).contains("0 attending of 1 place");
	}

	@Test
	void theInvitationListNamesEachPersonWithTheirRoleInTheSingular() throws Exception {
		var f = placement();
		var jerome = f.enrol(Audience.MENTOR, "Jérôme");
		var amina = f.enrol(Audience.MENTEE, "Amina");
		var event = activities.schedule(f.coordinator(), f.program().id(), ActivityTests.event(ActivityKind.WORKSHOP,
				"Atelier CV", LocalDate.now(clock).plusDays(5).atTime(9, 0), 60, null, null));
		var coordinator = Fixtures.signIn(mvc, f.coordinator().email());

		var page = Jsoup.parse(mvc.perform(get("/activities/{id}", event.id().value()).session(coordinator))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		var names = directory.names(List.of(jerome, amina));
		assertThat(page.select("#participants-list label").eachText())
			.contains(names.get(jerome) + " (Mentor)", names.get(amina) + " (Mentoré)");
		var english = Jsoup.parse(mvc.perform(get("/activities/{id}", event.id().value()).session(coordinator)
			.cookie(new Cookie("passerelle-lang", "en-CA"))).andReturn().getResponse().getContentAsString());
		assertThat(english.select("#participants-list label").eachText())
			.contains(names.get(jerome) + " (Mentor)", names.get(amina) + " (Mentee)");
	}

	private String scheduledName(ActivityFixtures.Person person) {
		return directory.names(List.of(person.id())).get(person.id());
	}

	@Test
	void aWrongFormComesBackWithItsMessage() throws Exception {
		var f = placement();
		var coordinator = Fixtures.signIn(mvc, f.coordinator().email());
		var page = mvc.perform(post("/activities").session(coordinator).with(csrf())
			.param("programId", f.program().id().toString())
			.param("kind", "PARTY")
			.param("title", "")
			.param("date", LocalDate.now(clock).plusDays(3).toString())
			.param("startTime", "18:00")
			.param("endTime", "17:00"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(page).select("#error-summary li").eachText())
			.containsExactly("Choisissez un type d’événement dans la liste.");
		var untitled = mvc.perform(post("/activities").session(coordinator).with(csrf())
			.param("programId", f.program().id().toString())
			.param("kind", "WORKSHOP")
			.param("title", " ")
			.param("date", LocalDate.now(clock).plusDays(3).toString())
			.param("startTime", "18:00")
			.param("durationMinutes", "60"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(untitled).select("#error-summary li").eachText())
			.containsExactly("Donnez un titre à l’événement.");
		assertThat(Jsoup.parse(untitled).select("#title").attr("aria-invalid")).isEqualTo("true");
		var late = mvc.perform(post("/activities").session(coordinator).with(csrf())
			.cookie(new Cookie("passerelle-lang", "en-CA"))
			.param("programId", f.program().id().toString())
			.param("kind", "WORKSHOP")
			.param("title", "Atelier")
			.param("date", LocalDate.now(clock).plusDays(3).toString())
			.param("startTime", "18:00")
			.param("endTime", "17:00"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(late).select("#error-summary li").eachText())
			.containsExactly("The end must come after the start.");
		assertThat(activities.list(f.coordinator())).isEmpty();
	}

	@Test
	void badInputIsExplainedInFrenchAndInEnglishNeverAsAFailure() throws Exception {
		var f = placement();
		var coordinator = as(f.coordinator().email());
		var start = LocalDate.now(clock).plusDays(5).atTime(18, 0);
		var body = """
				{"program": "%s", "kind": "%s", "title": "%s", "startsAt": "%s", %s}""";
		String[][] cases = {
				{ "WORKSHOP", "Atelier", "\"endsAt\": \"" + start.minusHours(1) + "\"", "endsAt",
						"La fin doit venir après le début.", "The end must come after the start." },
				{ "WORKSHOP", "Atelier", "\"durationMinutes\": -30", "durationMinutes",
						"La durée doit être d’au moins 1 minute.", "The duration must be at least 1 minute." },
				{ "WORKSHOP", " ", "\"durationMinutes\": 30", "title", "Donnez un titre à l’événement.",
						"Give the event a title." } };
		for (var c : cases) {
			for (var language : List.of("fr", "en")) {
				mvc.perform(post("/api/activities").with(coordinator).header("Accept-Language", language)
					.contentType(MediaType.APPLICATION_JSON)
					.content(body.formatted(f.program().id(), c[0], c[1], start, c[2])))
					.andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.errors[0].field").value(c[3]))
					.andExpect(jsonPath("$.errors[0].message").value(language.equals("fr") ? c[4] : c[5]));
			}
		}
		mvc.perform(post("/api/activities").with(coordinator).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(f.program().id(), "PARTY", "Fête", start, "\"durationMinutes\": 30")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"))
			.andExpect(jsonPath("$.detail").value("The field kind does not hold a valid value."));
		mvc.perform(post("/api/activities").with(coordinator).header("Accept-Language", "fr")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(f.program().id(), "PARTY", "Fête", start, "\"durationMinutes\": 30")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));

		var amina = f.person(Audience.MENTEE, "Amina", Language.FR);
		var marc = f.enrol(Audience.MENTOR, "Marc");
		var past = activities.schedule(f.coordinator(), f.program().id(),
				ActivityTests.event(ActivityKind.PEER_SUPPORT, "Hier", start.minusDays(6), 60, null, null));
		var invited = activities.invite(f.coordinator(), past.id(), past.version(), Set.of(), List.of(amina.id()));
		for (var language : List.of("fr", "en")) {
			mvc.perform(post("/api/activities/{id}/attendance", past.id().value()).with(coordinator)
				.header("Accept-Language", language).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"version": %d, "marks": [{"participant": "%s", "attendance": "PRESENT"},
						                          {"participant": "%s", "attendance": "PRESENT"}]}"""
					.formatted(invited.version(), amina.id(), marc)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(language.equals("fr")
						? "Les présences ne se prennent que pour les personnes invitées à l’événement."
						: "Attendance is taken only for people invited to the event."));
		}
		mvc.perform(post("/api/activities/{id}/answer", past.id().value()).with(as(amina.user().email()))
			.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content("{\"answer\": \"ATTENDING\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Answers close when the event starts, or when it is cancelled."));
	}

	@Test
	void theApiSchedulesSeriesInvitesAndSummarisesWithinTheCallersScope() throws Exception {
		var f = placement();
		var coordinator = as(f.coordinator().email());
		var amina = f.person(Audience.MENTEE, "Amina", Language.EN);
		var yara = f.person(Audience.MENTEE, "Yara", Language.FR);
		var other = placement();
		var first = LocalDate.now(clock).minusDays(20).atTime(18, 0);

		var series = mvc.perform(post("/api/activities/series").with(coordinator).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"program": "%s", "title": "Pairs", "firstStartsAt": "%s", "durationMinutes": 90, "occurrences": 3}"""
				.formatted(f.program().id(), first)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0].kind").value("PEER_SUPPORT"))
			.andExpect(jsonPath("$[0].mandatory").value(true))
			.andExpect(jsonPath("$[1].startsAt").value(first.plusWeeks(2).toString() + ":00"))
			.andReturn().getResponse().getContentAsString();
		var firstId = JsonPath.read(series, "$[0].id").toString();
		var secondId = JsonPath.read(series, "$[1].id").toString();

		mvc.perform(post("/api/activities/{id}/invitations", firstId).with(coordinator)
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0, \"audiences\": [\"MENTEE\"]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.invited").value(2))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(post("/api/activities/{id}/invitations", firstId).with(coordinator)
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0, \"audiences\": [\"MENTOR\"]}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/activities/{id}/attendance", firstId).with(coordinator)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"version": 1, "marks": [{"participant": "%s", "attendance": "PRESENT"},
					                         {"participant": "%s", "attendance": "ABSENT"}]}"""
				.formatted(amina.id(), yara.id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("HELD"));
		mvc.perform(post("/api/activities/{id}/cancel", firstId).with(coordinator)
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": 1, \"reason\": \"Oups\"}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/activities/{id}/cancel", secondId).with(coordinator)
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0, \"reason\": \"Congé\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"));

		var summary = "/api/activities/attendance?participant=%s&program=%s";
		mvc.perform(get(summary.formatted(amina.id(), f.program().id())).with(as(amina.user().email())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.held").value(1))
			.andExpect(jsonPath("$.attended").value(1))
			.andExpect(jsonPath("$.missed").value(0));
		mvc.perform(get(summary.formatted(yara.id(), f.program().id())).with(coordinator))
			.andExpect(jsonPath("$.missed").value(1));
		mvc.perform(get(summary.formatted(yara.id(), f.program().id())).with(as(amina.user().email())))
			.andExpect(status().isNotFound());
		mvc.perform(get(summary.formatted(yara.id(), f.program().id())).with(as(other.coordinator().email())))
			.andExpect(status().isNotFound());

		mvc.perform(get("/api/activities").with(as(amina.user().email())))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(firstId))
			.andExpect(jsonPath("$[0].myAttendance").value("PRESENT"));
		mvc.perform(get("/api/activities").with(coordinator)).andExpect(jsonPath("$.length()").value(3));
		mvc.perform(get("/api/activities").with(as(other.coordinator().email()))).andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/api/activities/{id}", firstId).with(as(amina.user().email())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.invitations.length()").value(0))
			.andExpect(jsonPath("$.mine.attendance").value("PRESENT"));

		var thirdId = JsonPath.read(series, "$[2].id").toString();
		for (var outsider : List.of(other.coordinator().email(), amina.user().email())) {
			mvc.perform(get("/api/activities/{id}", thirdId).with(as(outsider))).andExpect(status().isNotFound());
			mvc.perform(post("/api/activities/{id}/cancel", thirdId).with(as(outsider))
				.contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0, \"reason\": \"Non\"}"))
				.andExpect(status().isNotFound());
			mvc.perform(get("/activities/{id}", thirdId).session(Fixtures.signIn(mvc, outsider)))
				.andExpect(status().isNotFound());
		}
		mvc.perform(post("/api/activities").with(as(other.coordinator().email())).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"program": "%s", "kind": "WORKSHOP", "title": "Intrus", "startsAt": "%s", "durationMinutes": 60}"""
				.formatted(f.program().id(), first)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/activities/new").session(Fixtures.signIn(mvc, amina.user().email())))
			.andExpect(status().isNotFound());
		var mentor = new Fixtures(organisations, users).user(Role.MENTOR, f.lead());
		mvc.perform(get("/activities").session(Fixtures.signIn(mvc, mentor.email()))).andExpect(status().isOk());
	}
}
