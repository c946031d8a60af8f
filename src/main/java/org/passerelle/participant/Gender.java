package org.passerelle.participant;

/**
 * Gender, as the person describes it, for aggregate profiles (R-RPT-3).
 */
public enum Gender {
	WOMAN, MAN, NON_BINARY, UNDISCLOSED
}
