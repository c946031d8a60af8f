package org.passerelle.participant;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A person's consent, or refusal, for one purpose, with when and by whom it was recorded.
 */
@Embeddable
public record ConsentRecord(@Enumerated(EnumType.STRING) ConsentPurpose purpose, boolean granted, Instant recordedAt,
		UUID recordedBy) {
}
