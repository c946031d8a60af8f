package org.passerelle.matching.solver;

/** What an optimal assignment of a pool makes as large as possible. */
public enum Objective {

	/** The total gain of the pairs; a mentee is left unmatched when that serves the total. */
	MAXIMUM_TOTAL,

	/**
	 * The number of mentees matched first, then, among the assignments that match that many, the
	 * total gain.
	 */
	MOST_MATCHED_THEN_TOTAL
}
