package org.passerelle.mentorship;

import java.util.Locale;
import java.util.Optional;

import org.passerelle.core.Language;

/**
 * The language a certificate is printed in: French, English, or both on one page.
 */
public enum CertificateLanguage {
	FR, EN, BOTH;

	/**
	 * For {@code both}, or a language code in any form {@link Language#fromCode(String)} reads
	 * ({@code fr}, {@code EN}, {@code fr-CA}…); empty for anything else.
	 */
	public static Optional<CertificateLanguage> fromCode(String code) {
		if (code != null && BOTH.code().equalsIgnoreCase(code.strip())) {
			return Optional.of(BOTH);
		}
		return Language.fromCode(code).map(CertificateLanguage::of);
	}

	static CertificateLanguage of(Language language) {
		return language == Language.EN ? EN : FR;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}
}
