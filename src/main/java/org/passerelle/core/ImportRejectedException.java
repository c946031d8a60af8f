package org.passerelle.core;

import java.util.List;

/**
 * An import refused as a whole: nothing was saved, and every problem found is listed.
 */
public class ImportRejectedException extends RuntimeException {

	private final transient List<ImportProblem> problems;

	public ImportRejectedException(List<ImportProblem> problems) {
		super(problems.size() + " problems in the imported file");
		this.problems = List.copyOf(problems);
	}

	public List<ImportProblem> problems() {
		return problems;
	}
}
