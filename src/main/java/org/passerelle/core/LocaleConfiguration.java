package org.passerelle.core;

import java.time.Duration;
import java.util.Collections;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Which language a page is written in: the one the person chose (kept in a cookie, and for
 * signed-in users in their account), else the browser's preference among French and English,
 * else French.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

	public static final String COOKIE = "passerelle-lang";

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver(COOKIE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(request -> {
			if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
				return Language.FR.locale();
			}
			return Collections.list(request.getLocales())
				.stream()
				.flatMap(locale -> Language.of(locale).stream())
				.findFirst()
				.orElse(Language.FR)
				.locale();
		});
		return resolver;
	}
}
