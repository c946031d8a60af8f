package org.passerelle.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.passerelle.program.ProgramId;

/**
 * A questionnaire as its pages and the API show it: its current version's title and questions, the
 * moments it is sent at, and its versions, each with how many answered it.
 *
 * @param template the template it was made from, or {@code null}
 * @param answered whether the current version has answers: changing it then makes a new version
 */
public record QuestionnaireView(QuestionnaireId id, ProgramId program, String programName,
		QuestionnaireTemplate template, Version current, boolean answered, List<QuestionnaireMoment> moments,
		List<VersionSummary> versions) {

	public String title(Locale locale) {
		return current.title(locale);
	}

	/** One version of a questionnaire, with its questions in order. */
	public record Version(UUID id, int number, String titleFr, String titleEn, List<Question> questions) {

		public String title(Locale locale) {
			return "fr".equals(locale.getLanguage()) ? titleFr : titleEn;
		}
	}

	/** One question of a version; choices are numbered from 1 in their order. */
	public record Question(UUID id, int position, QuestionType type, String textFr, String textEn, boolean required,
			QuestionTag tag, List<QuestionChoice> choices) {

		public String text(Locale locale) {
			return "fr".equals(locale.getLanguage()) ? textFr : textEn;
		}

		/** The labels of the choices given, numbered from 1, joined in the locale's language. */
		public String choiceLabels(List<Integer> chosen, Locale locale) {
			return String.join(", ", chosen.stream()
				.filter(number -> number >= 1 && number <= choices.size())
				.map(number -> choices.get(number - 1).label(locale))
				.toList());
		}

		/** The name of the question's field in forms, and of its errors: {@code q-} and its id. */
		public String field() {
			return "q-" + id;
		}
	}

	/** A version and how many answered it. */
	public record VersionSummary(int number, String titleFr, String titleEn, Instant createdAt, long answers) {
	}
}
