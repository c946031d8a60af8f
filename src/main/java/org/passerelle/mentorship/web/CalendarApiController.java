package org.passerelle.mentorship.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.passerelle.core.BaseAddress;
import org.passerelle.identity.Actor;
import org.passerelle.mentorship.Calendars;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's calendar feed address over REST: read it, or make a new one that ends the old.
 */
@RestController
@Tag(name = "Calendar", description = "The caller's secret iCalendar feed address")
class CalendarApiController {

	private final Calendars calendars;

	private final BaseAddress base;

	CalendarApiController(Calendars calendars, BaseAddress base) {
		this.calendars = calendars;
		this.base = base;
	}

	/** The address a calendar application subscribes to. */
	record FeedAddress(String url) {
	}

	@GetMapping("/api/calendar")
	@Operation(summary = "The caller's calendar feed address, made on first use; keep it secret")
	FeedAddress address(Actor actor) {
		return new FeedAddress(base.get() + Calendars.feedPath(calendars.token(actor)));
	}

	@PostMapping("/api/calendar/renew")
	@Operation(summary = "A new calendar feed address; the old one stops working at once")
	FeedAddress renew(Actor actor) {
		return new FeedAddress(base.get() + Calendars.feedPath(calendars.renew(actor)));
	}
}
