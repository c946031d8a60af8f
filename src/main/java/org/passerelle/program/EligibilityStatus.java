package org.passerelle.program;

/**
 * The answer of an evaluation as a whole: eligible when every criterion passes; not eligible as
 * soon as one fails, whatever else is missing; otherwise incomplete, until what is missing is known.
 */
public enum EligibilityStatus {
	ELIGIBLE, NOT_ELIGIBLE, INCOMPLETE
}
