package org.passerelle.mentorship;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.passerelle.core.Language;

/**
 * The language a certificate is printed in: French, English, or both on one page.
 */
public enum CertificateLanguage {
	FR, EN, BOTH;

	/** For {@code fr}, {@code en} or {@code both}, in any case; empty for anything else. */
	public static Optional<CertificateLanguage> fromCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return Arrays.stream(values()).filter(language -> language.name().equalsIgnoreCase(code.strip())).findFirst();
	}

	static CertificateLanguage of(Language language) {
		return language == Language.EN ? EN : FR;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}
}
