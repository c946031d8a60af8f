package org.passerelle.notification;

import org.passerelle.identity.Actor;
import org.passerelle.mentorship.MentorshipEvents.DifficultyRaised;
import org.passerelle.mentorship.MentorshipEvents.DifficultyResolved;
import org.passerelle.program.ProgramManagement;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the coordinators at once when one of a pair raises a difficulty, and whoever raised it
 * when it is resolved.
 */
@Component
class MentorshipNotifications {

	private final Notifications notifications;

	private final ProgramManagement programs;

	MentorshipNotifications(Notifications notifications, ProgramManagement programs) {
		this.notifications = notifications;
		this.programs = programs;
	}

	@ApplicationModuleListener
	void on(DifficultyRaised event) {
		var program = programs.find(Actor.system(), event.program());
		var arguments = new Object[] { program.name(), new DefaultMessageSourceResolvable("Party." + event.raisedAs()),
				new DefaultMessageSourceResolvable("DifficultyKind." + event.kind()) };
		program.coordinators()
			.forEach(user -> notifications.notify(user, "notification.difficulty.raised", arguments,
					"/mentorships/" + event.mentorship() + "#difficulties"));
	}

	@ApplicationModuleListener
	void on(DifficultyResolved event) {
		notifications.notify(event.raisedBy(), "notification.difficulty.resolved", new Object[0],
				"/mentorships/" + event.mentorship() + "#difficulties");
	}
}
