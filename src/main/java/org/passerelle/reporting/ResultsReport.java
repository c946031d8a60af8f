package org.passerelle.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * The results of a period (R-RPT-1) and the referrals per agency (R-RPT-2), as the seeds'
 * "Résultats" and "Références des clients" tables show them: one row per program or agency, and
 * a total row.
 *
 * @param from the first day of the period
 * @param to the last day of the period, included
 * @param programs the programs the report covers, by name
 * @param smallCountsSuppressed whether counts from 1 to 4 are withheld (funders' view, R-RPT-5): such a figure is {@code null}, shown as "< 5", and so
 *        is a second one where the total would give the first away
 * @param results one row per program, by name
 * @param total the results of all the programs together
 * @param referrals one row per referring agency, most referrals first
 * @param referralTotal the referrals of all agencies together
 */
public record ResultsReport(LocalDate from, LocalDate to, List<ProgramRef> programs, boolean smallCountsSuppressed,
		List<ProgramResults> results, ProgramResults total, List<AgencyReferrals> referrals,
		AgencyReferrals referralTotal) {

	public ResultsReport {
		programs = List.copyOf(programs);
		results = List.copyOf(results);
		referrals = List.copyOf(referrals);
	}

	/** A program the report covers. */
	public record ProgramRef(org.passerelle.program.ProgramId id, String name) {
	}
}
