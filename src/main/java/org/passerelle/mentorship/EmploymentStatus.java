package org.passerelle.mentorship;

/**
 * Where the mentee stands with work at closure (R-MEN-7), and at each follow-up afterwards.
 */
public enum EmploymentStatus {
	EMPLOYED_IN_FIELD, EMPLOYED_OTHER, STUDYING, SEEKING, NOT_SEEKING, UNKNOWN;

	public boolean employed() {
		return this == EMPLOYED_IN_FIELD || this == EMPLOYED_OTHER;
	}
}
