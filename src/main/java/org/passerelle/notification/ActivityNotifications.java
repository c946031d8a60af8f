package org.passerelle.notification;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;

import org.passerelle.activity.ActivityEvents.ActivityCancelled;
import org.passerelle.activity.ActivityEvents.PeopleInvited;
import org.passerelle.activity.ActivityId;
import org.passerelle.core.Language;
import org.passerelle.identity.Actor;
import org.passerelle.identity.UserId;
import org.passerelle.identity.UserManagement;
import org.passerelle.participant.ParticipantId;
import org.passerelle.participant.ParticipantManagement;
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

	private final ParticipantManagement participants;

	private final UserManagement users;

	ActivityNotifications(Notifications notifications, ParticipantManagement participants, UserManagement users) {
		this.notifications = notifications;
		this.participants = participants;
		this.users = users;
	}

	@ApplicationModuleListener
	void on(PeopleInvited event) {
		people(event.invited()).forEach(user -> notifications.notify(user, "notification.activity.invited",
				new Object[] { event.title(), when(event.startsAt(), user), event.programName(),
						event.place() == null ? "" : event.place() },
				link(event.activity())));
	}

	@ApplicationModuleListener
	void on(ActivityCancelled event) {
		people(event.invited()).forEach(user -> notifications.notify(user, "notification.activity.cancelled",
				new Object[] { event.title(), when(event.startsAt(), user), event.programName(), event.reason() },
				link(event.activity())));
	}

	private List<UserId> people(List<ParticipantId> invited) {
		return invited.stream()
			.map(id -> participants.find(Actor.system(), id).user())
			.filter(Objects::nonNull)
			.distinct()
			.toList();
	}

	private String when(LocalDateTime startsAt, UserId user) {
		var locale = users.languageOf(user).orElse(Language.FR).locale();
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(startsAt) + ", "
				+ DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(startsAt);
	}

	private static String link(ActivityId activity) {
		return "/activities/" + activity;
	}
}
