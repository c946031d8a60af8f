package org.passerelle.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Eventually;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.Mailbox;
import org.passerelle.MovableClock;
import org.passerelle.core.Language;
import org.passerelle.core.Period;
import org.passerelle.evaluation.QuestionnaireRequestView.Status;
import org.passerelle.evaluation.QuestionnaireRequestView.Via;
import org.passerelle.identity.Actor;
import org.passerelle.identity.UserManagement;
import org.passerelle.matching.MatchingFixtures;
import org.passerelle.matching.MentoringAgreements;
import org.passerelle.matching.Proposals;
import org.passerelle.mentorship.ClosureReason;
import org.passerelle.mentorship.EmploymentStatus;
import org.passerelle.mentorship.MentorshipManagement;
import org.passerelle.mentorship.Pair;
import org.passerelle.notification.EmailOutbox;
import org.passerelle.notification.NotificationView;
import org.passerelle.notification.Notifications;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.participant.ConsentPurpose;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.util.GreenMail;
import com.jayway.jsonpath.JsonPath;

/**
 * Questionnaires from end to end: built and versioned by the coordinator, asked by the daily job at
 * the moments' dates, answered signed in, by phone or from the e-mailed link, and counted.
 */
@IntegrationTest
class QuestionnaireTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Questionnaires questionnaires;

	@Autowired
	QuestionnaireSchedule schedule;

	@Autowired
	QuestionnaireAnswers answers;

	@Autowired
	QuestionnaireResults results;

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
	ParticipantDirectory directory;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	Notifications notifications;

	@Autowired
	EmailOutbox outbox;

	@Autowired
	GreenMail smtp;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	Pair pair;

	LocalDate start;

	@BeforeEach
	void aPair() {
		var f = MatchingFixtures.create(new Fixtures(organisations, users), programs, participants,
				MatchingFixtures.weights(100, 0, 0, 0), ProgramRules.builder().durationWeeks(52).build(),
				Set.of(Language.FR, Language.EN));
		start = LocalDate.now(clock);
		pair = Pair.agreed(f, proposals, agreements, mentorships, start);
		Eventually.value(() -> jdbc.sql("select count(*) from questionnaire_pairing where match_id in "
				+ "(select match_id from mentorship where id = ?)").param(pair.mentorship().value()).query(Long.class).single(),
				count -> count == 1);
	}

	@Test
	void aPulseAsksAt30DaysThenEvery60OnceEachInEachPersonsLanguageAndRemindsOnce() throws Exception {
		var coordinator = Fixtures.signIn(mvc, pair.coordinator().email());
		var created = mvc.perform(post("/programs/{id}/questionnaires/templates", pair.program().program().id().value())
			.session(coordinator).with(csrf()).param("template", "RELATIONSHIP_PULSE"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		var questionnaire = new QuestionnaireId(UUID.fromString(created.substring(created.lastIndexOf('/') + 1)));

		clock.advance(Duration.ofDays(29));
		schedule.send();
		assertThat(requests(questionnaire)).isEmpty();

		clock.advance(Duration.ofDays(1));
		schedule.send();
		schedule.send();
		assertThat(requests(questionnaire)).as("once each, however often the job runs")
			.extracting(QuestionnaireRequestView::dueOn)
			.containsExactly(start.plusDays(30), start.plusDays(30));
		assertThat(Eventually.atLeast(1, () -> titled(pair.asMentee(), "A questionnaire to answer: Relationship pulse")))
			.singleElement()
			.satisfies(notice -> assertThat(notice.link()).startsWith("/questionnaires/requests/"));
		assertThat(Eventually.atLeast(1, () -> titled(pair.asMentor(), "Un questionnaire à remplir : Pouls de la relation")))
			.hasSize(1);

		clock.advance(Duration.ofDays(7));
		schedule.send();
		schedule.send();
		assertThat(Eventually.atLeast(1, () -> titled(pair.asMentee(), "Your answers are still awaited"))).hasSize(1);

		clock.advance(Duration.ofDays(52));
		schedule.send();
		assertThat(requests(questionnaire)).as("day 89: nothing new").hasSize(2);
		clock.advance(Duration.ofDays(1));
		schedule.send();
		assertThat(requests(questionnaire)).extracting(QuestionnaireRequestView::dueOn)
			.containsExactlyInAnyOrder(start.plusDays(30), start.plusDays(30), start.plusDays(90), start.plusDays(90));
		assertThat(titled(pair.asMentee(), "Your answers are still awaited")).as("one reminder per request, not more")
			.hasSize(1);
	}

	@Test
	void eachKindOfAnswerIsCheckedNothingSavedOnErrorAndAChangeAfterAnswersMakesANewVersion() throws Exception {
		var questionnaire = allKinds();
		var mine = Fixtures.signIn(mvc, pair.asMentee().email());
		var request = requestOf(questionnaire, pair.asMentee());
		var v1 = request.version();
		var q = v1.questions();

		var refused = mvc.perform(post("/questionnaires/requests/{id}", request.id().value()).session(mine).with(csrf())
			.header("Accept-Language", "en")
			.param(q.get(0).field(), "7")
			.param(q.get(2).field(), "9")
			.param(q.get(3).field(), "1")
			.param(q.get(4).field(), "abc")
			.param(q.get(5).field(), "31/05/2026"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();
		var page = Jsoup.parse(refused);
		assertThat(page.select("#error-summary a").eachAttr("href")).containsExactly("#" + q.get(0).field(),
				"#" + q.get(1).field(), "#" + q.get(2).field(), "#" + q.get(4).field(), "#" + q.get(5).field());
		assertThat(page.select("#" + q.get(0).field() + "-error").text()).isEqualTo("Choose a number from 1 to 5.");
		assertThat(page.select("#" + q.get(1).field() + "-error").text()).isEqualTo("Answer this question.");
		assertThat(page.select("#" + q.get(4).field()).attr("aria-describedby"))
			.isEqualTo(q.get(4).field() + "-help " + q.get(4).field() + "-error");
		assertThat(page.select("#" + q.get(4).field()).val()).as("what was typed comes back").isEqualTo("abc");
		assertThat(page.select("#" + q.get(5).field() + "-error").text()).isEqualTo("Write a date, for example 2026-05-31.");
		mvc.perform(put("/api/questionnaire-requests/{id}/answers", request.id().value())
			.with(httpBasic(pair.asMentee().email(), Fixtures.PASSWORD)).header("Accept-Language", "fr")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answers\": {\"" + q.get(0).id() + "\": [\"4\"], \"" + q.get(4).id() + "\": [\"2,5\"]}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(q.get(1).field()))
			.andExpect(jsonPath("$.errors[0].message").value("Répondez à cette question."));
		assertThat(answers.find(pair.asMentee(), request.id()).status()).as("nothing saved").isEqualTo(Status.SENT);
		assertThat(jdbc.sql("select count(*) from questionnaire_answer where request_id = ?").param(request.id().value())
			.query(Long.class).single()).isZero();

		mvc.perform(post("/questionnaires/requests/{id}", request.id().value()).session(mine).with(csrf())
			.param(q.get(0).field(), "4").param(q.get(1).field(), "true").param(q.get(2).field(), "2")
			.param(q.get(3).field(), "1", "3").param(q.get(4).field(), "2,5").param(q.get(5).field(), "2026-05-31")
			.param(q.get(6).field(), "Très utile"))
			.andExpect(status().is3xxRedirection());
		var answered = answers.find(pair.asMentee(), request.id());
		assertThat(answered.status()).isEqualTo(Status.ANSWERED);
		assertThat(answered.answeredVia()).isEqualTo(Via.SELF);
		assertThat(answered.answers().get(q.get(3).id()).choices()).containsExactly(1, 3);
		assertThat(answered.answers().get(q.get(4).id()).number()).isEqualByComparingTo("2.5");
		mvc.perform(put("/api/questionnaire-requests/{id}/answers", request.id().value())
			.with(httpBasic(pair.asMentee().email(), Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"answers\": {}}"))
			.andExpect(status().isUnprocessableContent());

		var changed = questionnaires.change(pair.coordinator(), questionnaire, new QuestionnaireDraft("Bilan v2",
				"Review v2", List.of(new QuestionnaireDraft.Question(QuestionType.SCALE, "Le jumelage vous convient-il ?",
						"Does the match suit you?", true, QuestionTag.MATCH_FIT, List.of()))));
		assertThat(changed.current().number()).isEqualTo(2);
		assertThat(changed.versions()).extracting(QuestionnaireView.VersionSummary::answers).containsExactly(0L, 1L);
		assertThat(answers.find(pair.asMentee(), request.id()).version().number()).as("old answers keep their version")
			.isEqualTo(1);
		var mentors = requestOf(questionnaire, pair.asMentor());
		assertThat(mentors.version().number()).as("what waits is answered with the current version").isEqualTo(2);

		// the mentor told the coordinator by phone
		mvc.perform(put("/api/questionnaire-requests/{id}/answers", mentors.id().value())
			.with(httpBasic(pair.coordinator().email(), Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"answers\": {\"" + mentors.version().questions().get(0).id() + "\": [\"5\"]}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answeredVia").value("PHONE"))
			.andExpect(jsonPath("$.version.number").value(2));
		mvc.perform(get("/questionnaires/requests/{id}", mentors.id().value())
			.session(Fixtures.signIn(mvc, pair.asMentor().email())).header("Accept-Language", "fr"))
			.andExpect(content().string(containsString("Données par téléphone, consignées par")));

		// a mentor sees only their own; another program's coordinator sees nothing
		mvc.perform(get("/api/questionnaire-requests/{id}", request.id().value())
			.with(httpBasic(pair.asMentor().email(), Fixtures.PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/questionnaire-requests").with(httpBasic(pair.asMentor().email(), Fixtures.PASSWORD)))
			.andExpect(jsonPath("$[?(@.id == '" + request.id() + "')]").isEmpty());
		var other = MatchingFixtures.create(new Fixtures(organisations, users), programs, participants,
				MatchingFixtures.weights(100, 0, 0, 0), ProgramRules.builder().build(), Set.of(Language.FR));
		mvc.perform(get("/api/questionnaires/{id}", questionnaire.value())
			.with(httpBasic(other.coordinator().email(), Fixtures.PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/programs/{id}/questionnaires", pair.program().program().id().value())
			.session(Fixtures.signIn(mvc, other.coordinator().email())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/questionnaire-requests/{id}", mentors.id().value())
			.with(httpBasic(other.coordinator().email(), Fixtures.PASSWORD)))
			.andExpect(status().isNotFound());

		// the results: each version apart; texts for the coordinators only
		var year = new Period(start.minusDays(1), start.plusDays(1));
		var shown = results.of(pair.coordinator(), questionnaire, year);
		assertThat(shown.responses()).isEqualTo(new QuestionnaireResults.Responses(2, 2, 0));
		var first = shown.versions().stream().filter(v -> v.version() == 1).findFirst().orElseThrow().questions();
		assertThat(first.get(0).mean()).isEqualByComparingTo("4");
		assertThat(first.get(0).counts()).extracting(QuestionnaireResults.Count::count).containsExactly(0L, 0L, 0L, 1L, 0L);
		assertThat(first.get(3).counts()).extracting(QuestionnaireResults.Count::count).containsExactly(1L, 0L, 1L);
		assertThat(first.get(6).texts()).containsExactly("Très utile");
		var program = results.of(pair.program().program().id(), year);
		assertThat(program.matchRelevance()).isEqualTo(new QuestionnaireResults.MatchRelevance(new java.math.BigDecimal("4.50"), 2));
		assertThat(program.questionnaires().getFirst().versions()).flatExtracting(QuestionnaireResults.VersionResult::questions)
			.allSatisfy(question -> assertThat(question.texts()).as("no text for the reports").isEmpty());
	}

	@Test
	void aClosedPairAnswersFromItsLinkWithoutSigningInOnceAndAnExpiredLinkGivesANewOne() throws Exception {
		var survey = questionnaires.createFromTemplate(pair.coordinator(), pair.program().program().id(),
				QuestionnaireTemplate.CLOSURE_EFFECTIVE_PRACTICE);
		var second = questionnaires.create(pair.coordinator(), pair.program().program().id(),
				new QuestionnaireDraft("Suivi", "Follow-up", List.of(new QuestionnaireDraft.Question(QuestionType.YES_NO,
						"En emploi ?", "Employed?", true, null, List.of()))));
		questionnaires.attach(pair.coordinator(), second.id(), new QuestionnaireMoment.Draft(
				QuestionnaireMoment.Kind.AT_CLOSURE, QuestionnaireAudience.MENTORS, null, null, null, null, null));
		participants.recordConsent(pair.coordinator(), pair.mentee(), ConsentPurpose.SURVEYS, false);
		var version = mentorships.find(pair.coordinator(), pair.mentorship()).version();
		mentorships.close(pair.coordinator(), pair.mentorship(), version, ClosureReason.COMPLETED,
				EmploymentStatus.EMPLOYED_IN_FIELD, false, start, "fin");
		Eventually.value(() -> jdbc.sql("select count(*) from questionnaire_pairing where mentor_id = ? and closed_on is not null")
			.param(pair.mentor().value()).query(Long.class).single(), count -> count == 1);

		var run = schedule.send();
		assertThat(run.notReachable()).isGreaterThanOrEqualTo(1);
		assertThat(requests(survey.id())).extracting(QuestionnaireRequestView::role, QuestionnaireRequestView::status)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(org.passerelle.program.Audience.MENTEE, Status.NOT_REACHABLE),
					org.assertj.core.groups.Tuple.tuple(org.passerelle.program.Audience.MENTOR, Status.SENT));
		var mailbox = new Mailbox(smtp, outbox);
		var mentorEmail = directory.find(Actor.system(), pair.mentor()).details().email();
		var menteeEmail = directory.find(Actor.system(), pair.mentee()).details().email();
		var invitations = Eventually.atLeast(2, () -> mailbox.received(mentorEmail));
		assertThat(invitations).extracting(Mailbox::subject)
			.containsExactlyInAnyOrder("[Passerelle] Votre avis : Sondage de fin de relation", "[Passerelle] Votre avis : Suivi");
		assertThat(mailbox.received(menteeEmail)).as("consent withdrawn: not asked").isEmpty();

		var surveyMail = invitations.stream().filter(m -> Mailbox.subject(m).contains("Sondage")).findFirst().orElseThrow();
		var link = Mailbox.link(surveyMail, "/answers/questionnaires/");
		var opened = Jsoup.parse(mvc.perform(get(link)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(opened.select("h1").text()).isEqualTo("Sondage de fin de relation");
		var path = link.substring(0, link.indexOf('?'));
		var request = requests(survey.id()).stream().filter(r -> r.status() == Status.SENT).findFirst().orElseThrow();
		var form = post(path).with(csrf());
		for (var question : request.version().questions()) {
			switch (question.type()) {
				case SCALE -> form.param(question.field(), "5");
				case YES_NO -> form.param(question.field(), "true");
				case SINGLE_CHOICE -> form.param(question.field(), "1");
				default -> {
				}
			}
		}
		mvc.perform(form).andExpect(status().isOk()).andExpect(content().string(containsString("Merci pour vos réponses")));
		assertThat(answers.view(request.id()).answeredVia()).isEqualTo(Via.LINK);
		mvc.perform(get(path).header("Accept-Language", "en")).andExpect(status().isGone())
			.andExpect(content().string(containsString("This link was already used")));
		mvc.perform(post(path).with(csrf()).param(request.version().questions().get(0).field(), "1"))
			.andExpect(status().isGone());
		mvc.perform(get("/api" + path)).andExpect(status().isGone()).andExpect(jsonPath("$.reason").value("USED"));
		mvc.perform(post("/api/answers/questionnaires/new-link").contentType(MediaType.APPLICATION_JSON)
			.content("{\"token\": \"" + path.substring(path.lastIndexOf('/') + 1) + "\"}"))
			.andExpect(status().isAccepted());
		assertThat(answers.view(request.id()).answers().get(request.version().questions().get(0).id()).number())
			.as("the second use saved nothing").isEqualByComparingTo("5");

		// the other one waits: its reminder brings a new link, which expires in turn
		clock.advance(Duration.ofDays(7));
		schedule.send();
		var reminder = mailbox.newest(mentorEmail, 3);
		assertThat(Mailbox.subject(reminder)).isEqualTo("[Passerelle] Rappel : votre avis sur Suivi");
		var reminded = Mailbox.link(reminder, "/answers/questionnaires/");
		reminded = reminded.substring(0, reminded.indexOf('?'));
		clock.advance(Duration.ofDays(31));
		mvc.perform(get(reminded).header("Accept-Language", "en")).andExpect(status().isGone())
			.andExpect(content().string(containsString("This link is too old")))
			.andExpect(content().string(containsString("Send me a new link")));
		mvc.perform(post(reminded + "/new-link").with(csrf()).header("Accept-Language", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("If this link was ours")));
		var fresh = Mailbox.link(mailbox.newest(mentorEmail, 4), "/answers/questionnaires/");
		mvc.perform(get(fresh)).andExpect(status().isOk());
		mvc.perform(post("/answers/questionnaires/not-a-token/new-link").with(csrf()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("If this link was ours")));
		var results = this.results.of(pair.coordinator(), survey.id(), new Period(start, start));
		assertThat(results.responses()).isEqualTo(new QuestionnaireResults.Responses(1, 1, 1));
	}

	/** A questionnaire with one question of each kind, attached the day after the start, asked of both. */
	private QuestionnaireId allKinds() throws Exception {
		var body = """
				{"titleFr": "Bilan", "titleEn": "Review", "questions": [
				 {"type": "SCALE", "textFr": "Le jumelage vous convient-il ?", "textEn": "Does the match suit you?", "required": true, "tag": "MATCH_FIT"},
				 {"type": "YES_NO", "textFr": "Recommanderiez-vous le programme ?", "textEn": "Would you recommend the program?", "required": true},
				 {"type": "SINGLE_CHOICE", "textFr": "Fréquence", "textEn": "How often", "required": true,
				  "choices": [{"fr": "Chaque semaine", "en": "Weekly"}, {"fr": "Chaque mois", "en": "Monthly"}]},
				 {"type": "MULTIPLE_CHOICE", "textFr": "Événements", "textEn": "Events", "required": false,
				  "choices": [{"fr": "Atelier", "en": "Workshop"}, {"fr": "Formation", "en": "Training"}, {"fr": "Salon", "en": "Fair"}]},
				 {"type": "NUMBER", "textFr": "Entrevues obtenues", "textEn": "Interviews obtained", "required": true},
				 {"type": "DATE", "textFr": "Date de l’emploi", "textEn": "Date of the job", "required": false},
				 {"type": "TEXT", "textFr": "Commentaires", "textEn": "Comments", "required": false}]}""";
		var created = mvc.perform(post("/api/programs/{id}/questionnaires", pair.program().program().id().value())
			.with(httpBasic(pair.coordinator().email(), Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		var id = new QuestionnaireId(UUID.fromString(JsonPath.read(created, "$.id")));
		var unchanged = questionnaires.change(pair.coordinator(), id, draftOf(questionnaires.find(pair.coordinator(), id)));
		assertThat(unchanged.current().number()).as("no answer yet: changed in place").isEqualTo(1);
		mvc.perform(post("/api/questionnaires/{id}/moments", id.value())
			.with(httpBasic(pair.coordinator().email(), Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"AFTER_START\", \"audience\": \"BOTH\", \"days\": 1}"))
			.andExpect(status().isOk());
		clock.advance(Duration.ofDays(1));
		schedule.send();
		return id;
	}

	private static QuestionnaireDraft draftOf(QuestionnaireView view) {
		return new QuestionnaireDraft(view.current().titleFr(), view.current().titleEn(), view.current()
			.questions()
			.stream()
			.map(q -> new QuestionnaireDraft.Question(q.type(), q.textFr(), q.textEn(), q.required(), q.tag(), q.choices()))
			.toList());
	}

	private QuestionnaireRequestView requestOf(QuestionnaireId questionnaire, Actor person) {
		return answers.toAnswer(person).stream().filter(r -> r.questionnaire().equals(questionnaire)).findFirst()
			.orElseThrow();
	}

	private List<QuestionnaireRequestView> requests(QuestionnaireId questionnaire) {
		return answers.requests(pair.coordinator(), questionnaire);
	}

	private List<NotificationView> titled(Actor actor, String part) {
		return notifications.list(actor).stream().filter(n -> n.title().contains(part)).toList();
	}
}
