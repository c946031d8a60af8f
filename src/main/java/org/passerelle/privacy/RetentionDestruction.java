package org.passerelle.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.passerelle.core.RecordKind;
import org.passerelle.program.ProgramId;

/**
 * What a run of the retention job destroyed or anonymised of one kind in one program: a count,
 * never who.
 *
 * @param program {@code null} for a kind the installation keeps for all
 * @param anonymised whether the records were anonymised (kept for statistics) rather than destroyed
 * @param retentionMonths the period that was over
 */
public record RetentionDestruction(UUID run, RecordKind kind, ProgramId program, String programName,
		boolean anonymised, int records, int retentionMonths, LocalDate runOn, Instant runAt) {
}
