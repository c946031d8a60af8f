package org.passerelle.program;

/**
 * The steps of intake a program may require before a person is matched (R-INT-2, R-INT-3):
 * interview or needs assessment, reference and police checks, signed confidentiality and privacy
 * documents, orientation session, and the mentors' two half-day workshops.
 */
public enum IntakeStep {
	INTERVIEW, REFERENCE_CHECK, POLICE_CHECK, CONFIDENTIALITY_SIGNED, PRIVACY_SIGNED, ORIENTATION_SESSION,
	MENTOR_WORKSHOP_1, MENTOR_WORKSHOP_2
}
