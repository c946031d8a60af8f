package org.passerelle.mentorship;

/**
 * How a party sees the progress toward their goals, as the coordinator's check-in records it.
 */
public enum CheckInProgress {
	AHEAD, AS_PLANNED, SLOW, STALLED
}
