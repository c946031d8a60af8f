package org.passerelle.participant;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.passerelle.program.Audience;

/**
 * A person's part in one program: as a mentee or a mentor, where they stand, since when they take
 * part and since when they stand there.
 */
@Embeddable
public record Participation(UUID programId, @Enumerated(EnumType.STRING) Audience role,
		@Enumerated(EnumType.STRING) ParticipationStatus status, LocalDate since, LocalDate statusSince) {
}
