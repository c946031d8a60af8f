package org.passerelle.mentorship.web;

import java.util.Locale;
import java.util.UUID;

import org.passerelle.activity.ActivityId;
import org.passerelle.core.BaseAddress;
import org.passerelle.core.ICalendar;
import org.passerelle.identity.Actor;
import org.passerelle.mentorship.Calendars;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Calendars on the pages: the person's secret feed address and how to make a new one, the feed
 * itself (read by calendar applications without signing in), and the {@code .ics} file of a
 * meeting or of an event.
 */
@Controller
class CalendarController {

	private static final MediaType CALENDAR = MediaType.parseMediaType(ICalendar.MEDIA_TYPE);

	private final Calendars calendars;

	private final BaseAddress base;

	CalendarController(Calendars calendars, BaseAddress base) {
		this.calendars = calendars;
		this.base = base;
	}

	@GetMapping("/calendar")
	String page(Actor actor, Model model) {
		model.addAttribute("feedUrl", base.get() + Calendars.feedPath(calendars.token(actor)));
		return "calendar/feed";
	}

	@PostMapping("/calendar/renew")
	String renew(Actor actor, RedirectAttributes redirect) {
		calendars.renew(actor);
		redirect.addFlashAttribute("saved", "calendar.renewed");
		return "redirect:/calendar";
	}

	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		return calendars.feed(token, base.get())
			.map(feed -> ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore()).body(feed))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@GetMapping("/meetings/{id}.ics")
	ResponseEntity<String> meeting(Actor actor, @PathVariable UUID id, Locale locale) {
		return file(calendars.meeting(actor, id, locale, base.get()), "meeting-" + id + ".ics");
	}

	@GetMapping("/activities/{id}.ics")
	ResponseEntity<String> activity(Actor actor, @PathVariable ActivityId id, Locale locale) {
		return file(calendars.activity(actor, id, locale, base.get()), "event-" + id + ".ics");
	}

	private static ResponseEntity<String> file(String calendar, String filename) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(calendar);
	}
}
