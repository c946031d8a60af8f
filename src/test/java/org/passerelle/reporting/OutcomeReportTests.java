package org.passerelle.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.servlet.http.Cookie;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.MovableClock;
import org.passerelle.core.Period;
import org.passerelle.evaluation.EmploymentAnswer;
import org.passerelle.evaluation.EmploymentFollowUpView;
import org.passerelle.evaluation.EmploymentFollowUps;
import org.passerelle.evaluation.QuestionChoice;
import org.passerelle.evaluation.QuestionTag;
import org.passerelle.evaluation.QuestionType;
import org.passerelle.evaluation.QuestionnaireAnswers;
import org.passerelle.evaluation.QuestionnaireAudience;
import org.passerelle.evaluation.QuestionnaireDraft;
import org.passerelle.evaluation.QuestionnaireMoment;
import org.passerelle.evaluation.QuestionnaireSchedule;
import org.passerelle.evaluation.Questionnaires;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.identity.UserView;
import org.passerelle.matching.MentoringAgreements;
import org.passerelle.matching.Proposals;
import org.passerelle.mentorship.EmploymentStatus;
import org.passerelle.mentorship.MentorshipManagement;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramManagement;
import org.passerelle.referral.ReferralManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Employment after the program and questionnaires in the evaluation report (R-RPT-4, R-EVA-1,
 * R-EVA-2, R-RPT-5), over a program of the test's own: twelve pairs close on one day, their
 * employment at closure recorded; three months later ten answer their follow-up by phone; the
 * mentees answer a closure questionnaire. The coordinator reads every figure and rate; a funder
 * reads small counts withheld, alike in the page, the API and the files; another program's
 * coordinator is told the program does not exist.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomeReportTests {

	private static final EmploymentStatus[] AT_CLOSURE = { EmploymentStatus.EMPLOYED_IN_FIELD,
			EmploymentStatus.EMPLOYED_IN_FIELD, EmploymentStatus.EMPLOYED_IN_FIELD, EmploymentStatus.EMPLOYED_IN_FIELD,
			EmploymentStatus.EMPLOYED_IN_FIELD, EmploymentStatus.EMPLOYED_IN_FIELD, EmploymentStatus.EMPLOYED_OTHER,
			EmploymentStatus.EMPLOYED_OTHER, EmploymentStatus.EMPLOYED_OTHER, EmploymentStatus.SEEKING,
			EmploymentStatus.SEEKING, EmploymentStatus.UNKNOWN };

	private static final EmploymentStatus[] AT_THREE_MONTHS = { EmploymentStatus.EMPLOYED_IN_FIELD,
			EmploymentStatus.EMPLOYED_IN_FIELD, EmploymentStatus.EMPLOYED_IN_FIELD, EmploymentStatus.EMPLOYED_IN_FIELD,
			EmploymentStatus.EMPLOYED_IN_FIELD, EmploymentStatus.EMPLOYED_OTHER, EmploymentStatus.EMPLOYED_OTHER,
			EmploymentStatus.EMPLOYED_OTHER, EmploymentStatus.SEEKING, EmploymentStatus.SEEKING };

	@Autowired
	EvaluationReporting evaluations;

	@Autowired
	EmploymentFollowUps followUps;

	@Autowired
	Questionnaires questionnaires;

	@Autowired
	QuestionnaireSchedule schedule;

	@Autowired
	QuestionnaireAnswers answers;

	@Autowired
	MockMvc mvc;

	@Autowired
	ProgramManagement programs;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	Proposals proposals;

	@Autowired
	MentoringAgreements agreements;

	@Autowired
	MentorshipManagement mentorships;

	@Autowired
	ReferralManagement referrals;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	MovableClock clock;

	ReportingData data;

	ReportingData.Program program;

	ReportingData.Program other;

	UserView funder;

	Period period;

	@BeforeAll
	void twelvePairsCloseAndTenAnswerAtThreeMonths() {
		var fixtures = new Fixtures(organisations, users);
		data = new ReportingData(fixtures, programs, participants, proposals, agreements, mentorships, referrals, clock);
		program = data.program("Suivis");
		other = data.program("Ailleurs");
		funder = fixtures.user(Role.FUNDER, fixtures.organisation(OrganisationType.FUNDER));
		var survey = questionnaires.create(program.coordinator(), program.id(), new QuestionnaireDraft("Bilan de fin",
				"Closing review", List.of(
						new QuestionnaireDraft.Question(QuestionType.SCALE, "Le jumelage vous convenait-il ?",
								"Did the match suit you?", true, QuestionTag.MATCH_FIT, List.of()),
						new QuestionnaireDraft.Question(QuestionType.YES_NO, "Recommanderiez-vous le programme ?",
								"Would you recommend the program?", true, null, List.of()),
						new QuestionnaireDraft.Question(QuestionType.SINGLE_CHOICE, "Fréquence", "How often", true, null,
								List.of(new QuestionChoice("Chaque semaine", "Weekly"), new QuestionChoice("Chaque mois", "Monthly"))),
						new QuestionnaireDraft.Question(QuestionType.TEXT, "Commentaires", "Comments", false, null, List.of()))));
		questionnaires.attach(program.coordinator(), survey.id(), new QuestionnaireMoment.Draft(
				QuestionnaireMoment.Kind.AT_CLOSURE, QuestionnaireAudience.MENTEES, null, null, null, null, null));
		var closedOn = data.today();
		for (var employment : AT_CLOSURE) {
			var mentee = data.enrolled(program, Audience.MENTEE);
			var mentor = data.enrolled(program, Audience.MENTOR);
			data.close(program, data.pair(program, mentee, mentor), employment, closedOn);
		}
		period = new Period(closedOn, closedOn);

		// the mentees answer the closure questionnaire, eleven of twelve, by phone to the coordinator
		var requests = await().atMost(Duration.ofSeconds(20)).until(() -> {
			schedule.send();
			return answers.requests(program.coordinator(), survey.id());
		}, found -> found.size() == 12);
		for (int i = 0; i < 11; i++) {
			var request = requests.get(i);
			var questions = request.version().questions();
			answers.answer(program.coordinator(), request.id(), Map.of(questions.get(0).id(), List.of(i < 8 ? "5" : "3"),
					questions.get(1).id(), List.of(i < 10 ? "true" : "false"), questions.get(2).id(), List.of("1"),
					questions.get(3).id(), List.of("Une confidence de la personne " + i)));
		}

		// three months and a few days later, ten of them tell the coordinator where they stand
		clock.advance(Duration.ofDays(95));
		followUps.send();
		var threeMonths = await().atMost(Duration.ofSeconds(20))
			.until(() -> followUps.ofProgram(program.coordinator(), program.id())
				.followUps()
				.stream()
				.filter(followUp -> followUp.months() == 3)
				.map(EmploymentFollowUpView::id)
				.toList(), found -> found.size() == 12);
		for (int i = 0; i < AT_THREE_MONTHS.length; i++) {
			followUps.answer(program.coordinator(), threeMonths.get(i),
					new EmploymentAnswer(AT_THREE_MONTHS[i], AT_THREE_MONTHS[i].employed() ? "Ville de Gatineau" : null, null, null, null, null));
		}
	}

	@Test
	void theCoordinatorReadsEachStagesEmploymentRateBesideItsResponseRate() {
		var report = evaluations.evaluation(program.coordinator(), program.id(), period);
		var stages = report.sections().get(0).tables().get(0);
		assertThat(stages.key()).isEqualTo("report.outcome");
		assertThat(stages.rows()).extracting(row -> row.label().key()).containsExactly("CLOSURE", "3", "6", "12");
		assertThat(CellSuppressionTests.values(stages.rows().get(0)).subList(0, 6)).containsExactly(12L, 12L, 11L, null,
				9L, 6L);
		assertThat(CellSuppressionTests.values(stages.rows().get(1)).subList(0, 6)).containsExactly(12L, 12L, 10L, 0L,
				8L, 5L);
		assertThat(CellSuppressionTests.values(stages.rows().get(2)).subList(0, 6)).as("not due yet")
			.containsExactly(12L, 0L, 0L, 0L, 0L, 0L);
		assertThat(rates(stages, 0)).containsExactly(91.7, 81.8, 54.5);
		assertThat(rates(stages, 1)).containsExactly(83.3, 80.0, 50.0);
		assertThat(stages.columns().get(stages.column("inField")).parent()).isEqualTo("employed");
		assertThat(stages.columns().get(stages.column("employed")).parent()).isEqualTo("reached");
		assertThat(stages.columns().get(stages.column("reached")).parent()).isEqualTo("due");

		var cohorts = report.sections().get(0).tables().get(1);
		var year = period.to().getYear();
		assertThat(cohorts.rows()).extracting(row -> row.label().key())
			.containsExactly(Integer.toString(year - 4), Integer.toString(year - 3), Integer.toString(year - 2),
					Integer.toString(year - 1), Integer.toString(year));
		var last = cohorts.rows().getLast();
		assertThat(last.figure(cohorts.column("reached.closure")).value()).isEqualTo(11L);
		assertThat(last.figure(cohorts.column("employedRate.closure")).value()).isEqualTo(81.8);
		assertThat(last.figure(cohorts.column("reached.m3")).value()).isEqualTo(10L);
		assertThat(last.figure(cohorts.column("inFieldRate.m3")).value()).isEqualTo(50.0);
		assertThat(cohorts.rows().getFirst().figure(cohorts.column("completed")).value()).isEqualTo(0L);
	}

	@Test
	void theQuestionnairesAndTheMatchRelevanceAreAggregatedWithoutTheirTexts() throws Exception {
		var report = evaluations.evaluation(program.coordinator(), program.id(), period);
		var relevance = report.sections().get(3).tables().getFirst();
		assertThat(relevance.rows().getFirst().figure(0).value()).isEqualTo(11L);
		assertThat(relevance.rows().getFirst().figure(1).value()).as("(8 × 5 + 3 × 3) / 11").isEqualTo(4.45);
		var tables = report.sections().get(7).tables();
		assertThat(tables).extracting(ReportTable::key).containsExactly("report.questionnaires",
				"report.questionnaires.scale", "report.questionnaires.yesNo", "report.questionnaires.choice");
		assertThat(CellSuppressionTests.values(tables.get(0).rows().getFirst()).subList(0, 3)).containsExactly(12L, 11L, 0L);
		assertThat(tables.get(0).rows().getFirst().figure(3).value()).isEqualTo(91.7);
		assertThat(CellSuppressionTests.values(tables.get(1).rows().getFirst()).subList(0, 6)).containsExactly(11L, 0L, 0L,
				3L, 0L, 8L);
		assertThat(CellSuppressionTests.values(tables.get(2).rows().getFirst()).subList(0, 3)).containsExactly(11L, 10L, 1L);

		var json = mvc.perform(get("/api/reports/evaluation").with(httpBasic(coordinatorEmail(program), Fixtures.PASSWORD))
			.header("Accept-Language", "en")
			.param("program", program.id().toString())
			.param("from", period.from().toString())
			.param("to", period.to().toString())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(json).contains("Closing review, version 1: Did the match suit you?", "Closing review, version 1: How often — Weekly")
			.doesNotContain("Une confidence");
	}

	@Test
	void aFunderReadsNoSmallCountAndCannotRecomputeOneInThePageTheApiOrTheFiles() throws Exception {
		var report = evaluations.evaluation(ReportingData.actor(funder), program.id(), period);
		var stages = report.sections().get(0).tables().get(0);
		var truth = new long[][] { { 12, 12, 11, 0, 9, 6 }, { 12, 12, 10, 0, 8, 5 }, { 12, 0, 0, 0, 0, 0 },
				{ 12, 0, 0, 0, 0, 0 } };
		assertThat(stages.rows().stream().flatMap(row -> row.figures().stream())).anyMatch(ReportTable.Figure::withheld);
		assertThat(StageAttacker.attack(truth, stages)).isEmpty();
		var scale = report.sections().get(7).tables().get(1);
		assertThat(scale.rows().getFirst().figure(scale.column("mean")).withheld()).as("beside withheld counts").isTrue();
		var relevance = report.sections().get(3).tables().getFirst();
		assertThat(relevance.rows().getFirst().figure(1).withheld()).as("the same answers' mean").isTrue();

		var json = mvc.perform(get("/api/reports/evaluation").with(httpBasic(funder.email(), Fixtures.PASSWORD))
			.param("program", program.id().toString())
			.param("from", period.from().toString())
			.param("to", period.to().toString())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<Boolean> withheld = JsonPath.read(json, "$.sections[0].tables[0].rows[*].figures[*].withheld");
		assertThat(withheld).contains(true);
		List<Object> shown = JsonPath.read(json, "$.sections[0].tables[0].rows[*].figures[*].value");
		assertThat(shown).doesNotContain(1, 2, 3, 4);

		var page = Jsoup.parse(mvc.perform(get("/reports/evaluation").session(Fixtures.signIn(mvc, funder.email()))
			.cookie(new Cookie("passerelle-lang", "fr-CA"))
			.param("program", program.id().toString())
			.param("from", period.from().toString())
			.param("to", period.to().toString())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		var table = page.getElementById("report.outcome");
		assertThat(table.select("thead th").eachText()).startsWith("Étape", "Mentorats clos", "Suivis dus", "Joints");
		assertThat(table.select("tbody th").eachText()).startsWith("À la clôture", "3 mois après la clôture");
		assertThat(table.select("td").eachText()).contains("—");
		assertThat(page.getElementById("report.outcome.cohorts").select("thead th").eachText())
			.contains("En emploi à 3 mois (%)");
		assertThat(page.select("figure svg[role=img]").eachAttr("aria-label"))
			.anyMatch(label -> label.startsWith("Cohortes comparées"));

		for (var language : List.of("fr", "en")) {
			var csv = new String(download(funder, "csv", language), StandardCharsets.UTF_8);
			assertThat(csv).contains(language.equals("fr") ? "L’emploi après la clôture, étape par étape"
					: "Employment after closure, stage by stage");
			assertThat(csv).contains(language.equals("fr") ? "Réponses par questionnaire" : "Responses per questionnaire");
			try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(download(funder, "xlsx", language)))) {
				var names = workbook.getSheets().map(sheet -> sheet.getName()).toList();
				assertThat(names.getFirst()).startsWith(language.equals("fr") ? "1 L’emploi" : "1 Employment");
			}
			var reader = new PdfReader(download(funder, "pdf", language));
			try {
				var text = new StringBuilder();
				for (int p = 1; p <= reader.getNumberOfPages(); p++) {
					text.append(new PdfTextExtractor(reader).getTextFromPage(p));
				}
				assertThat(text.toString()).contains(language.equals("fr") ? "Cohortes comparées" : "Cohorts compared");
			}
			finally {
				reader.close();
			}
		}
	}

	@Test
	void aCoordinatorOfAnotherProgramIsToldItDoesNotExist() throws Exception {
		var coordinator = users.find(org.passerelle.identity.Actor.system(), other.coordinator().userId());
		mvc.perform(get("/api/reports/evaluation").with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.param("program", program.id().toString())).andExpect(status().isNotFound());
		mvc.perform(get("/reports/evaluation.pdf").session(Fixtures.signIn(mvc, coordinator.email()))
			.param("program", program.id().toString())).andExpect(status().isNotFound());
	}

	private String coordinatorEmail(ReportingData.Program of) {
		return users.find(org.passerelle.identity.Actor.system(), of.coordinator().userId()).email();
	}

	private byte[] download(UserView user, String format, String language) throws Exception {
		return mvc.perform(get("/api/reports/evaluation").with(httpBasic(user.email(), Fixtures.PASSWORD))
			.header("Accept-Language", language)
			.param("program", program.id().toString())
			.param("from", period.from().toString())
			.param("to", period.to().toString())
			.param("format", format)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	private static List<Double> rates(ReportTable table, int row) {
		var rates = new ArrayList<Double>();
		for (var key : List.of("responseRate", "employedRate", "inFieldRate")) {
			var value = table.rows().get(row).figure(table.column(key)).value();
			rates.add(value == null ? null : value.doubleValue());
		}
		return rates;
	}
}
