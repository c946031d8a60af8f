package org.passerelle.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.passerelle.core.Language;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.UserManagement;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Switches between French and English, and remembers the choice: in a cookie for this browser
 * and, for a signed-in person, in their account.
 */
@Controller
class LanguageController {

	private final LocaleResolver localeResolver;

	private final AccessPolicy policy;

	private final UserManagement users;

	LanguageController(LocaleResolver localeResolver, AccessPolicy policy, UserManagement users) {
		this.localeResolver = localeResolver;
		this.policy = policy;
		this.users = users;
	}

	@PostMapping("/language")
	String choose(@RequestParam(defaultValue = "fr") String lang, @RequestParam(defaultValue = "/") String redirect,
			HttpServletRequest request, HttpServletResponse response) {
		var language = Language.fromCode(lang).orElse(Language.FR);
		localeResolver.setLocale(request, response, language.locale());
		policy.signedInActor().ifPresent(actor -> users.chooseLanguage(actor, language));
		return "redirect:" + (isLocalPath(redirect) ? redirect : "/");
	}

	/** Only paths of this site are followed, never another site's address. */
	static boolean isLocalPath(String path) {
		return path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") && !path.contains("\r")
				&& !path.contains("\n");
	}
}
