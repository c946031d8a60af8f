package org.passerelle.mentorship;

/**
 * Which part of the program's completion rule a participation met (R-MEN-8).
 */
public enum CompletionBasis {
	/** The weeks and hours asked, with the mandatory group sessions attended where required. */
	HOURS_AND_SESSIONS,
	/** A job found in the field of expertise, at any time. */
	JOB_IN_FIELD,
	/** Admission to a related academic program, at any time. */
	ACADEMIC_ADMISSION
}
