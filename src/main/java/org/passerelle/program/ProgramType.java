package org.passerelle.program;

/**
 * Who a program is for (R-PRG-1).
 */
public enum ProgramType {
	/** Only members of a wider program, such as a bridging course. */
	INTEGRATED,
	/** Only employees or members of one organisation. */
	INTERNAL,
	/** Open to all who are eligible. */
	OPEN
}
