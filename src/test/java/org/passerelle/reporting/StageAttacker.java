package org.passerelle.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * A reader of the employment stage table ({@link EmploymentOutcomeSection}) who knows how it is
 * made — the same mentees closed at every stage, the follow-ups due at closure are those closed,
 * reached and not reachable are apart among those due, employed among those reached, in field
 * among employed — and enumerates, by brute force apart from the suppression's linear programming,
 * every table of whole numbers consistent with what is shown. Written for the stage shape as
 * {@code CellSuppressionTests.Attacker} is for nested columns and totals.
 */
final class StageAttacker {

	/** Up to which value a withheld count of people closed is tried. */
	static final int CAP = 30;

	private StageAttacker() {
	}

	/**
	 * What can be learnt: each withheld count pinned down, each count from 1 to 4 shown, pinned down
	 * or known to lie within 1 to 4 — among the cells and the hidden differences (closed but not
	 * due, due but neither reached nor not reachable, reached but not employed, employed elsewhere).
	 *
	 * @param truth per stage (closure first): completed, due, reached, notReachable, employed, inField
	 * @param shown the table as the funder reads it
	 */
	static List<String> attack(long[][] truth, ReportTable shown) {
		int stages = truth.length;
		var seen = new CellSuppressionTests.Attacker.Seen[stages][10];
		for (var row : seen) {
			for (int i = 0; i < row.length; i++) {
				row[i] = new CellSuppressionTests.Attacker.Seen();
			}
		}
		var shownCells = new Long[stages][6];
		for (int s = 0; s < stages; s++) {
			for (int c = 0; c < 6; c++) {
				var value = shown.rows().get(s).figure(c).value();
				shownCells[s][c] = value == null ? null : value.longValue();
			}
		}
		for (long closed = 0; closed <= CAP; closed++) {
			var perRow = new ArrayList<List<long[]>>();
			boolean feasible = true;
			for (int s = 0; s < stages && feasible; s++) {
				var found = rows(closed, s == 0, shownCells[s]);
				feasible = !found.isEmpty();
				perRow.add(found);
			}
			if (!feasible) {
				continue;
			}
			for (int s = 0; s < stages; s++) {
				for (var quantities : perRow.get(s)) {
					for (int q = 0; q < quantities.length; q++) {
						seen[s][q].add(quantities[q]);
					}
				}
			}
		}
		var findings = new ArrayList<String>();
		for (int s = 0; s < stages; s++) {
			var truths = quantities(truth[s]);
			for (int q = 0; q < truths.length; q++) {
				boolean cell = q < 6;
				boolean withheld = cell && shownCells[s][q] == null && !(s == 0 && q == 3);
				boolean small = CellSuppression.small(truths[q]);
				if (cell && shownCells[s][q] != null && small) {
					findings.add("small count shown at stage " + s + ", column " + q);
				}
				if (withheld && seen[s][q].determined()) {
					findings.add("withheld count at stage " + s + ", column " + q + " is " + seen[s][q].min);
				}
				if ((withheld || !cell) && small && (seen[s][q].determined() || seen[s][q].knownSmall())) {
					findings.add("small " + (cell ? "count" : "difference") + " at stage " + s + ", quantity " + q
							+ " known in " + seen[s][q].min + ".." + seen[s][q].max);
				}
			}
		}
		return findings;
	}

	/** A stage's cells, then its hidden differences. */
	static long[] quantities(long[] cells) {
		return new long[] { cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[0] - cells[1],
				cells[1] - cells[2] - cells[3], cells[2] - cells[4], cells[4] - cells[5] };
	}

	/** Every stage row consistent with what it shows, for this many closed. */
	private static List<long[]> rows(long closed, boolean atClosure, Long[] shown) {
		var found = new ArrayList<long[]>();
		if (!fits(shown[0], closed)) {
			return found;
		}
		for (long due = atClosure ? closed : 0; due <= closed; due++) {
			if (!fits(shown[1], due)) {
				continue;
			}
			for (long reached = 0; reached <= due; reached++) {
				if (!fits(shown[2], reached)) {
					continue;
				}
				for (long notReachable = 0; notReachable + reached <= due; notReachable++) {
					if (atClosure && notReachable > 0 || !atClosure && !fits(shown[3], notReachable)) {
						continue;
					}
					for (long employed = 0; employed <= reached; employed++) {
						if (!fits(shown[4], employed)) {
							continue;
						}
						for (long inField = 0; inField <= employed; inField++) {
							if (fits(shown[5], inField)) {
								found.add(quantities(new long[] { closed, due, reached, notReachable, employed, inField }));
							}
						}
					}
				}
			}
		}
		return found;
	}

	private static boolean fits(Long shown, long value) {
		return shown == null || shown == value;
	}
}
