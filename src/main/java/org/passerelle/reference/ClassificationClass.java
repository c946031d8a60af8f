package org.passerelle.reference;

import java.util.Locale;

import org.passerelle.core.Language;

/**
 * One class of a classification — an occupation or an industry at some level — titled in both
 * languages. A title missing in one language (the installation ships French titles only for an
 * excerpt, until Statistics Canada's French file is imported) is shown in the other, marked as
 * such by {@link #titleLanguage(Locale)}.
 */
public record ClassificationClass(Classification classification, String code, int level, String parentCode,
		String titleEn, String titleFr, String definitionEn, String definitionFr) {

	/** The title in the reader's language, or in the other one when it is missing. */
	public String title(Locale locale) {
		return titleLanguage(locale) == Language.FR ? titleFr : titleEn;
	}

	/** The language {@link #title(Locale)} is written in for this reader. */
	public Language titleLanguage(Locale locale) {
		var wanted = Language.of(locale).orElse(Language.FR);
		var preferred = wanted == Language.FR ? titleFr : titleEn;
		if (preferred != null && !preferred.isBlank()) {
			return wanted;
		}
		return wanted == Language.FR ? Language.EN : Language.FR;
	}

	/** Whether this reader sees the title in the other language, for want of one in theirs. */
	public boolean titleTranslationMissing(Locale locale) {
		return titleLanguage(locale) != Language.of(locale).orElse(Language.FR);
	}
}
