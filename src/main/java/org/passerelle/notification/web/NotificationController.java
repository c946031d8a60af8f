package org.passerelle.notification.web;

import java.util.UUID;

import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.notification.Notifications;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A person's notifications: the list, and opening one marks it read.
 */
@Controller
class NotificationController {

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String list(Actor actor, Model model) {
		model.addAttribute("notifications", notifications.list(actor));
		return "notifications/list";
	}

	@PostMapping("/notifications/{id}/open")
	String open(Actor actor, @PathVariable UUID id) {
		notifications.markRead(actor, id);
		var link = notifications.list(actor)
			.stream()
			.filter(notification -> notification.id().equals(id))
			.map(notification -> notification.link())
			.findFirst()
			.orElse(null);
		return "redirect:" + (link != null && link.startsWith("/") && !link.startsWith("//") ? link : "/notifications");
	}

	/** The count of unread notifications, for the header of every page. */
	@ControllerAdvice
	static class UnreadCount {

		private final Notifications notifications;

		private final AccessPolicy policy;

		UnreadCount(Notifications notifications, AccessPolicy policy) {
			this.notifications = notifications;
			this.policy = policy;
		}

		@ModelAttribute("unreadNotifications")
		Long unread() {
			return policy.signedInActor().map(notifications::unread).orElse(null);
		}
	}
}
