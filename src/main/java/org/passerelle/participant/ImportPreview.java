package org.passerelle.participant;

import java.util.List;

import org.passerelle.core.ImportProblem;
import org.passerelle.program.Audience;

/**
 * What an import would do: the first rows with what would happen to each, every problem of every
 * row, how many people would be added or updated and how many rows are refused. Nothing is
 * imported while any problem remains ({@link #importable()}).
 */
public record ImportPreview(List<Row> rows, List<ImportProblem> problems, int toAdd, int toUpdate, int refused) {

	/** Whether committing with these settings would import the file: no problem in any row or setting. */
	public boolean importable() {
		return problems.isEmpty();
	}

	/**
	 * One row as it would be saved; {@code existing} when it matches someone already known, and
	 * its own problems when it is refused.
	 */
	public record Row(int row, String firstName, String lastName, String email, Audience role, boolean existing,
			Outcome outcome, List<ImportProblem> problems) {
	}

	/** What would happen to a row: added, updated, or refused for its problems. */
	public enum Outcome {

		ADD, UPDATE, REFUSED

	}
}
