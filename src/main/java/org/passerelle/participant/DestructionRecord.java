package org.passerelle.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.passerelle.program.ProgramId;

/**
 * That applications not selected by a program were destroyed, and how many: all that remains of
 * them.
 *
 * @param applications applications destroyed
 * @param people people destroyed entirely, since nothing else kept them
 * @param retentionMonths the program's retention period at the time
 */
public record DestructionRecord(UUID id, ProgramId program, String programName, LocalDate destroyedOn,
		int applications, int people, int retentionMonths, Instant runAt) {

	DestructionRecord named(String name) {
		return new DestructionRecord(id, program, name, destroyedOn, applications, people, retentionMonths, runAt);
	}
}
