package org.passerelle.mentorship;

/**
 * What a difficulty in a mentorship is about.
 */
public enum DifficultyKind {
	AVAILABILITY, COMMUNICATION, EXPECTATIONS, CONDUCT, PERSONAL, OTHER
}
