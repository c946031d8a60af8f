package org.passerelle.notification.web;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.notification.Notifications;
import org.passerelle.notification.ReminderKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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

	@GetMapping("/notifications/reminders")
	String reminders(Actor actor, Model model) {
		model.addAttribute("reminders", notifications.reminders(actor));
		return "notifications/reminders";
	}

	@PostMapping("/notifications/reminders")
	String chooseReminders(Actor actor, @RequestParam(name = "kind", required = false) List<ReminderKind> kinds,
			RedirectAttributes redirect) {
		notifications.chooseReminders(actor, kinds == null ? EnumSet.noneOf(ReminderKind.class) : EnumSet.copyOf(kinds));
		redirect.addFlashAttribute("saved", "reminders.saved");
		return "redirect:/notifications/reminders";
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
