package org.passerelle.evaluation;

import java.util.Locale;

/**
 * One choice of a single or multiple choice question, in both languages; answers name it by its
 * position, from 1.
 */
public record QuestionChoice(String fr, String en) implements java.io.Serializable {

	public String label(Locale locale) {
		return "fr".equals(locale.getLanguage()) ? fr : en;
	}
}
