package org.passerelle.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A person's answer for one purpose — given or withdrawn — as it was recorded: when and by whom
 * ({@code recordedBy} null when the person applied on the public form), the day the person gave it,
 * how, and the version of the wording they saw ({@code means} and {@code textVersion} are null for
 * answers recorded before they were kept).
 */
@Embeddable
public record ConsentRecord(@Enumerated(EnumType.STRING) ConsentPurpose purpose, boolean granted, Instant recordedAt,
		UUID recordedBy, LocalDate givenOn, @Enumerated(EnumType.STRING) ConsentMeans means, Integer textVersion) {

	/** The message code of the wording the person saw, or null when it was not kept. */
	public String textCode() {
		return textVersion == null ? null : purpose.textCode(textVersion);
	}
}
