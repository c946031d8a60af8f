package org.passerelle.mentorship;

/**
 * How a mentorship keeps the program's rhythm (R-MEN-3), the most urgent first.
 */
public enum Standing {
	OVERDUE, BEHIND, ON_TRACK, PAUSED, CLOSED
}
