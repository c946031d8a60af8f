package org.passerelle.evaluation;

/**
 * Where an employment follow-up stands: planned at closure for its date, sent by e-mail, answered
 * (from the link, signed in, or by phone to the coordinator), or not reachable — the person
 * withdrew their consent to be contacted or has no e-mail address, so nothing was sent.
 */
public enum FollowUpStatus {
	PLANNED, SENT, ANSWERED, NOT_REACHABLE
}
