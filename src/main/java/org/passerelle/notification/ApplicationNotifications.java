package org.passerelle.notification;

import org.passerelle.identity.Actor;
import org.passerelle.participant.ParticipantEvents.ApplicationReceived;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramManagement;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a program's coordinators when someone applies on the public form, so that screening can
 * start.
 */
@Component
class ApplicationNotifications {

	private final Notifications notifications;

	private final ProgramManagement programs;

	ApplicationNotifications(Notifications notifications, ProgramManagement programs) {
		this.notifications = notifications;
		this.programs = programs;
	}

	@ApplicationModuleListener
	void on(ApplicationReceived event) {
		var program = programs.find(Actor.system(), event.program());
		var code = event.role() == Audience.MENTOR ? "notification.application.mentor"
				: "notification.application.mentee";
		program.coordinators()
			.forEach(coordinator -> notifications.notify(coordinator, code, new Object[] { program.name() },
					"/participants/" + event.participant()));
	}
}
