package org.passerelle.notification.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.passerelle.identity.Actor;
import org.passerelle.notification.NotificationView;
import org.passerelle.notification.Notifications;
import org.passerelle.notification.ReminderKind;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's notifications over REST.
 */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications", description = "What Passerelle told the caller")
class NotificationApiController {

	private final Notifications notifications;

	NotificationApiController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	@Operation(summary = "The caller's notifications, newest first")
	List<NotificationView> list(Actor actor) {
		return notifications.list(actor);
	}

	@PostMapping("/{id}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Mark a notification read")
	void read(Actor actor, @PathVariable UUID id) {
		notifications.markRead(actor, id);
	}

	@GetMapping("/reminders")
	@Operation(summary = "The reminders the caller gets: each kind, on or off")
	Map<ReminderKind, Boolean> reminders(Actor actor) {
		return notifications.reminders(actor);
	}

	@PutMapping("/reminders")
	@Operation(summary = "Choose the reminders: the kinds set to true are on, all others off")
	Map<ReminderKind, Boolean> chooseReminders(Actor actor, @RequestBody Map<ReminderKind, Boolean> chosen) {
		var wanted = EnumSet.noneOf(ReminderKind.class);
		chosen.forEach((kind, on) -> {
			if (Boolean.TRUE.equals(on)) {
				wanted.add(kind);
			}
		});
		return notifications.chooseReminders(actor, wanted);
	}
}
