package org.passerelle.participant;

/**
 * Where a person stands in one program.
 */
public enum ParticipationStatus {
	APPLIED, ENROLLED, COMPLETED, WITHDRAWN, NOT_SELECTED
}
