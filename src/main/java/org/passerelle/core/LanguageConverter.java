package org.passerelle.core;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads a language from request parameters and form fields as {@link Language#parse(String)}
 * does, so that {@code fr}, {@code FR} and {@code fr-CA} all mean French there as in JSON bodies.
 */
@Component
class LanguageConverter implements Converter<String, Language> {

	@Override
	public Language convert(String source) {
		return source.isBlank() ? null : Language.parse(source);
	}
}
