package org.passerelle.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.passerelle.evaluation.QuestionTag;
import org.passerelle.evaluation.QuestionType;
import org.passerelle.evaluation.QuestionnaireResults;
import org.passerelle.evaluation.QuestionnaireResults.ProgramResults;
import org.passerelle.evaluation.QuestionnaireResults.QuestionResult;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the program's questionnaires tell (R-EVA-1, R-EVA-2), from {@link QuestionnaireResults}
 * without the free texts, which never reach a report:
 * <ul>
 * <li><b>Responses</b> per questionnaire: requests sent, answered, not reachable (not sent), the
 * response rate; a total row (each request is of one questionnaire).</li>
 * <li><b>Scale questions</b> (1 to 5), each version's apart: how many answered, how many gave each
 * value (together, every answer), the mean.</li>
 * <li><b>Yes or no questions</b>: how many answered, yes, no.</li>
 * <li><b>Choice questions</b>: how many chose each choice (a multiple choice counts a person once
 * per choice).</li>
 * <li><b>Match relevance</b>: the mean of every scale answer to a question tagged
 * {@link QuestionTag#MATCH_FIT}, and how many answers. It is the sum of those questions' rows of
 * the scale table, so for funders its count is shown only where each of them shows its answers,
 * and its mean only over 10 answers or more where each of them shows every figure (a mean beside
 * withheld counts of values could tell them).</li>
 * </ul>
 * Questions of a number or a date are left out: their answers are the respondents' own figures.
 */
final class QuestionnaireSections {

	private QuestionnaireSections() {
	}

	/** The scale questions' table: a row per question of each version answered in the period. */
	static ReportTable scales(ReportScope scope, ProgramResults results) {
		var table = CountTable.builder("report.questionnaires.scale").count("answers");
		for (int value = 1; value <= 5; value++) {
			table.part("v" + value, "answers");
		}
		table.exhaustive("answers").average("mean", "answers");
		questions(results, QuestionType.SCALE, (label, question) -> {
			var figures = new long[7];
			for (var count : question.counts()) {
				figures[count.value()] = count.count();
				figures[0] += count.count();
			}
			figures[6] = hundredths(question.mean());
			table.row(label, figures);
		});
		return scope.show(table.build());
	}

	static ReportTable yesNo(ReportScope scope, ProgramResults results) {
		var table = CountTable.builder("report.questionnaires.yesNo")
			.count("answers")
			.part("yes", "answers")
			.part("no", "answers")
			.exhaustive("answers")
			.rate("yesRate", "yes", "answers");
		questions(results, QuestionType.YES_NO, (label, question) -> {
			long yes = question.counts().stream().filter(count -> count.value() == 1).mapToLong(c -> c.count()).sum();
			table.row(label, question.answers(), yes, question.answers() - yes);
		});
		return scope.show(table.build());
	}

	static ReportTable choices(ReportScope scope, ProgramResults results) {
		var table = CountTable.builder("report.questionnaires.choice").count("chosen");
		for (var questionnaire : results.questionnaires()) {
			for (var version : questionnaire.versions()) {
				for (var question : version.questions()) {
					if (question.type() != QuestionType.SINGLE_CHOICE && question.type() != QuestionType.MULTIPLE_CHOICE) {
						continue;
					}
					for (var count : question.counts()) {
						table.row(Label.code(question.question() + ":" + count.value(), "report.questionnaires.choiceOf",
								questionnaire.titleFr(), version.version(), question.textFr(), count.labelFr(),
								questionnaire.titleEn(), question.textEn(), count.labelEn()), count.count());
					}
				}
			}
		}
		return scope.show(table.build());
	}

	private static void questions(ProgramResults results, QuestionType type,
			java.util.function.BiConsumer<Label, QuestionResult> row) {
		for (var questionnaire : results.questionnaires()) {
			for (var version : questionnaire.versions()) {
				for (var question : version.questions()) {
					if (question.type() == type) {
						row.accept(Label.code(question.question().toString(), "report.questionnaires.question",
								questionnaire.titleFr(), version.version(), question.textFr(), questionnaire.titleEn(),
								question.textEn()), question);
					}
				}
			}
		}
	}

	private static long hundredths(BigDecimal mean) {
		return mean == null ? 0 : mean.movePointRight(2).longValue();
	}

	@Component
	@Order(40)
	static class MatchRelevance implements EvaluationSection {

		private final QuestionnaireResults questionnaires;

		MatchRelevance(QuestionnaireResults questionnaires) {
			this.questionnaires = questionnaires;
		}

		@Override
		public EvaluationElement element() {
			return EvaluationElement.MATCH_RELEVANCE;
		}

		@Override
		public List<ReportTable> tables(ReportScope scope) {
			var results = questionnaires.of(scope.program(), scope.period());
			var relevance = results.matchRelevance();
			if (relevance.answers() == 0) {
				return List.of();
			}
			var table = scope.show(CountTable.builder("report.matchRelevance")
				.count("answers")
				.average("mean", "answers")
				.row(Label.code("MATCH_FIT", "report.matchRelevance.all"), relevance.answers(), hundredths(relevance.mean()))
				.build());
			if (scope.suppressed()) {
				var fit = fitRows(scales(scope, results), results);
				boolean count = fit.stream().anyMatch(row -> row.figure(0).withheld());
				boolean mean = count || fit.stream().anyMatch(row -> row.figures().stream().anyMatch(ReportTable.Figure::withheld));
				var row = table.rows().getFirst();
				table = new ReportTable(table.key(), table.columns(), List.of(new ReportTable.Row(row.label(),
						List.of(count ? ReportTable.Figure.WITHHELD : row.figure(0),
								mean ? ReportTable.Figure.WITHHELD : row.figure(1)))), null, true);
			}
			return List.of(table);
		}

		/** The scale table's rows of the questions of match relevance. */
		private static List<ReportTable.Row> fitRows(ReportTable scales, ProgramResults results) {
			var fit = new ArrayList<String>();
			results.questionnaires()
				.forEach(questionnaire -> questionnaire.versions()
					.forEach(version -> version.questions()
						.stream()
						.filter(question -> question.tag() == QuestionTag.MATCH_FIT && question.type() == QuestionType.SCALE)
						.forEach(question -> fit.add(question.question().toString()))));
			return scales.rows().stream().filter(row -> fit.contains(row.label().key())).toList();
		}
	}

	@Component
	@Order(80)
	static class Questionnaires implements EvaluationSection {

		private final QuestionnaireResults questionnaires;

		Questionnaires(QuestionnaireResults questionnaires) {
			this.questionnaires = questionnaires;
		}

		@Override
		public EvaluationElement element() {
			return EvaluationElement.QUESTIONNAIRES;
		}

		@Override
		public List<ReportTable> tables(ReportScope scope) {
			var results = questionnaires.of(scope.program(), scope.period());
			if (results.questionnaires().isEmpty()) {
				return List.of();
			}
			var responses = CountTable.builder("report.questionnaires")
				.count("sent")
				.part("answered", "sent")
				.count("notReachable")
				.rate("responseRate", "answered", "sent");
			for (var questionnaire : results.questionnaires()) {
				var of = questionnaire.responses();
				responses.row(Label.bilingual(questionnaire.questionnaire().value().toString(), questionnaire.titleFr(),
						questionnaire.titleEn()), of.sent(), of.answered(), of.notReachable());
			}
			var tables = new ArrayList<ReportTable>();
			tables.add(scope.show(responses.total().build()));
			for (var table : List.of(scales(scope, results), yesNo(scope, results), choices(scope, results))) {
				if (!table.isEmpty()) {
					tables.add(table);
				}
			}
			return tables;
		}
	}
}
