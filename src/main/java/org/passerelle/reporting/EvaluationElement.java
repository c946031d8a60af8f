package org.passerelle.reporting;

/**
 * The elements of a program that seed 003 (OCISO) says to evaluate continuously (R-EVA-2), in its
 * order, and the questionnaire results (R-EVA-1) after them. Each is a section of the evaluation
 * report, filled by the {@link EvaluationSection}s that count it.
 */
public enum EvaluationElement {
	POST_PROGRAM_EMPLOYMENT, RECRUITMENT, ORIENTATION, MATCH_RELEVANCE, ACTIVITIES, PARTNERSHIPS, EMPLOYERS,
	QUESTIONNAIRES;

	/** The message code of the section's heading; {@code .intro} and {@code .pending} follow it. */
	public String key() {
		return "report.evaluation." + name();
	}
}
