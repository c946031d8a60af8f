package org.passerelle.identity;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After sign-in, pages speak the language the person chose last time, whatever browser they use.
 */
class LanguageRestoringSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final LocaleResolver localeResolver;

	LanguageRestoringSuccessHandler(LocaleResolver localeResolver) {
		this.localeResolver = localeResolver;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
			localeResolver.setLocale(request, response, principal.preferredLanguage().locale());
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}
}
