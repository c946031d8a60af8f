package org.passerelle.program;

/**
 * How often a mentor and mentee are expected to meet.
 */
public enum MeetingCadence {

	WEEKLY(1), EVERY_TWO_WEEKS(2), MONTHLY(4), AS_AGREED(0);

	private final int weeks;

	MeetingCadence(int weeks) {
		this.weeks = weeks;
	}

	/** Weeks between two meetings; 0 when the pair agrees on its own rhythm. */
	public int weeks() {
		return weeks;
	}
}
