package org.passerelle.participant;

import java.util.Map;

import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;

/**
 * How to read an imported file: what each column holds (by its position, from 0), and the program
 * every person is enrolled in, as what role unless a column says, and in what status.
 */
public record ImportSettings(Map<Integer, ImportField> columns, ProgramId program, Audience role,
		ParticipationStatus status) {

	public ImportSettings {
		columns = columns == null ? Map.of() : Map.copyOf(columns);
		role = role == null ? Audience.MENTEE : role;
		status = status == null ? ParticipationStatus.ENROLLED : status;
	}
}
