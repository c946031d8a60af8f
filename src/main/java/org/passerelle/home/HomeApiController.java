package org.passerelle.home;

import java.util.List;
import java.util.Locale;

import org.passerelle.identity.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The caller's home over REST: what they have to do next.
 */
@RestController
@Tag(name = "Home")
class HomeApiController {

	private final NextSteps nextSteps;

	HomeApiController(NextSteps nextSteps) {
		this.nextSteps = nextSteps;
	}

	@GetMapping("/api/home")
	@Operation(summary = "What the caller has to do next: counts first, each with its label in the caller's language "
			+ "(Accept-Language) and the page where it is done; what counts nothing is left out")
	List<HomeItem> home(Actor actor, Locale locale) {
		return nextSteps.of(actor, locale).items();
	}
}
