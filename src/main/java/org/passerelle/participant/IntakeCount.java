package org.passerelle.participant;

import java.util.Map;

import org.passerelle.program.IntakeStep;
import org.passerelle.program.ProgramId;

/**
 * How many people enrolled in a program are still blocked at intake, and on which steps.
 *
 * @param blocked people enrolled with at least one required step not passed
 * @param missing for each step required and not passed, how many people still miss it (a person
 *        missing two steps counts under both)
 */
public record IntakeCount(ProgramId program, long blocked, Map<IntakeStep, Long> missing) {

	public IntakeCount {
		missing = Map.copyOf(missing);
	}
}
