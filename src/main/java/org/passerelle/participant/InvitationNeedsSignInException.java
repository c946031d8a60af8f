package org.passerelle.participant;

import org.passerelle.core.RuleViolationException;

/**
 * The invited address already has an account: the person signs in with it, and it is linked to
 * their record, instead of opening a second one.
 */
public class InvitationNeedsSignInException extends RuleViolationException {

	InvitationNeedsSignInException() {
		super("invitation.signInFirst");
	}
}
