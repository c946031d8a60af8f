package org.passerelle.matching;

import org.passerelle.program.ProgramFormat;
import org.passerelle.program.ProgramId;

/**
 * A program's pool in a line: how many mentees wait, how many mentors have room, and the lowest
 * score a pair must reach.
 */
public record PoolHeading(ProgramId program, String programName, ProgramFormat format, int minimumScore, long waiting,
		long free) {
}
