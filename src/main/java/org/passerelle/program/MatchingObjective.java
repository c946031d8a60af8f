package org.passerelle.program;

/**
 * What a pool run of the program makes as large as possible when it assigns the waiting mentees
 * to the free mentors (R-MAT).
 */
public enum MatchingObjective {

	/** The total score of the pairs: a mentee may wait when that raises the total. */
	MAXIMUM_TOTAL,

	/** As many mentees matched as possible, then, among such assignments, the largest total score. */
	MOST_MATCHED_THEN_TOTAL
}
