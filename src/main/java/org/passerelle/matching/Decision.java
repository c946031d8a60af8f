package org.passerelle.matching;

/**
 * A mentee's or a mentor's answer to a proposal.
 */
public enum Decision {
	ACCEPTED, DECLINED
}
