package org.passerelle.mentorship;

/**
 * Whether the goals of the mentorship were reached, as one of the pair sees it at the exit interview.
 */
public enum GoalsReached {
	YES, PARTLY, NO
}
