package org.passerelle.notification;

import java.time.Clock;
import java.time.LocalDateTime;

import org.passerelle.evaluation.EmploymentFollowUpEvents.FollowUpLinkIssued;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * E-mails a person the link to their employment follow-up, in their language: the first sending,
 * the reminder, or the new link they asked for. The event carries the only copy of the link, so it
 * is handled at once, in the transaction that made the link ({@code @EventListener}): the e-mail
 * is in the outbox if and only if the link exists.
 */
@Component
class FollowUpNotifications {

	private final Notifications notifications;

	private final Clock clock;

	FollowUpNotifications(Notifications notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	@EventListener
	void on(FollowUpLinkIssued event) {
		notifications.emailAddress(event.email(), event.language(),
				event.reminder() ? "employment.followUp.reminder" : "employment.followUp.email",
				new Object[] { event.firstName(), event.programName(), event.months(), event.link(),
						LocalDateTime.ofInstant(event.expiresAt(), clock.getZone()).toLocalDate() });
	}
}
