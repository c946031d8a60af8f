package org.passerelle.reporting;

import org.passerelle.core.Period;
import org.passerelle.program.ProgramId;

/**
 * What a section of a report counts over — one program, a period — and for whom: a funder's
 * tables have small counts withheld. A section declares its tables of counts and shows them
 * through {@link #show}, so that every section follows the one rule of {@link CellSuppression}.
 *
 * @param program the program reported on
 * @param period the days counted, both included
 * @param suppressed whether small counts are withheld (funders, R-RPT-5)
 */
public record ReportScope(ProgramId program, Period period, boolean suppressed) {

	/** The table as the reader may see it. */
	public ReportTable show(CountTable table) {
		return CellSuppression.of(table, suppressed);
	}
}
