package org.passerelle.home;

import java.util.Locale;

import org.passerelle.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page each person lands on after signing in: what they have to do next, each item a link to
 * the page where it is done, and the shortcuts of their role.
 */
@Controller
class HomeController {

	private final NextSteps nextSteps;

	HomeController(NextSteps nextSteps) {
		this.nextSteps = nextSteps;
	}

	@GetMapping("/")
	String home(Actor actor, Locale locale, Model model) {
		model.addAttribute("home", nextSteps.of(actor, locale));
		return "home";
	}
}
