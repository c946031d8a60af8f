package org.passerelle.reference;

import java.util.Locale;

import org.passerelle.core.Language;

/**
 * A language people speak, by its ISO 639 code, named in English and in French.
 */
public record SpokenLanguage(String code, String nameEn, String nameFr) {

	public String name(Locale locale) {
		return Language.of(locale).orElse(Language.FR) == Language.FR ? nameFr : nameEn;
	}
}
