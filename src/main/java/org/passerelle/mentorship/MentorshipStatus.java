package org.passerelle.mentorship;

/**
 * Where a mentorship stands (R-MEN-1). An extension keeps it active with a later end.
 */
public enum MentorshipStatus {
	ACTIVE, PAUSED, CLOSED
}
