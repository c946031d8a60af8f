package org.passerelle.participant;

import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * {@code passerelle.invitations.at-admission=true} for the length of a test, without an
 * application context of its own: the listener that property creates ({@link InvitationsAtAdmission}),
 * heard only while the switch is on. {@code SharedApplication} turns it off after each test.
 */
public class InvitationsAtAdmissionSwitch {

	private final InvitationsAtAdmission listener;

	private volatile boolean on;

	public InvitationsAtAdmissionSwitch(ParticipantInvitations invitations) {
		this.listener = new InvitationsAtAdmission(invitations);
	}

	public void turnOn() {
		on = true;
	}

	public void turnOff() {
		on = false;
	}

	@ApplicationModuleListener
	void on(ParticipantEvents.ParticipantAdmitted event) {
		if (on) {
			listener.on(event);
		}
	}
}
