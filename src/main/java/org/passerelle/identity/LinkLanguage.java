package org.passerelle.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.passerelle.core.Language;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a page opened from an e-mail's link: the link says it ({@code ?lang=fr}), since
 * the person is not signed in and their browser may speak another; without it, the browser's.
 */
@Component
public class LinkLanguage {

	private final LocaleResolver localeResolver;

	LinkLanguage(LocaleResolver localeResolver) {
		this.localeResolver = localeResolver;
	}

	/** Speaks the language the link names, for this page and the next ones; an unknown one changes nothing. */
	public void apply(String lang, HttpServletRequest request, HttpServletResponse response) {
		if (lang == null) {
			return;
		}
		Language.fromCode(lang).ifPresent(language -> {
			localeResolver.setLocale(request, response, language.locale());
			LocaleContextHolder.setLocale(language.locale());
		});
	}
}
