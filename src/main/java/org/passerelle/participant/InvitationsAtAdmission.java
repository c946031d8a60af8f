package org.passerelle.participant;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * With {@code passerelle.invitations.at-admission=true}, invites each person as they are admitted.
 * Only then does the listener exist: a listener after commit costs a row of the event publication
 * registry and a transaction per admission, which an import of thousands of admitted people would
 * otherwise pay for nothing.
 */
@Component
@ConditionalOnProperty(name = "passerelle.invitations.at-admission", havingValue = "true")
class InvitationsAtAdmission {

	private final ParticipantInvitations invitations;

	InvitationsAtAdmission(ParticipantInvitations invitations) {
		this.invitations = invitations;
	}

	@ApplicationModuleListener
	void on(ParticipantEvents.ParticipantAdmitted event) {
		invitations.inviteAdmitted(event);
	}
}
