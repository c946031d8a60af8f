package org.passerelle.program;

/**
 * What a criterion says of a person.
 */
public enum EligibilityOutcome {
	PASS, FAIL, LACKS_DATA
}
