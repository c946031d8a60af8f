package org.passerelle.reporting;

import java.util.List;

/**
 * A section of a report: a heading and its tables, each shown with its chart; or, for what
 * Passerelle cannot count yet, a note saying when it will.
 *
 * @param key the message code of the heading; {@code <key>.intro} says what the section counts
 * @param tables its tables, small counts withheld as the reader requires
 * @param pending the message code of the note "available when…", {@code null} when the section
 *        has its tables
 */
public record ReportSection(String key, List<ReportTable> tables, String pending) {

	public ReportSection {
		tables = List.copyOf(tables);
	}

	static ReportSection of(String key, List<ReportTable> tables) {
		return new ReportSection(key, tables, null);
	}

	static ReportSection pending(String key, String note) {
		return new ReportSection(key, List.of(), note);
	}
}
