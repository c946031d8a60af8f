package org.passerelle.identity.web;

import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.DemoAccounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page; in a demonstration it also lists the demo accounts and their passwords.
 */
@Controller
class LoginController {

	private final AccessPolicy policy;

	private final DemoAccounts demo;

	LoginController(AccessPolicy policy, DemoAccounts demo) {
		this.policy = policy;
		this.demo = demo;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String throttled,
			Model model) {
		if (policy.signedInActor().isPresent()) {
			return "redirect:/";
		}
		model.addAttribute("loginFailed", error != null || throttled != null);
		model.addAttribute("demoAccounts", demo.enabled() ? demo.accounts() : java.util.List.of());
		return "identity/login";
	}
}
