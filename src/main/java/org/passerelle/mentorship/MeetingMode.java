package org.passerelle.mentorship;

/**
 * How a meeting or contact happened (R-MEN-2).
 */
public enum MeetingMode {
	IN_PERSON, PHONE, EMAIL, VIDEO
}
