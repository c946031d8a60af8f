package org.passerelle.participant;

import java.util.List;

import org.passerelle.core.ImportProblem;
import org.passerelle.program.Audience;

/**
 * What an import would do: the first rows as they would be saved, every problem of every row,
 * and how many people would be added or updated.
 */
public record ImportPreview(List<Row> rows, List<ImportProblem> problems, int toAdd, int toUpdate) {

	/** One row as it would be saved; {@code existing} when it updates someone already known. */
	public record Row(int row, String firstName, String lastName, String email, Audience role, boolean existing) {
	}
}
