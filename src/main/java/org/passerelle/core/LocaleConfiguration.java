package org.passerelle.core;

import java.time.Duration;
import java.util.Collections;
import java.util.stream.Stream;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
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

	/**
	 * Spring Boot's message source with the same {@code spring.messages.*} settings, but one that
	 * elides the French « de » before names (see {@link TypographicMessageSource}).
	 */
	@Bean
	MessageSource messageSource(Environment environment) {
		var properties = Binder.get(environment)
			.bind("spring.messages", MessageSourceProperties.class)
			.orElseGet(MessageSourceProperties::new);
		var source = new TypographicMessageSource();
		source.setBasenames(properties.getBasename()
			.stream()
			.flatMap(names -> Stream.of(names.split(",")))
			.map(String::strip)
			.toArray(String[]::new));
		if (properties.getEncoding() != null) {
			source.setDefaultEncoding(properties.getEncoding().name());
		}
		source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
		if (properties.getCacheDuration() != null) {
			source.setCacheMillis(properties.getCacheDuration().toMillis());
		}
		source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
		source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
		return source;
	}
}
