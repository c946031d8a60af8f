package org.passerelle.participant;

/**
 * What a check concluded.
 */
public enum ScreeningOutcome {
	PENDING, PASSED, FAILED
}
