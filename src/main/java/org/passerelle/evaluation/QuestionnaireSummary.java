package org.passerelle.evaluation;

import java.util.Locale;

import org.passerelle.program.ProgramId;

/**
 * A questionnaire as a line of its program's list.
 */
public record QuestionnaireSummary(QuestionnaireId id, ProgramId program, int version, String titleFr,
		String titleEn, int questions, int moments, long answers) {

	public String title(Locale locale) {
		return "fr".equals(locale.getLanguage()) ? titleFr : titleEn;
	}
}
