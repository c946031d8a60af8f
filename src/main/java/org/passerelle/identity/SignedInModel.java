package org.passerelle.identity;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in person's name and role in every page's model, for the layout.
 */
@ControllerAdvice
class SignedInModel {

	@ModelAttribute("currentUser")
	CurrentUser currentUser() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return new CurrentUser(principal.fullName(), principal.actor().role());
		}
		return null;
	}

	/** Who is signed in, as the layout shows it. */
	public record CurrentUser(String fullName, Role role) {
	}
}
