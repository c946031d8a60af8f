package org.passerelle.program;

/**
 * How mentoring happens in a program (R-PRG-2).
 */
public enum ProgramFormat {
	/** One mentor, one mentee. */
	ONE_TO_ONE,
	/** Hours-based work placement with a mentor, such as 12 hours a week for 3 months. */
	PLACEMENT,
	/** 8 to 10 mentees with 2 or 3 mentors of one sector. */
	GROUP,
	/** Job seekers with newcomers who found and kept a job. */
	PEER,
	/** Short introductions; each connector refers the newcomer to at least 3 contacts. */
	CONNECTOR
}
