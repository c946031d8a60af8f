package org.passerelle.program;

/**
 * Whom an eligibility criterion applies to.
 */
public enum Audience {
	MENTEE, MENTOR
}
