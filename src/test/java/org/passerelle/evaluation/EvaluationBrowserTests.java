package org.passerelle.evaluation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.passerelle.BrowserTest;
import org.passerelle.Eventually;
import org.passerelle.Fixtures;
import org.passerelle.MovableClock;
import org.passerelle.core.Language;
import org.passerelle.identity.UserManagement;
import org.passerelle.matching.MatchingFixtures;
import org.passerelle.matching.MentoringAgreements;
import org.passerelle.matching.Proposals;
import org.passerelle.mentorship.ClosureReason;
import org.passerelle.mentorship.EmploymentStatus;
import org.passerelle.mentorship.MentorshipManagement;
import org.passerelle.mentorship.Pair;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Evaluation's pages in a real browser, in French and in English, every one checked by axe-core
 * (every impact, not only the serious ones) and read in the language walked: the coordinator's
 * follow-up schedule, follow-ups and phone answer; the employment history; the public follow-up
 * answer page from a link and its refused-link page; the questionnaire builder with each type of
 * question, its moments, its answer page signed in and by link, and its results.
 */
class EvaluationBrowserTests extends BrowserTest {

	@Autowired
	ProgramManagement programs;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	Proposals proposals;

	@Autowired
	MentoringAgreements agreements;

	@Autowired
	MentorshipManagement mentorships;

	@Autowired
	EmploymentFollowUps followUps;

	@Autowired
	QuestionnaireSchedule schedule;

	@Autowired
	QuestionnaireAnswers answers;

	@Autowired
	AnswerLinks links;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Test
	void evaluationPagesAreAccessibleInFrench() {
		walk(Locale.CANADA_FRENCH);
	}

	@Test
	void evaluationPagesAreAccessibleInEnglish() {
		walk(Locale.CANADA);
	}

	private void walk(Locale locale) {
		countedImpacts = List.of("minor", "moderate", "serious", "critical");
		useLocale(locale);
		var lang = "-" + locale.getLanguage();
		var f = MatchingFixtures.create(new Fixtures(organisations, users), programs, participants,
				MatchingFixtures.weights(100, 0, 0, 0), ProgramRules.builder().build(), Set.of(Language.FR, Language.EN));
		var pair = Pair.agreed(f, proposals, agreements, mentorships, LocalDate.now(clock));
		var program = f.program().id().value();

		// The coordinator sets the schedule of follow-ups
		signInAs(f.coordinator().email(), locale);
		visit("/programs/" + program + "/follow-up-schedule", "evaluation-schedule" + lang);
		assertThat(page.locator("h1")).hasText(text(locale, "employment.schedule.title"));
		label(text(locale, "employment.schedule.months")).fill("3, 3");
		button(text(locale, "employment.schedule.save")).click();
		assertThat(page.locator("#error-summary")).isVisible();
		assertThat(page.locator("#months")).hasAttribute("aria-describedby", "months-help months-error");
		check("evaluation-schedule-errors" + lang);
		label(text(locale, "employment.schedule.months")).fill("3, 6, 12");
		button(text(locale, "employment.schedule.save")).click();
		assertThat(page.locator("#error-summary")).hasCount(0);

		// builds a questionnaire with every type of question, three rows at a time
		visit("/programs/" + program + "/questionnaires", "questionnaire-list" + lang);
		link(text(locale, "questionnaire.new")).click();
		assertThat(page.locator("h1")).hasText(text(locale, "questionnaire.new"));
		check("questionnaire-builder" + lang);
		label(text(locale, "questionnaire.titleFr")).fill("Bilan" + lang);
		label(text(locale, "questionnaire.titleEn")).fill("Review" + lang);
		question(0, QuestionType.SCALE, "Satisfaction", "Satisfaction", null);
		question(1, QuestionType.YES_NO, "Recommanderiez-vous ?", "Would you recommend it?", null);
		question(2, QuestionType.SINGLE_CHOICE, "Fréquence", "How often", null);
		button(text(locale, "questionnaire.save")).click();
		assertThat(page.locator("#error-summary a")).hasAttribute("href", "#questions[2].choices");
		var choices = page.locator("[id='questions[2].choices']");
		assertThat(choices).hasAttribute("aria-invalid", "true");
		assertThat(choices).hasAttribute("aria-describedby", "questions[2].choices-help questions[2].choices-error");
		check("questionnaire-builder-errors" + lang);
		choices.fill("Chaque semaine | Weekly\nChaque mois | Monthly");
		button(text(locale, "questionnaire.save")).click();
		assertThat(page.locator("#questions > li")).hasCount(3);
		link(text(locale, "questionnaire.edit")).click();
		question(3, QuestionType.MULTIPLE_CHOICE, "Activités", "Activities",
				"Réseautage | Networking\nCV | Résumé\nEntrevues | Interviews");
		question(4, QuestionType.NUMBER, "Heures par mois", "Hours a month", null);
		question(5, QuestionType.DATE, "Date de l’embauche", "Date hired", null);
		button(text(locale, "questionnaire.save")).click();
		link(text(locale, "questionnaire.edit")).click();
		question(6, QuestionType.TEXT, "Commentaires", "Comments", null);
		page.locator("[id='questions[6].required']").uncheck();
		check("questionnaire-builder-edit" + lang);
		button(text(locale, "questionnaire.save")).click();
		assertThat(page.locator("#questions > li")).hasCount(7);
		var questionnaireUrl = page.url();
		check("questionnaire-detail" + lang);

		// attaches it to the closure, after a refused moment
		label(text(locale, "questionnaire.moment.kind")).selectOption("AFTER_START");
		button(text(locale, "questionnaire.moment.attach")).click();
		assertThat(page.locator("#days")).hasAttribute("aria-invalid", "true");
		assertThat(page.locator("#days")).hasAttribute("aria-describedby", "days-error");
		check("questionnaire-moment-errors" + lang);
		label(text(locale, "questionnaire.moment.kind")).selectOption("AT_CLOSURE");
		label(text(locale, "questionnaire.moment.audience")).selectOption("BOTH");
		button(text(locale, "questionnaire.moment.attach")).click();
		assertThat(page.locator("#moments li")).hasCount(1);
		check("questionnaire-moments" + lang);

		// the pair closes: follow-ups are planned, the questionnaire asked of both
		var view = mentorships.find(pair.coordinator(), pair.mentorship());
		mentorships.close(pair.coordinator(), pair.mentorship(), view.version(), ClosureReason.EMPLOYED,
				EmploymentStatus.EMPLOYED_OTHER, false, LocalDate.now(clock), null);
		Eventually.value(() -> followUps.ofProgram(pair.coordinator(), f.program().id()).followUps(),
				planned -> planned.size() == 3);
		Eventually.value(() -> jdbc.sql("select count(*) from questionnaire_pairing where mentee_id = ? and closed_on is not null")
			.param(pair.mentee().value()).query(Long.class).single(), count -> count == 1);
		schedule.send();
		var questionnaire = new QuestionnaireId(java.util.UUID.fromString(questionnaireUrl.replaceAll(".*/", "")));
		var requests = answers.requests(pair.coordinator(), questionnaire);
		assertThat(requests).hasSize(2);

		// the employment history, on the person page and its own
		visit("/participants/" + pair.mentee().value(), "person-employment" + lang);
		assertThat(page.locator("#employment-entries tbody tr")).hasCount(1);
		visit("/participants/" + pair.mentee().value() + "/employment-history", "employment-history" + lang);
		button(text(locale, "employment.history.record")).click();
		assertThat(page.locator("#status")).hasAttribute("aria-invalid", "true");
		check("employment-history-errors" + lang);

		// the mentor answers signed in
		signOut();
		signInAs(pair.asMentor().email(), locale);
		var mentorRequest = requests.stream().filter(r -> r.participant().equals(pair.mentor())).findFirst().orElseThrow();
		visit("/questionnaires/requests/" + mentorRequest.id().value(), "questionnaire-answer-signed-in" + lang);
		assertThat(page.locator("fieldset legend").first()).hasText("Satisfaction");
		assertThat(page.locator("fieldset").first()).hasAttribute("aria-describedby", java.util.regex.Pattern.compile("-help$"));
		button(text(locale, "questionnaire.answer.send")).click();
		assertThat(page.locator("#error-summary a").first()).hasText(text(locale, "questionnaire.answer.problem", "Satisfaction",
				text(locale, "questionnaire.answer.required")));
		assertThat(page.locator("fieldset").first()).hasAttribute("aria-describedby", java.util.regex.Pattern.compile("-help q-\\S+-error$"));
		check("questionnaire-answer-errors" + lang);
		answerQuestionnaire(locale);
		button(text(locale, "questionnaire.answer.send")).click();
		assertThat(page.locator("#answers")).isVisible();
		check("questionnaire-answered" + lang);
		signOut();

		// the mentee answers by link, without signing in, and the link then refuses
		var menteeRequest = requests.stream().filter(r -> r.participant().equals(pair.mentee())).findFirst().orElseThrow();
		var token = answers.link(menteeRequest.id());
		visit("/answers/questionnaires/" + token, "questionnaire-answer-by-link" + lang);
		answerQuestionnaire(locale);
		button(text(locale, "questionnaire.answer.send")).click();
		assertThat(page.locator("h1")).hasText(text(locale, "questionnaire.answer.thanks"));
		check("questionnaire-thanks" + lang);
		visit("/answers/questionnaires/" + token, "questionnaire-link-refused" + lang);
		assertThat(page.locator("h1")).hasText(text(locale, "answer.link.refused.title"));
		button(text(locale, "answer.link.refused.askNew")).click();
		assertThat(page.locator("#new-link-sent")).hasText(text(locale, "answer.link.refused.newSent"));
		check("questionnaire-new-link" + lang);

		// three months on, the coordinator records the follow-up by phone
		clock.advance(Duration.ofDays(93));
		signInAs(f.coordinator().email(), locale);
		visit("/programs/" + program + "/follow-ups", "follow-ups" + lang);
		assertThat(page.locator("h1")).hasText(text(locale, "employment.followUps.title"));
		var planned = followUps.ofProgram(pair.coordinator(), f.program().id()).followUps();
		var threeMonths = planned.stream().filter(item -> item.months() == 3).findFirst().orElseThrow();
		var sixMonths = planned.stream().filter(item -> item.months() == 6).findFirst().orElseThrow();
		visit("/follow-ups/" + threeMonths.id(), "follow-up-by-phone" + lang);
		button(text(locale, "employment.followUp.recordByPhone")).click();
		assertThat(page.locator("#status")).hasAttribute("aria-describedby", "status-error");
		check("follow-up-by-phone-errors" + lang);
		label(text(locale, "employment.status")).selectOption("EMPLOYED_IN_FIELD");
		label(text(locale, "employment.employer")).fill("Hydro-Québec");
		button(text(locale, "employment.followUp.recordByPhone")).click();
		assertThat(page.locator("#follow-up-status")).containsText(text(locale, "FollowUpStatus.ANSWERED"));

		// the results, with the two answers
		page.navigate(questionnaireUrl + "/results?from=" + LocalDate.now(clock).minusYears(1) + "&to=" + LocalDate.now(clock));
		check("questionnaire-results" + lang);
		assertThat(page.locator("#total-rate td").first()).hasText("2");
		signOut();

		// the mentee answers the six-month follow-up from a link
		var followUpToken = links.issue(AnswerLinkKind.FOLLOW_UP, sixMonths.id(), pair.mentee());
		visit("/answers/follow-ups/" + followUpToken, "follow-up-by-link" + lang);
		button(text(locale, "employment.followUp.send")).click();
		assertThat(page.locator("#error-summary")).isVisible();
		check("follow-up-by-link-errors" + lang);
		label(text(locale, "employment.status")).selectOption("SEEKING");
		button(text(locale, "employment.followUp.send")).click();
		check("follow-up-answered" + lang);
		visit("/answers/follow-ups/" + followUpToken, "follow-up-link-refused" + lang);
		assertThat(page.locator("#link-refused-reason")).hasText(text(locale, "answer.link.refused.used"));
		button(text(locale, "answer.link.refused.askNew")).click();
		assertThat(page.locator("#new-link-sent")).hasText(text(locale, "answer.link.refused.newSent"));
		check("follow-up-new-link" + lang);

		assertThat(accessibilityViolations).as("axe-core violations").isEmpty();
	}

	private void signInAs(String email, Locale locale) {
		signIn(email);
		if (!locale.getLanguage().equals(page.locator("html").getAttribute("lang"))) {
			page.locator("header button.language-switch").click();
			assertThat(page.locator("html")).hasAttribute("lang", locale.getLanguage());
		}
	}

	/** Fills a row of the builder: its type, its texts, its choices when it has some. */
	private void question(int row, QuestionType type, String fr, String en, String choices) {
		var p = "questions[" + row + "]";
		field(p + ".type").selectOption(type.name());
		field(p + ".textFr").fill(fr);
		field(p + ".textEn").fill(en);
		if (choices != null) {
			field(p + ".choices").fill(choices);
		}
	}

	/** Answers the seven questions: by their labels, as a person using a screen reader would find them. */
	private void answerQuestionnaire(Locale locale) {
		var scale = page.getByRole(AriaRole.GROUP, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Satisfaction"));
		scale.getByLabel("4", new Locator.GetByLabelOptions().setExact(true)).check();
		var french = locale.getLanguage().equals("fr");
		page.getByRole(AriaRole.GROUP,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName(french ? "Recommanderiez-vous ?" : "Would you recommend it?"))
			.getByLabel(text(locale, "program.yes"))
			.check();
		page.getByLabel(french ? "Chaque mois" : "Monthly").check();
		page.getByLabel(french ? "Réseautage" : "Networking").check();
		page.getByLabel(french ? "Entrevues" : "Interviews").check();
		page.getByLabel(french ? "Heures par mois" : "Hours a month").fill("6");
		page.getByLabel(french ? "Date de l’embauche" : "Date hired").fill(LocalDate.now(clock).toString());
	}

	private Locator label(String text) {
		return page.getByLabel(text, new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true));
	}

	private Locator field(String id) {
		return page.locator("[id='" + id + "']");
	}
}
