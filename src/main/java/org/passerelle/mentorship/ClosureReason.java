package org.passerelle.mentorship;

/**
 * Why a mentorship closed (R-MEN-1).
 */
public enum ClosureReason {
	COMPLETED, GOALS_REACHED, EMPLOYED, WITHDRAWN, ENDED_EARLY
}
