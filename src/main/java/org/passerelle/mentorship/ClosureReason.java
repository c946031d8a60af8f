package org.passerelle.mentorship;

/**
 * Why a mentorship closed (R-MEN-1).
 */
public enum ClosureReason {
	COMPLETED, GOALS_REACHED, EMPLOYED, WITHDRAWN, ENDED_EARLY;

	/**
	 * Whether the mentee completed the program — what funders' outcome rates count (R-RPT-4); a
	 * withdrawal or an early end is not a completion.
	 */
	public boolean completion() {
		return this == COMPLETED || this == GOALS_REACHED || this == EMPLOYED;
	}
}
