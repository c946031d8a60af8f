package org.passerelle.evaluation;

/**
 * What a question measures, for the figures across questionnaires: the evaluation elements of 003
 * (R-EVA-2) read the answers of tagged questions whatever questionnaire asked them.
 */
public enum QuestionTag {
	/** How well the mentor suits the mentee: "match relevance" is the mean of these scales. */
	MATCH_FIT,
	/** How the relationship goes. */
	RELATIONSHIP_QUALITY,
	/** How far the mentee's goals are reached. */
	GOALS,
	/** Satisfaction with the program. */
	SATISFACTION
}
