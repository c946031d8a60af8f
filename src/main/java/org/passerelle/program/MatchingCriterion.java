package org.passerelle.program;

/**
 * What matching weighs, with a weight set per program (R-MAT-1).
 */
public enum MatchingCriterion {
	OCCUPATION, INDUSTRY, LANGUAGE, CAREER_GOALS, CULTURE, PERSONALITY, PROXIMITY, AVAILABILITY
}
