package org.passerelle.evaluation.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.passerelle.evaluation.QuestionChoice;
import org.passerelle.evaluation.QuestionTag;
import org.passerelle.evaluation.QuestionType;
import org.passerelle.evaluation.QuestionnaireDraft;
import org.passerelle.evaluation.QuestionnaireView;

/**
 * The questionnaire builder's form: its titles and rows of questions, a few left empty at the end
 * to add questions without script; empty rows are left out. Choices are written one a line,
 * {@code French | English}. Serializable: kept in the session across a redirect.
 */
record QuestionnaireForm(String titleFr, String titleEn, List<QuestionForm> questions)
		implements java.io.Serializable {

	/** Empty rows offered after the questions, to add some. */
	static final int EMPTY_ROWS = 3;

	private static final Pattern ROW = Pattern.compile("^questions\\[(\\d+)]");

	QuestionnaireForm {
		questions = questions == null ? List.of() : new ArrayList<>(questions);
	}

	/** One row: a question, or nothing when left empty. */
	record QuestionForm(QuestionType type, String textFr, String textEn, Boolean required, QuestionTag tag,
			String choices) implements java.io.Serializable {

		boolean empty() {
			return type == null && blank(textFr) && blank(textEn) && blank(choices);
		}

		QuestionnaireDraft.Question question() {
			var labels = blank(choices) ? List.<QuestionChoice>of()
					: Arrays.stream(choices.split("\\R")).filter(line -> !line.isBlank()).map(line -> {
						var parts = line.split("\\|", 2);
						return new QuestionChoice(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "");
					}).toList();
			return new QuestionnaireDraft.Question(type, textFr, textEn, Boolean.TRUE.equals(required), tag, labels);
		}

		static QuestionForm of(QuestionnaireView.Question question) {
			return new QuestionForm(question.type(), question.textFr(), question.textEn(), question.required(),
					question.tag(), String.join("\n",
							question.choices().stream().map(choice -> choice.fr() + " | " + choice.en()).toList()));
		}
	}

	static QuestionnaireForm empty() {
		return withEmptyRows(new QuestionnaireForm("", "", List.of()));
	}

	static QuestionnaireForm of(QuestionnaireView view) {
		return withEmptyRows(new QuestionnaireForm(view.current().titleFr(), view.current().titleEn(),
				view.current().questions().stream().map(QuestionForm::of).toList()));
	}

	/** The same with empty rows at the end, to add questions. */
	static QuestionnaireForm withEmptyRows(QuestionnaireForm form) {
		var rows = new ArrayList<>(form.questions().stream().filter(row -> row != null && !row.empty()).toList());
		for (int i = 0; i < EMPTY_ROWS; i++) {
			rows.add(new QuestionForm(null, "", "", true, null, ""));
		}
		return new QuestionnaireForm(form.titleFr(), form.titleEn(), rows);
	}

	QuestionnaireDraft draft() {
		return new QuestionnaireDraft(titleFr, titleEn,
				questions.stream().filter(row -> row != null && !row.empty()).map(QuestionForm::question).toList());
	}

	/**
	 * The form's field for a field of the draft: the draft's questions are the rows not empty, so
	 * {@code questions[1]} of the draft may be the third row.
	 */
	String field(String draftField) {
		Matcher matcher = ROW.matcher(draftField);
		if (!matcher.find()) {
			return draftField;
		}
		int wanted = Integer.parseInt(matcher.group(1));
		int seen = -1;
		for (int row = 0; row < questions.size(); row++) {
			if (questions.get(row) != null && !questions.get(row).empty() && ++seen == wanted) {
				return "questions[" + row + "]" + draftField.substring(matcher.end());
			}
		}
		return draftField;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
