package org.passerelle.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.passerelle.Eventually;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.MovableClock;
import org.passerelle.core.Language;
import org.passerelle.identity.UserManagement;
import org.passerelle.matching.MatchingFixtures;
import org.passerelle.matching.MentoringAgreements;
import org.passerelle.matching.Proposals;
import org.passerelle.mentorship.MentorshipManagement;
import org.passerelle.mentorship.Pair;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The coordinator's pages build a questionnaire in both languages, with the errors on their fields,
 * attach it to moments and show its results; the person asked finds it on their home page.
 */
@IntegrationTest
class QuestionnairePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	QuestionnaireSchedule schedule;

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
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCoordinatorBuildsAQuestionnaireOnThePagesAndThePersonAskedFindsItAtHome() throws Exception {
		var f = MatchingFixtures.create(new Fixtures(organisations, users), programs, participants,
				MatchingFixtures.weights(100, 0, 0, 0), ProgramRules.builder().durationWeeks(52).build(),
				Set.of(Language.FR, Language.EN));
		var pair = Pair.agreed(f, proposals, agreements, mentorships, LocalDate.now(clock));
		Eventually.value(() -> jdbc.sql("select count(*) from questionnaire_pairing where mentee_id = ?")
			.param(pair.mentee().value()).query(Long.class).single(), count -> count == 1);
		var coordinator = Fixtures.signIn(mvc, f.coordinator().email());
		var program = f.program().id().value();

		var list = page(coordinator, "/programs/" + program + "/questionnaires", "fr");
		assertThat(list.select("button[id^=template-]")).hasSize(4);
		var yearly = mvc.perform(post("/programs/{id}/questionnaires/templates", program).session(coordinator).with(csrf())
			.param("template", "QUEBEC_PLURIEL_MENTORS_YEARLY")).andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(page(coordinator, yearly, "fr").select("#moments li").text())
			.contains("Chaque année le 30 juin, aux mentors qui ont participé dans l’année");
		assertThat(page(coordinator, "/programs/" + program + "/questionnaires", "fr").select("#questionnaires tbody tr"))
			.hasSize(1);

		var form = page(coordinator, "/programs/" + program + "/questionnaires/new", "en");
		assertThat(form.select("label[for=questions[0].textFr]").text()).isEqualTo("Question in French");
		var refused = Jsoup.parse(mvc.perform(post("/programs/{id}/questionnaires", program).session(coordinator)
			.with(csrf()).header("Accept-Language", "en")
			.param("titleFr", "Bilan").param("titleEn", "Review")
			.param("questions[0].type", "").param("questions[0].textFr", "").param("questions[0].textEn", "")
			.param("questions[1].type", "SINGLE_CHOICE").param("questions[1].textFr", "Fréquence")
			.param("questions[1].textEn", "How often").param("questions[1].choices", "Chaque semaine | Weekly"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(refused.select("#error-summary a").attr("href")).as("the empty row is left out; the error is on its row")
			.isEqualTo("#questions[1].choices");
		assertThat(refused.select("[id=questions[1].choices-error]").text()).isEqualTo("Write at least two choices.");
		assertThat(refused.select("[id=questions[1].textFr]").val()).isEqualTo("Fréquence");

		var created = mvc.perform(post("/programs/{id}/questionnaires", program).session(coordinator).with(csrf())
			.param("titleFr", "Bilan").param("titleEn", "Review")
			.param("questions[0].type", "SINGLE_CHOICE").param("questions[0].textFr", "Fréquence")
			.param("questions[0].textEn", "How often").param("questions[0].required", "true")
			.param("questions[0].choices", "Chaque semaine | Weekly\nChaque mois | Monthly"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		var detail = page(coordinator, created, "en");
		assertThat(detail.select("#questions li ul li").eachText()).containsExactly("Weekly", "Monthly");
		assertThat(page(coordinator, created + "/edit", "fr").select("[id=questions[0].choices]").val())
			.isEqualTo("Chaque semaine | Weekly\nChaque mois | Monthly");

		var noDays = Jsoup.parse(mvc.perform(post(created + "/moments").session(coordinator).with(csrf())
			.header("Accept-Language", "en").param("kind", "AFTER_START").param("audience", "MENTEES"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(noDays.select("#days-error").text()).isEqualTo("Write a whole number from 1 to 3,650.");
		mvc.perform(post(created + "/moments").session(coordinator).with(csrf()).param("kind", "AFTER_START")
			.param("audience", "MENTEES").param("days", "3")).andExpect(status().is3xxRedirection());
		assertThat(page(coordinator, created, "en").select("#moments li").text())
			.contains("3 days after the start, to the mentees");

		clock.advance(Duration.ofDays(3));
		schedule.send();
		var mentee = Fixtures.signIn(mvc, pair.asMentee().email());
		var home = page(mentee, "/", "en");
		assertThat(home.text()).contains("1 questionnaire to answer");
		var answer = page(mentee, home.select("a[href^=/questionnaires/requests/]").first().attr("href"), "en");
		assertThat(answer.select("legend").text()).isEqualTo("How often");
		assertThat(page(mentee, "/questionnaires/mine", "fr").select("#to-answer li a").text()).isEqualTo("Bilan");

		var results = page(coordinator, created + "/results", "en");
		assertThat(results.select("#total-rate td").eachText()).containsExactly("1", "0", "0%", "0");
		mvc.perform(get(created + "/results").session(coordinator).param("from", "2026-05-01").param("to", "2026-04-01"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/questionnaires/{id}", UUID.randomUUID()).session(mentee)).andExpect(status().isNotFound());
	}

	private Document page(MockHttpSession session, String path, String language) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).session(session).header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}
}
