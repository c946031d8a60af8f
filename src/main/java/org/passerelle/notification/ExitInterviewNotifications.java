package org.passerelle.notification;

import java.util.Objects;
import java.util.stream.Stream;

import org.passerelle.identity.Actor;
import org.passerelle.mentorship.MentorshipEvents.MentorshipClosed;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.ProgramManagement;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a mentorship closes, invites each of the pair who has an account to fill their exit
 * interview (R-MEN-7), in their language, with a link to it.
 */
@Component
class ExitInterviewNotifications {

	private final Notifications notifications;

	private final ProgramManagement programs;

	private final ParticipantManagement participants;

	ExitInterviewNotifications(Notifications notifications, ProgramManagement programs,
			ParticipantManagement participants) {
		this.notifications = notifications;
		this.programs = programs;
		this.participants = participants;
	}

	@ApplicationModuleListener
	void on(MentorshipClosed event) {
		var program = programs.find(Actor.system(), event.program());
		var link = "/mentorships/" + event.mentorship() + "/exit-interview";
		Stream.of(event.mentee(), event.mentor())
			.map(id -> participants.find(Actor.system(), id).user())
			.filter(Objects::nonNull)
			.distinct()
			.forEach(user -> notifications.notify(user, "notification.exitInterview.invite",
					new Object[] { program.name() }, link));
	}
}
