package org.passerelle.reference;

import java.util.Locale;

import org.passerelle.core.Language;

/**
 * One class of a classification — an occupation or an industry at some level — titled in both
 * languages.
 */
public record ClassificationClass(Classification classification, String code, int level, String parentCode,
		String titleEn, String titleFr, String definitionEn, String definitionFr) {

	/** The title in the reader's language, or in the other one when it is missing. */
	public String title(Locale locale) {
		var french = Language.of(locale).orElse(Language.FR) == Language.FR;
		var preferred = french ? titleFr : titleEn;
		return preferred == null || preferred.isBlank() ? (french ? titleEn : titleFr) : preferred;
	}
}
