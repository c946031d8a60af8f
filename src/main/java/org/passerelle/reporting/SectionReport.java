package org.passerelle.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * A report of one program over a period in sections of tables: the profile statistics (R-RPT-3)
 * or the evaluation (R-EVA-2, R-RPT-4). The page, the API and every export show this object.
 *
 * @param kind {@code profile} or {@code evaluation}
 * @param from the first day of the period
 * @param to the last day, included
 * @param program the program
 * @param suppressed whether small counts are withheld (funders, R-RPT-5)
 * @param sections the sections, in order
 */
public record SectionReport(String kind, LocalDate from, LocalDate to, ResultsReport.ProgramRef program,
		boolean suppressed, List<ReportSection> sections) {

	public SectionReport {
		sections = List.copyOf(sections);
	}
}
