package org.passerelle.matching;

/**
 * What came of a contact a connector referred a newcomer to.
 */
public enum FollowUpOutcome {
	CONTACTED, MET, NO_RESPONSE, JOB_LEAD, INTERVIEW, HIRED
}
