package org.passerelle.participant;

/**
 * When a person can meet.
 */
public enum AvailabilitySlot {
	WEEKDAY_DAYTIME, WEEKDAY_EVENING, WEEKEND
}
