package org.passerelle.evaluation;

/**
 * What a single-use answer link answers.
 */
enum AnswerLinkKind {
	FOLLOW_UP, QUESTIONNAIRE
}
