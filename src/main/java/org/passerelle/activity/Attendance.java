package org.passerelle.activity;

/**
 * Whether an invited person came to an event that was held.
 */
public enum Attendance {
	PRESENT, ABSENT, EXCUSED
}
