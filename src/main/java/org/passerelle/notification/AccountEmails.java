package org.passerelle.notification;

import java.time.Clock;
import java.time.LocalDateTime;

import org.passerelle.identity.Actor;
import org.passerelle.identity.IdentityEvents.PasswordLinkIssued;
import org.passerelle.identity.PasswordLinkPurpose;
import org.passerelle.participant.ParticipantEvents.InvitationRenewalRequested;
import org.passerelle.participant.ParticipantEvents.InvitationSent;
import org.passerelle.program.ProgramManagement;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mails the links that open or recover an account: invitations to participants, links to
 * choose a password. These events carry the only copy of a token, so they are handled at once,
 * in the transaction that made the link ({@code @EventListener}): the e-mail is in the outbox if
 * and only if the link exists. A request for a new invitation goes to the program's coordinators.
 */
@Component
class AccountEmails {

	private final Notifications notifications;

	private final ProgramManagement programs;

	private final Clock clock;

	AccountEmails(Notifications notifications, ProgramManagement programs, Clock clock) {
		this.notifications = notifications;
		this.programs = programs;
		this.clock = clock;
	}

	@EventListener
	void on(PasswordLinkIssued event) {
		var code = event.purpose() == PasswordLinkPurpose.SET ? "password.email.set" : "password.email.reset";
		notifications.emailNecessary(event.email(), event.language(), code,
				new Object[] { event.fullName(), event.link(), local(event.expiresAt()) });
	}

	@EventListener
	void on(InvitationSent event) {
		notifications.emailNecessary(event.email(), event.language(), "invitation.email",
				new Object[] { event.firstName(), event.programName(), event.link(), local(event.expiresAt()) });
	}

	@ApplicationModuleListener
	void on(InvitationRenewalRequested event) {
		var program = programs.find(Actor.system(), event.program());
		program.coordinators()
			.forEach(coordinator -> notifications.notify(coordinator, "notification.invitation.renewal",
					new Object[] { event.name(), program.name() }, "/programs/" + event.program() + "/invitations"));
	}

	private LocalDateTime local(java.time.Instant instant) {
		return LocalDateTime.ofInstant(instant, clock.getZone());
	}
}
