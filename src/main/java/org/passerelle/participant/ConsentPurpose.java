package org.passerelle.participant;

/**
 * What a person consents to, one purpose at a time (R-PRIV-1).
 */
public enum ConsentPurpose {
	SHARE_WITH_PROGRAM, SHARE_WITH_REFERRING_AGENCY, SHARE_WITH_EMPLOYER, CONTACT_BY_EMAIL, SURVEYS, PHOTOGRAPHS
}
