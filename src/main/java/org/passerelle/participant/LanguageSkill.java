package org.passerelle.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A language a person speaks, by ISO 639 code, with their Canadian Language Benchmark (English) or
 * NCLC (French) level when one was assessed.
 */
@Embeddable
public record LanguageSkill(@Column(name = "language_code") String code, Integer level) {
}
