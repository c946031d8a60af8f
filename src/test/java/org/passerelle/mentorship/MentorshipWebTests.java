package org.passerelle.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.core.Language;
import org.passerelle.identity.UserManagement;
import org.passerelle.matching.MatchingFixtures;
import org.passerelle.matching.Proposals;
import org.passerelle.matching.MentoringAgreements;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.MeetingCadence;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * The mentorship from the pages and the API: each of the pair sees only their own, bad input is
 * told in the reader's language, a stale correction is refused.
 */
@IntegrationTest
class MentorshipWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MentorshipManagement mentorships;

	@Autowired
	Proposals proposals;

	@Autowired
	MentoringAgreements agreements;

	@Autowired
	ProgramManagement programs;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	Clock clock;

	Pair pair() {
		var f = MatchingFixtures.create(new Fixtures(organisations, users), programs, participants,
				MatchingFixtures.weights(100, 0, 0, 0),
				ProgramRules.builder().durationWeeks(12).meetingCadence(MeetingCadence.EVERY_TWO_WEEKS).build(),
				Set.of(Language.FR, Language.EN));
		return Pair.agreed(f, proposals, agreements, mentorships, LocalDate.now(clock));
	}

	@Test
	void theMenteeLogsAMeetingFromThePageAndTheMentorConfirmsIt() throws Exception {
		var pair = pair();
		var id = pair.mentorship().value();
		var mentee = Fixtures.signIn(mvc, pair.asMentee().email());
		mvc.perform(get("/mentorships").session(mentee))
			.andExpect(content().string(containsString("/mentorships/" + id)));
		mvc.perform(post("/mentorships/{id}/meetings", id).session(mentee).with(csrf())
			.param("heldOn", LocalDate.now(clock).toString())
			.param("minutes", "60")
			.param("mode", "PHONE")
			.param("sharedNote", "Préparation d’entrevue")
			.param("privateNote", "Je me sens prête"))
			.andExpect(flash().attribute("saved", "meeting.logged"));

		var mentor = Fixtures.signIn(mvc, pair.asMentor().email());
		var page = mvc.perform(get("/mentorships/{id}", id).session(mentor))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Préparation d’entrevue").doesNotContain("Je me sens prête");
		var form = org.jsoup.Jsoup.parse(page).selectFirst("form[action*=/confirm]");
		assertThat(form).as("the mentor is asked to confirm").isNotNull();
		mvc.perform(post(form.attr("action")).session(mentor).with(csrf())
			.param("mentorship", form.selectFirst("input[name=mentorship]").val())
			.param("version", form.selectFirst("input[name=version]").val()))
			.andExpect(flash().attribute("saved", "meeting.confirmedNow"));
		assertThat(mentorships.find(pair.asMentor(), pair.mentorship()).meetings().get(0).confirmedAt()).isNotNull();
	}

	@Test
	void aMeetingInTheFutureIsRefusedInTheReadersLanguageAndTheFormKeepsWhatWasTyped() throws Exception {
		var pair = pair();
		var mentor = Fixtures.signIn(mvc, pair.asMentor().email());
		mvc.perform(post("/mentorships/{id}/meetings", pair.mentorship().value()).session(mentor).with(csrf())
			.header("Accept-Language", "fr")
			.param("heldOn", LocalDate.now(clock).plusDays(2).toString())
			.param("minutes", "45")
			.param("mode", "VIDEO")
			.param("sharedNote", "Une note à ne pas perdre"))
			.andExpect(flash().attribute("problem", containsString("futur")))
			.andExpect(flash().attribute("meeting", org.hamcrest.Matchers.hasToString(
					containsString("sharedNote=Une note à ne pas perdre"))));

		mvc.perform(post("/mentorships/{id}/meetings", pair.mentorship().value()).session(mentor).with(csrf())
			.header("Accept-Language", "en")
			.param("heldOn", LocalDate.now(clock).toString())
			.param("minutes", "an hour")
			.param("mode", "VIDEO")
			.param("sharedNote", "Kept"))
			.andExpect(flash().attribute("problem", "Give the length as a whole number of minutes, for example 60."))
			.andExpect(flash().attribute("meeting", org.hamcrest.Matchers.hasToString(containsString("sharedNote=Kept"))));

		mvc.perform(post("/api/mentorships/{id}/meetings", pair.mentorship().value())
			.with(httpBasic(pair.asMentee().email(), Fixtures.PASSWORD))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"heldOn\":\"" + LocalDate.now(clock).plusDays(2) + "\",\"minutes\":60,\"mode\":\"VIDEO\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("future")));
		mvc.perform(post("/api/mentorships/{id}/meetings", pair.mentorship().value())
			.with(httpBasic(pair.asMentee().email(), Fixtures.PASSWORD))
			.header("Accept-Language", "fr")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"heldOn\":\"" + LocalDate.now(clock) + "\",\"minutes\":-5,\"mode\":\"VIDEO\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/mentorships/{id}/meetings", pair.mentorship().value())
			.with(httpBasic(pair.asMentee().email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"heldOn\":\"yesterday\",\"minutes\":60,\"mode\":\"VIDEO\"}"))
			.andExpect(status().isBadRequest());
		assertThat(mentorships.find(pair.asMentee(), pair.mentorship()).meetings()).isEmpty();
	}

	@Test
	void aMeetingNoteWithANulIsRefusedInTheReadersLanguageAndNoMeetingIsLogged() throws Exception {
		var pair = pair();
		var mentor = Fixtures.signIn(mvc, pair.asMentor().email());
		mvc.perform(post("/mentorships/{id}/meetings", pair.mentorship().value()).session(mentor).with(csrf())
			.header("Accept-Language", "fr")
			.param("heldOn", LocalDate.now(clock).toString())
			.param("minutes", "45")
			.param("mode", "VIDEO")
			.param("sharedNote", "Une note\u0000cachée"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", containsString("caractères de contrôle invisibles")));
		assertThat(mentorships.find(pair.asMentor(), pair.mentorship()).meetings()).isEmpty();
	}

	@Test
	void someoneElsesMentorshipIsNotFoundFromThePagesOrTheApi() throws Exception {
		var pair = pair();
		var other = pair();
		var id = pair.mentorship().value();
		mvc.perform(get("/mentorships/{id}", id).session(Fixtures.signIn(mvc, other.asMentee().email())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/mentorships/{id}", id).with(httpBasic(other.asMentor().email(), Fixtures.PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/mentorships/{id}/meetings", id)
			.with(httpBasic(other.asMentor().email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"heldOn\":\"" + LocalDate.now(clock) + "\",\"minutes\":60,\"mode\":\"VIDEO\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/mentorships/{id}", id).with(httpBasic(other.coordinator().email(), Fixtures.PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/mentorships/{id}", id).with(httpBasic(pair.coordinator().email(), Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.viewer").value("COORDINATOR"))
			.andExpect(jsonPath("$.cadence.standing").value("ON_TRACK"));
	}

	@Test
	void twoPeopleCorrectingTheSameMeetingTheSecondIsToldAndNothingIsOverwritten() throws Exception {
		var pair = pair();
		var logged = mvc.perform(post("/api/mentorships/{id}/meetings", pair.mentorship().value())
			.with(httpBasic(pair.asMentee().email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"heldOn\":\"" + LocalDate.now(clock) + "\",\"minutes\":60,\"mode\":\"VIDEO\"}"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String meeting = JsonPath.read(logged, "$.meetings[0].id");
		int version = JsonPath.read(logged, "$.meetings[0].version");
		var correction = "{\"heldOn\":\"" + LocalDate.now(clock) + "\",\"minutes\":%d,\"mode\":\"PHONE\",\"version\":"
				+ version + "}";
		mvc.perform(put("/api/meetings/{id}", meeting).with(httpBasic(pair.asMentor().email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(correction.formatted(90)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.meetings[0].minutes").value(90));
		mvc.perform(put("/api/meetings/{id}", meeting).with(httpBasic(pair.asMentor().email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(correction.formatted(20)))
			.andExpect(status().isConflict());
		var mentor = Fixtures.signIn(mvc, pair.asMentor().email());
		mvc.perform(post("/meetings/{id}/correct", meeting).session(mentor).with(csrf())
			.param("mentorship", pair.mentorship().value().toString())
			.param("version", String.valueOf(version))
			.param("heldOn", LocalDate.now(clock).toString())
			.param("minutes", "15")
			.param("mode", "PHONE"))
			.andExpect(flash().attribute("failed", "form.concurrentEdit"));
		assertThat(mentorships.find(pair.asMentee(), pair.mentorship()).meetings().get(0).minutes()).isEqualTo(90);
	}

	@Test
	void thePairClosesFromThePageWithTheMenteeEmployed() throws Exception {
		var pair = pair();
		var mentor = Fixtures.signIn(mvc, pair.asMentor().email());
		mvc.perform(post("/mentorships/{id}/close", pair.mentorship().value()).session(mentor).with(csrf())
			.param("version", "0")
			.param("why", "Objectifs atteints"))
			.andExpect(flash().attribute("problem", containsString("pourquoi le mentorat")));
		mvc.perform(post("/mentorships/{id}/close", pair.mentorship().value()).session(mentor).with(csrf())
			.param("version", "0")
			.param("reason", "EMPLOYED")
			.param("employment", "EMPLOYED_IN_FIELD")
			.param("why", "Embauchée"))
			.andExpect(flash().attribute("saved", "mentorship.closedNow"));
		mvc.perform(get("/api/mentorships").with(httpBasic(pair.asMentee().email(), Fixtures.PASSWORD)))
			.andExpect(jsonPath("$[0].status").value("CLOSED"));
		mvc.perform(get("/mentorships/{id}", pair.mentorship().value()).session(mentor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("En emploi dans son domaine")));
	}

	@Test
	void theMenteeRaisesADifficultyAndTheCoordinatorRecordsACheckInFromThePages() throws Exception {
		var pair = pair();
		var id = pair.mentorship().value();
		var mentee = Fixtures.signIn(mvc, pair.asMentee().email());
		mvc.perform(get("/mentorships/{id}", id).session(mentee).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("only the coordinators read it")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Record a check-in"))));
		mvc.perform(post("/mentorships/{id}/difficulties", id).session(mentee).header("Accept-Language", "en").with(csrf())
			.param("kind", "COMMUNICATION")
			.param("description", ""))
			.andExpect(flash().attribute("problem", "Describe what is happening."));
		mvc.perform(post("/mentorships/{id}/difficulties", id).session(mentee).header("Accept-Language", "en").with(csrf())
			.param("kind", "COMMUNICATION")
			.param("description", "We do not understand each other’s expectations."))
			.andExpect(flash().attribute("saved", "difficulty.raised"));

		var coordinator = Fixtures.signIn(mvc, pair.coordinator().email());
		mvc.perform(get("/mentorships").session(coordinator).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Difficulties to handle")))
			.andExpect(content().string(containsString("/mentorships/" + id + "#difficulties")));
		var page = mvc.perform(get("/mentorships/{id}", id).session(coordinator).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("We do not understand each other’s expectations.", "Record a check-in");
		mvc.perform(post("/mentorships/{id}/check-ins", id).session(coordinator).header("Accept-Language", "en").with(csrf())
			.param("party", "MENTOR")
			.param("heldOn", LocalDate.now(clock).toString())
			.param("mode", "PHONE")
			.param("satisfaction", "9")
			.param("progress", "SLOW")
			.param("notes", "Le mentor manque de temps"))
			.andExpect(flash().attribute("problem", containsString("1 (not at all satisfied)")))
			.andExpect(flash().attribute("checkInKept", true));
		mvc.perform(post("/mentorships/{id}/check-ins", id).session(coordinator).header("Accept-Language", "en").with(csrf())
			.param("party", "MENTOR")
			.param("heldOn", LocalDate.now(clock).toString())
			.param("mode", "PHONE")
			.param("satisfaction", "3")
			.param("progress", "SLOW")
			.param("meetingsAsAgreed", "true")
			.param("notes", "Le mentor manque de temps"))
			.andExpect(flash().attribute("saved", "checkIn.recorded"));
		mvc.perform(get("/api/mentorships/{id}/follow-up", id).with(httpBasic(pair.coordinator().email(), Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.checkIns[0].party").value("MENTOR"))
			.andExpect(jsonPath("$.checkIns[0].satisfaction").value(3))
			.andExpect(jsonPath("$.difficulties[0].kind").value("COMMUNICATION"));
		mvc.perform(get("/api/mentorships/{id}/follow-up", id).with(httpBasic(pair.asMentor().email(), Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.checkIns").isEmpty())
			.andExpect(jsonPath("$.difficulties").isEmpty());
		mvc.perform(post("/api/mentorships/{id}/check-ins", id).with(httpBasic(pair.coordinator().email(), Fixtures.PASSWORD))
			.header("Accept-Language", "fr")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"party\":\"MENTEE\",\"heldOn\":\"" + LocalDate.now(clock)
					+ "\",\"mode\":\"PHONE\",\"satisfaction\":0,\"progress\":\"SLOW\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("pas du tout satisfait")));
		mvc.perform(post("/api/mentorships/{id}/check-ins", id).with(httpBasic(pair.asMentee().email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"party\":\"MENTEE\",\"heldOn\":\"" + LocalDate.now(clock)
					+ "\",\"mode\":\"PHONE\",\"satisfaction\":5,\"progress\":\"AHEAD\"}"))
			.andExpect(status().is4xxClientError());
	}
}
