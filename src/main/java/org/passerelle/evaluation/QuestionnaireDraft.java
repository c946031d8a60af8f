package org.passerelle.evaluation;

import java.util.List;

/**
 * A questionnaire as a coordinator writes it: its title and its questions, in order, each in French
 * and English. Choices matter only to the choice questions.
 */
public record QuestionnaireDraft(String titleFr, String titleEn, List<Question> questions) {

	public QuestionnaireDraft {
		questions = questions == null ? List.of() : List.copyOf(questions);
	}

	/** One question: how it is answered, its text, whether it must be answered, what it measures. */
	public record Question(QuestionType type, String textFr, String textEn, boolean required, QuestionTag tag,
			List<QuestionChoice> choices) {

		public Question {
			choices = choices == null ? List.of() : List.copyOf(choices);
		}
	}
}
