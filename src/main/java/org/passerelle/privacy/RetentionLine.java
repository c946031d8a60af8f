package org.passerelle.privacy;

import org.passerelle.core.RecordKind;
import org.passerelle.program.ProgramId;

/**
 * How long a program keeps a kind of record, in months, with the limits it may be set within.
 *
 * @param program the program; {@code null} for a kind the installation keeps for all (e-mails sent,
 *        audit entries)
 * @param programName the program's name; {@code null} with the program
 */
public record RetentionLine(ProgramId program, String programName, RecordKind kind, int months, int defaultMonths,
		int minimumMonths, int maximumMonths) {
}
