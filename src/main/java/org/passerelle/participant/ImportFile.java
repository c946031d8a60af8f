package org.passerelle.participant;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A file uploaded for import: its columns, the field each one seems to hold, how many rows it
 * has and its first rows.
 */
public record ImportFile(UUID id, String fileName, List<String> headers, Map<Integer, ImportField> suggested, int rows,
		boolean imported, List<List<String>> sample) {

	/** The first value of a column, to help say what it holds. */
	public String example(int column) {
		return sample.stream()
			.filter(row -> column < row.size() && !row.get(column).isBlank())
			.map(row -> row.get(column))
			.findFirst()
			.orElse("");
	}
}
