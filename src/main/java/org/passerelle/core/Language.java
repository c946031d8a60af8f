package org.passerelle.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;

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

	/**
	 * The language for a code in any of the forms people and systems write it — {@code fr},
	 * {@code FR}, {@code fr-CA}, {@code fr_CA}, {@code " Fr "} — or empty when Passerelle does not
	 * speak it.
	 */
	public static Optional<Language> fromCode(String code) {
		var primary = primaryCode(code);
		return Arrays.stream(values()).filter(language -> language.code().equals(primary)).findFirst();
	}

	/**
	 * The language for a code, as {@link #fromCode(String)} reads it; the one parser of request
	 * parameters and JSON bodies.
	 * @throws IllegalArgumentException when Passerelle does not speak it
	 */
	@JsonCreator
	public static Language parse(String code) {
		return fromCode(code).orElseThrow(() -> new IllegalArgumentException("Not a language of Passerelle: " + code));
	}

	/**
	 * The ISO 639 code of a language tag, in lower case and without its region: {@code fr} for
	 * {@code " fr_CA "}, {@code cmn} for {@code CMN}; empty for {@code null}. Every language code
	 * Passerelle reads, spoken languages included, goes through this.
	 */
	public static String primaryCode(String tag) {
		if (tag == null) {
			return "";
		}
		var stripped = tag.strip();
		int region = stripped.indexOf('-') >= 0 ? stripped.indexOf('-') : stripped.indexOf('_');
		return (region >= 0 ? stripped.substring(0, region) : stripped).strip().toLowerCase(Locale.ROOT);
	}
}
