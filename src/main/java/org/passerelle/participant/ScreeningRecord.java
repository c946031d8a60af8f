package org.passerelle.participant;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.passerelle.program.IntakeStep;

/**
 * One intake check of a person (R-INT-2): an interview, a reference or police check, signed
 * confidentiality or privacy documents, with its date, outcome and notes.
 */
@Embeddable
public record ScreeningRecord(UUID id, @Enumerated(EnumType.STRING) IntakeStep kind, LocalDate date,
		@Enumerated(EnumType.STRING) ScreeningOutcome outcome, String notes, UUID programId) {
}
