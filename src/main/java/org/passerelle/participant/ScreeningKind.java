package org.passerelle.participant;

/**
 * The checks of intake (R-INT-2).
 */
public enum ScreeningKind {
	INTERVIEW, REFERENCE_CHECK, POLICE_CHECK, CONFIDENTIALITY_SIGNED, PRIVACY_SIGNED
}
