package org.passerelle.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Passerelle speaks: every screen, e-mail and document exists in both.
 */
public enum Language {

	FR(Locale.CANADA_FRENCH), EN(Locale.CANADA);

	private final Locale locale;

	Language(Locale locale) {
		this.locale = locale;
	}

	public Locale locale() {
		return locale;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The language of a locale, or empty when Passerelle does not speak it. */
	public static Optional<Language> of(Locale locale) {
		return locale == null ? Optional.empty() : fromCode(locale.getLanguage());
	}

	/** The language for a code such as {@code fr} or {@code EN}, or empty when unknown. */
	public static Optional<Language> fromCode(String code) {
		return Arrays.stream(values()).filter(language -> language.code().equalsIgnoreCase(code)).findFirst();
	}
}
