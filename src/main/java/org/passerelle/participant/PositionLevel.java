package org.passerelle.participant;

/**
 * A mentor's level of position.
 */
public enum PositionLevel {
	ENTRY, INTERMEDIATE, SENIOR, MANAGEMENT, EXECUTIVE
}
