package org.passerelle.notification;

import java.util.List;

import org.passerelle.activity.ActivityEvents.ActivityCancelled;
import org.passerelle.activity.ActivityEvents.PeopleInvited;
import org.passerelle.activity.ActivityId;
import org.passerelle.identity.UserId;
import org.passerelle.participant.ParticipantId;
import org.passerelle.participant.ParticipantDirectory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people invited to a group session or event that they are, and that it is cancelled,
 * with its date written in each person's language. People without an account are reached by
 * their coordinator.
 */
@Component
class ActivityNotifications {

	private final Notifications notifications;

	private final ParticipantDirectory participants;

	ActivityNotifications(Notifications notifications, ParticipantDirectory participants) {
		this.notifications = notifications;
		this.participants = participants;
	}

	@ApplicationModuleListener
	void on(PeopleInvited event) {
		people(event.invited()).forEach(user -> notifications.notify(user, "notification.activity.invited",
				new Object[] { event.title(), event.startsAt(), event.programName() },
				link(event.activity())));
	}

	@ApplicationModuleListener
	void on(ActivityCancelled event) {
		people(event.invited()).forEach(user -> notifications.notify(user, "notification.activity.cancelled",
				new Object[] { event.title(), event.startsAt(), event.programName(), event.reason() },
				link(event.activity())));
	}

	private List<UserId> people(List<ParticipantId> invited) {
		return participants.accounts(invited);
	}

	private static String link(ActivityId activity) {
		return "/activities/" + activity;
	}
}
