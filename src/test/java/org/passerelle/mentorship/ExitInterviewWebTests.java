package org.passerelle.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.jsoup.Jsoup;
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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The exit interview from its page and the API: filled by each of the pair, read by the
 * coordinator, hidden from the other of the pair and from outsiders, bad answers told in the
 * reader's language with what was typed kept.
 */
@IntegrationTest
class ExitInterviewWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MentorshipManagement mentorships;

	@Autowired
	ExitInterviews interviews;

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

	Pair closed(Pair pair) {
		mentorships.close(pair.coordinator(), pair.mentorship(),
				mentorships.find(pair.coordinator(), pair.mentorship()).version(), ClosureReason.GOALS_REACHED,
				EmploymentStatus.EMPLOYED_IN_FIELD, false, LocalDate.now(clock), null);
		return pair;
	}

	String page(MockHttpSession session, String path, String language) throws Exception {
		return mvc.perform(get(path).session(session).header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	@Test
	void beforeClosureThePageSaysTheInterviewOpensAtClosureAndHasNoForm() throws Exception {
		var pair = pair();
		var mentee = Fixtures.signIn(mvc, pair.asMentee().email());
		var path = "/mentorships/" + pair.mentorship() + "/exit-interview";
		var html = Jsoup.parse(page(mentee, path, "en"));
		assertThat(html.select("#exit-interview-not-open").text())
			.isEqualTo("The exit interview opens when the mentorship closes.");
		assertThat(html.select("#exit-interview-form")).isEmpty();
		assertThat(Jsoup.parse(page(mentee, "/mentorships/" + pair.mentorship(), "en")).select("#exit-interview"))
			.as("no exit interview section on an open mentorship").isEmpty();
		mvc.perform(post(path).session(mentee).with(csrf()).header("Accept-Language", "fr")
			.param("satisfaction", "4")
			.param("goalsReached", "YES")
			.param("wouldRecommend", "true")
			.param("employment", "SEEKING"))
			.andExpect(flash().attribute("problem", "L’entrevue de fin s’ouvre quand le mentorat est terminé."));
		mvc.perform(put("/api/mentorships/{id}/exit-interview", pair.mentorship().value())
			.with(httpBasic(pair.asMentor().email(), Fixtures.PASSWORD))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"satisfaction\":4,\"goalsReached\":\"YES\",\"wouldRecommend\":true,\"wouldMentorAgain\":true}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("opens when the mentorship closes")));
	}

	@Test
	void theMenteeFillsFromThePageBadInputIsToldAndWhatWasTypedIsKept() throws Exception {
		var pair = closed(pair());
		var mentee = Fixtures.signIn(mvc, pair.asMentee().email());
		var detail = Jsoup.parse(page(mentee, "/mentorships/" + pair.mentorship(), "en"));
		var link = detail.selectFirst("#exit-interview a");
		assertThat(link).isNotNull();
		assertThat(link.text()).isEqualTo("Fill my exit interview");
		var form = Jsoup.parse(page(mentee, link.attr("href"), "en")).selectFirst("#exit-interview-form");
		assertThat(form).as("the mentee is offered the form").isNotNull();
		assertThat(form.select("input[name=party]")).isEmpty();
		assertThat(form.select("input[name=wouldMentorAgain]")).as("a mentor's question").isEmpty();
		assertThat(form.select("select[name=employment] option")).hasSize(EmploymentStatus.values().length + 1);
		for (var field : form.select("input:not([type=hidden]), select, textarea")) {
			assertThat(form.select("label[for=" + field.id() + "]")).as("label of " + field.id()).isNotEmpty();
		}

		var typed = "Les simulations d’entrevue avec mon mentor";
		var refused = mvc.perform(post(form.attr("action")).session(mentee).with(csrf()).header("Accept-Language", "en")
			.param("satisfaction", "6")
			.param("goalsReached", "PARTLY")
			.param("helpedMost", typed)
			.param("wouldRecommend", "true")
			.param("employment", "EMPLOYED_IN_FIELD")
			.param("jobTitle", "Technicienne en génie civil"))
			.andExpect(flash().attribute("problem",
					"Choose a satisfaction from 1 (not at all satisfied) to 5 (very satisfied)."))
			.andExpect(redirectedUrl(link.attr("href")))
			.andReturn();
		var again = Jsoup.parse(mvc.perform(get(link.attr("href")).session(mentee).header("Accept-Language", "en")
			.flashAttrs(refused.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(again.select("[role=alert]").text()).contains("Choose a satisfaction from 1");
		assertThat(again.select("textarea[name=helpedMost]").text()).isEqualTo(typed);
		assertThat(again.select("input[name=jobTitle]").val()).isEqualTo("Technicienne en génie civil");
		assertThat(again.select("input[name=goalsReached][checked]").val()).isEqualTo("PARTLY");
		assertThat(again.select("option[selected]").val()).isEqualTo("EMPLOYED_IN_FIELD");

		mvc.perform(post(form.attr("action")).session(mentee).with(csrf()).header("Accept-Language", "fr")
			.param("satisfaction", "0")
			.param("goalsReached", "PARTLY")
			.param("wouldRecommend", "true")
			.param("employment", "SEEKING"))
			.andExpect(flash().attribute("problem",
					"Choisissez une satisfaction de 1 (pas du tout satisfait) à 5 (très satisfait)."));
		mvc.perform(post(form.attr("action")).session(mentee).with(csrf()).header("Accept-Language", "fr")
			.param("satisfaction", "beaucoup")
			.param("goalsReached", "PARTLY"))
			.andExpect(flash().attribute("problem",
					"Choisissez une satisfaction de 1 (pas du tout satisfait) à 5 (très satisfait)."));
		mvc.perform(post(form.attr("action")).session(mentee).with(csrf()).header("Accept-Language", "en")
			.param("satisfaction", "4")
			.param("goalsReached", "PARTLY")
			.param("helpedMost", "x".repeat(4001))
			.param("wouldRecommend", "true")
			.param("employment", "SEEKING"))
			.andExpect(flash().attribute("problem", "This answer is too long: 4000 characters at most."));
		mvc.perform(post(form.attr("action")).session(mentee).with(csrf()).header("Accept-Language", "fr")
			.param("satisfaction", "4")
			.param("goalsReached", "PARTLY")
			.param("wouldRecommend", "true")
			.param("employment", "EMPLOYED_OTHER"))
			.andExpect(flash().attribute("problem", "Indiquez le titre du poste, puisque vous êtes en emploi."));
		mvc.perform(post(form.attr("action")).session(mentee).with(csrf()).header("Accept-Language", "en")
			.param("satisfaction", "4")
			.param("goalsReached", "PARTLY"))
			.andExpect(flash().attribute("problem", "Say whether you would recommend the program."));
		assertThat(interviews.of(pair.coordinator(), pair.mentorship()).interviews()).isEmpty();

		mvc.perform(post(form.attr("action")).session(mentee).with(csrf()).header("Accept-Language", "en")
			.param("satisfaction", "4")
			.param("goalsReached", "PARTLY")
			.param("helpedMost", typed)
			.param("wouldRecommend", "true")
			.param("employment", "EMPLOYED_IN_FIELD")
			.param("jobTitle", "Technicienne en génie civil"))
			.andExpect(flash().attribute("saved", "exitInterview.saved"));
		var mine = Jsoup.parse(page(mentee, link.attr("href"), "en"));
		assertThat(mine.select("#answers-MENTEE").text()).contains(typed, "4 / 5", "Partly", "Employed in their field",
				"Technicienne en génie civil", "You may correct these answers until");
		assertThat(mine.select("#fill-title").text()).isEqualTo("Correct my exit interview");
		assertThat(mine.select("input[name=satisfaction][checked]").val()).as("the form holds the answers to correct")
			.isEqualTo("4");
	}

	@Test
	void theOtherOfThePairNeverSeesTheAnswersTheCoordinatorSeesBothAndOutsidersAreNotFound() throws Exception {
		var pair = closed(pair());
		interviews.fill(pair.asMentee(), pair.mentorship(), null, new ExitInterviewAnswers(2, GoalsReached.NO,
				"Presque rien", "Un mentor plus disponible", false, EmploymentStatus.SEEKING, null, null));
		var path = "/mentorships/" + pair.mentorship() + "/exit-interview";
		var mentor = Fixtures.signIn(mvc, pair.asMentor().email());
		var mentorPage = page(mentor, path, "fr");
		assertThat(mentorPage).doesNotContain("Un mentor plus disponible", "Presque rien");
		assertThat(Jsoup.parse(mentorPage).select("#answers-MENTEE")).isEmpty();
		assertThat(Jsoup.parse(mentorPage).select("#exit-interview-form input[name=wouldMentorAgain]")).hasSize(2);
		mvc.perform(get("/api/mentorships/{id}/exit-interviews", pair.mentorship().value())
			.with(httpBasic(pair.asMentor().email(), Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.viewer").value("MENTOR"))
			.andExpect(jsonPath("$.interviews").isEmpty())
			.andExpect(jsonPath("$.mayFill[0]").value("MENTOR"))
			.andExpect(content().string(not(containsString("Presque rien"))));

		var coordinator = Fixtures.signIn(mvc, pair.coordinator().email());
		var detail = Jsoup.parse(page(coordinator, "/mentorships/" + pair.mentorship(), "en"));
		assertThat(detail.select("#exit-interview a").text()).isEqualTo("See the exit interviews");
		var both = Jsoup.parse(page(coordinator, path, "en"));
		assertThat(both.select("#answers-MENTEE").text()).contains("Presque rien", "Un mentor plus disponible", "2 / 5");
		assertThat(both.select("#answers-MENTOR").text()).contains("Not filled yet.");
		assertThat(both.select("#exit-interview-form")).as("the mentee answered: nothing to record for them").isEmpty();

		var other = pair();
		mvc.perform(get(path).session(Fixtures.signIn(mvc, other.asMentee().email()))).andExpect(status().isNotFound());
		mvc.perform(get(path).session(Fixtures.signIn(mvc, other.coordinator().email())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/mentorships/{id}/exit-interviews", pair.mentorship().value())
			.with(httpBasic(other.asMentor().email(), Fixtures.PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/mentorships/{id}/exit-interview", pair.mentorship().value())
			.with(httpBasic(other.coordinator().email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"party\":\"MENTOR\",\"satisfaction\":4,\"goalsReached\":\"YES\",\"wouldRecommend\":true,"
					+ "\"wouldMentorAgain\":true}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void theCoordinatorRecordsTheMentorsInterviewByPhoneFromThePageAndTheApi() throws Exception {
		var pair = closed(pair());
		var coordinator = Fixtures.signIn(mvc, pair.coordinator().email());
		var path = "/mentorships/" + pair.mentorship() + "/exit-interview";
		var form = Jsoup.parse(page(coordinator, path + "?party=MENTOR", "fr")).selectFirst("#exit-interview-form");
		assertThat(form).isNotNull();
		assertThat(form.selectFirst("input[name=party]").val()).isEqualTo("MENTOR");
		assertThat(form.select("select[name=employment]")).isEmpty();
		mvc.perform(post(form.attr("action")).session(coordinator).with(csrf()).header("Accept-Language", "fr")
			.param("party", "MENTOR")
			.param("satisfaction", "5")
			.param("goalsReached", "YES")
			.param("wouldRecommend", "true")
			.param("wouldMentorAgain", "true")
			.param("helpedMost", "Entrevue téléphonique du 1er décembre"))
			.andExpect(flash().attribute("saved", "exitInterview.saved"))
			.andExpect(redirectedUrl(path + "?party=MENTOR"));
		var mentorPage = Jsoup.parse(page(Fixtures.signIn(mvc, pair.asMentor().email()), path, "en"));
		assertThat(mentorPage.select("#answers-MENTOR").text()).contains("on the person’s behalf",
				"Entrevue téléphonique du 1er décembre");

		mvc.perform(put("/api/mentorships/{id}/exit-interview", pair.mentorship().value())
			.with(httpBasic(pair.coordinator().email(), Fixtures.PASSWORD))
			.header("Accept-Language", "fr")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"satisfaction\":4,\"goalsReached\":\"YES\",\"wouldRecommend\":true,\"employment\":\"SEEKING\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("la personne mentorée ou le mentor")));
		mvc.perform(put("/api/mentorships/{id}/exit-interview", pair.mentorship().value())
			.with(httpBasic(pair.coordinator().email(), Fixtures.PASSWORD))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"party\":\"MENTEE\",\"satisfaction\":6,\"goalsReached\":\"YES\",\"wouldRecommend\":true,"
					+ "\"employment\":\"SEEKING\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("from 1 (not at all satisfied) to 5")));
		mvc.perform(put("/api/mentorships/{id}/exit-interview", pair.mentorship().value())
			.with(httpBasic(pair.coordinator().email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"party\":\"MENTEE\",\"satisfaction\":3,\"goalsReached\":\"PARTLY\",\"wouldRecommend\":true,"
					+ "\"employment\":\"EMPLOYED_OTHER\",\"jobTitle\":\"Commis comptable\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.interviews.length()").value(2))
			.andExpect(jsonPath("$.interviews[0].party").value("MENTEE"))
			.andExpect(jsonPath("$.interviews[0].onBehalf").value(true))
			.andExpect(jsonPath("$.interviews[0].inField").value(false))
			.andExpect(jsonPath("$.interviews[1].wouldMentorAgain").value(true));

		mvc.perform(put("/api/mentorships/{id}/exit-interview", pair.mentorship().value())
			.with(httpBasic(pair.asMentee().email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"satisfaction\":5,\"goalsReached\":\"YES\",\"wouldRecommend\":true,"
					+ "\"employment\":\"EMPLOYED_IN_FIELD\",\"jobTitle\":\"Comptable\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.interviews.length()").value(1))
			.andExpect(jsonPath("$.interviews[0].onBehalf").value(false))
			.andExpect(jsonPath("$.interviews[0].inField").value(true));
		mvc.perform(put("/api/mentorships/{id}/exit-interview", pair.mentorship().value())
			.with(httpBasic(pair.coordinator().email(), Fixtures.PASSWORD))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"party\":\"MENTEE\",\"satisfaction\":1,\"goalsReached\":\"NO\",\"wouldRecommend\":false,"
					+ "\"employment\":\"SEEKING\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("filled their exit interview themselves")));
		mvc.perform(put("/api/mentorships/{id}/exit-interview", pair.mentorship().value())
			.with(httpBasic(pair.asMentee().email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"satisfaction\":\"lots\"}"))
			.andExpect(status().isBadRequest());
	}
}
