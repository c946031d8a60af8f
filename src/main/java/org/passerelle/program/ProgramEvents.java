package org.passerelle.program;

/**
 * What happens to programs, for the modules that keep something computed from them: matching
 * keeps each program's pool.
 */
public final class ProgramEvents {

	private ProgramEvents() {
	}

	/** A program was saved: its rules, weights, languages, intake or coordinators may have changed. */
	public record ProgramChanged(ProgramId program) {
	}
}
