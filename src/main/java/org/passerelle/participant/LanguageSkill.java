package org.passerelle.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.passerelle.core.Language;

/**
 * A language a person speaks, by ISO 639 code, with their Canadian Language Benchmark (English) or
 * NCLC (French) level when one was assessed. The code is kept as {@link Language#primaryCode(String)}
 * reads it, so that {@code FR}, {@code fr-CA} and {@code fr_CA} are all French.
 */
@Embeddable
public record LanguageSkill(@Column(name = "language_code") String code, Integer level) {

	public LanguageSkill {
		code = code == null ? null : Language.primaryCode(code);
	}
}
