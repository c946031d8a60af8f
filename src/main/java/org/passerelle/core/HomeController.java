package org.passerelle.core;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page each person lands on after signing in, with the shortcuts of their role.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}
}
