package org.passerelle.privacy;

/** The answer given to a request: what was asked is done, done in part (saying why not the rest), or refused with the reason. */
public enum RequestOutcome {
	GRANTED, PARTLY_GRANTED, REFUSED
}
