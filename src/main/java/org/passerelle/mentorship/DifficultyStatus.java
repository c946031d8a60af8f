package org.passerelle.mentorship;

/**
 * Where a difficulty stands: raised, taken up by the coordinator, resolved.
 */
public enum DifficultyStatus {
	OPEN, IN_PROGRESS, RESOLVED
}
