package org.passerelle.matching;

import java.time.Instant;

import org.passerelle.program.ProgramId;

/**
 * A version of a program's mentoring agreement, in both languages.
 */
public record AgreementView(ProgramId program, int version, String textEn, String textFr, Instant publishedAt) {

	public String text(java.util.Locale locale) {
		return "fr".equals(locale.getLanguage()) ? textFr : textEn;
	}
}
