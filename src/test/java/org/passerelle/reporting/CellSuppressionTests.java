package org.passerelle.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Funders never read a count that could single out a person (R-RPT-5), not even by recomputing
 * it from what is shown. An attacker written apart from the suppression — brute force over whole
 * numbers, not linear programming — takes every figure shown, every total and every nesting
 * (employed in field ⊂ employed), enumerates every table consistent with them, and fails where
 * a withheld count has a single possible value, or where a count from 1 to 4 (shown, withheld or
 * hidden as a difference) is pinned down or known to lie within 1 to 4.
 */
class CellSuppressionTests {

	@Test
	void countsFromOneToFourAreWithheldAndZerosShown() {
		var table = CellSuppression.suppress(CountTable.builder("t").count("a").count("b").count("c")
			.row(Label.text("1", "One"), 0, 3, 12)
			.row(Label.text("2", "Two"), 0, 0, 7)
			.build());
		assertThat(values(table.rows().get(0))).containsExactly(0L, null, 12L);
		assertThat(values(table.rows().get(1))).containsExactly(0L, 0L, 7L);
		assertThat(table.rows().get(0).figure(1).withheld()).isTrue();
	}

	@Test
	void theNestedEmployedElsewhereCannotBeRecomputed() {
		// employed 9, in field 6: employed elsewhere is 3, which neither may give away
		var table = CellSuppression.suppress(employedTable(new long[][] { { 9, 6 }, { 20, 12 } }));
		var first = values(table.rows().get(0));
		assertThat(first.get(0) == null || first.get(1) == null).as("employed or in field withheld in " + first).isTrue();
		assertThat(Attacker.attack(employedColumns(), new long[][] { { 9, 6 }, { 20, 12 } }, true, table)).isEmpty();
	}

	@Test
	void theKnownLeakOfColumnByColumnSuppressionIsClosed() {
		var rows = new long[][] { { 9, 6 }, { 8, 8 }, { 11, 5 } };
		var table = CellSuppression.suppress(employedTable(rows));
		assertThat(Attacker.attack(employedColumns(), rows, true, table)).isEmpty();
	}

	@Test
	void ratesAreShownOnlyOverAShownBaseOfTenOrMore() {
		var table = CellSuppression.suppress(CountTable.builder("t").count("completed").part("employed", "completed")
			.rate("rate", "employed", "completed")
			.row(Label.text("1", "Twenty"), 20, 12)
			.row(Label.text("2", "Nine"), 9, 0)
			.build());
		assertThat(table.rows().get(0).figure(2).value()).isEqualTo(60.0);
		assertThat(values(table.rows().get(1)).subList(0, 2)).as("both counts shown").containsExactly(9L, 0L);
		assertThat(table.rows().get(1).figure(2).withheld()).as("but their base is under 10").isTrue();
		var everything = CellSuppression.keep(CountTable.builder("t").count("completed").part("employed", "completed")
			.rate("rate", "employed", "completed")
			.row(Label.text("2", "Nine"), 9, 5)
			.build());
		assertThat(everything.rows().getFirst().figure(2).value()).isEqualTo(55.6);
	}

	@Test
	void noWithheldCountOfManyRandomTablesCanBeRecomputed() {
		var random = new Random(20260514);
		for (int round = 0; round < 300; round++) {
			int rowCount = 2 + random.nextInt(2);
			var rows = new long[rowCount][2];
			for (var row : rows) {
				row[0] = figure(random);
				row[1] = random.nextInt((int) row[0] + 1);
			}
			var table = CellSuppression.suppress(employedTable(rows));
			assertThat(Attacker.attack(employedColumns(), rows, true, table)).as("round " + round + ": " + describe(rows))
				.isEmpty();
		}
	}

	@Test
	void twoTablesOfOnePopulationCannotBeCombinedToRecomputeAWithheldCount() {
		// the same people by agency and by region: each table suppressed alone, attacked together
		var random = new Random(7);
		for (int round = 0; round < 200; round++) {
			var people = new long[2][3];
			for (var agency : people) {
				for (int region = 0; region < 3; region++) {
					agency[region] = random.nextInt(4) == 0 ? 0 : random.nextInt(5);
				}
			}
			var byAgency = CountTable.builder("agency").count("people");
			var byRegion = CountTable.builder("region").count("people");
			for (int i = 0; i < 2; i++) {
				byAgency.row(Label.text("a" + i, "Agency " + i), people[i][0] + people[i][1] + people[i][2]);
			}
			for (int i = 0; i < 3; i++) {
				byRegion.row(Label.text("r" + i, "Region " + i), people[0][i] + people[1][i]);
			}
			var agencies = CellSuppression.suppress(byAgency.total().build());
			var regions = CellSuppression.suppress(byRegion.total().build());
			assertThat(values(agencies.total())).isEqualTo(values(regions.total()));
			assertThat(Attacker.attackCrossed(people, agencies, regions)).as("round " + round).isEmpty();
		}
	}

	@Test
	void subsetsThatMayOverlapAreDefended() {
		// referred, admitted ⊂ referred, returned ⊂ referred (may overlap admitted), matched ⊂ admitted
		var table = CellSuppression.suppress(CountTable.builder("referrals").count("referred")
			.part("admitted", "referred")
			.subset("returned", "referred")
			.part("matched", "admitted")
			.row(Label.text("x", "X"), 12, 10, 11, 7)
			.row(Label.text("y", "Y"), 30, 20, 2, 15)
			.total()
			.build());
		var x = values(table.rows().get(0));
		// referred 12, returned 11 would tell that 1 referral was never returned
		assertThat(x.get(0) == null || x.get(2) == null).as(x.toString()).isTrue();
		// admitted 10, matched 7 would tell that 3 admitted were not matched
		assertThat(x.get(1) == null || x.get(3) == null).as(x.toString()).isTrue();
	}

	@Test
	void everyCountIsKeptForThoseWhoMaySeeThem() {
		var table = CellSuppression.keep(employedTable(new long[][] { { 1, 1 }, { 2, 0 } }));
		assertThat(values(table.rows().get(0))).containsExactly(1L, 1L);
		assertThat(values(table.total())).containsExactly(3L, 1L);
		assertThat(table.suppressed()).isFalse();
	}

	private static long figure(Random random) {
		return switch (random.nextInt(4)) {
			case 0 -> 0;
			case 1, 2 -> 1 + random.nextInt(4);
			default -> 5 + random.nextInt(6);
		};
	}

	private static CountTable employedTable(long[][] rows) {
		var builder = CountTable.builder("t").count("employed").part("inField", "employed");
		for (int r = 0; r < rows.length; r++) {
			builder.row(Label.text(Integer.toString(r), "Row " + r), rows[r]);
		}
		return builder.total().build();
	}

	private static List<Attacker.Column> employedColumns() {
		return List.of(new Attacker.Column(null), new Attacker.Column(0));
	}

	static List<Long> values(ReportTable.Row row) {
		var values = new ArrayList<Long>();
		for (var figure : row.figures()) {
			values.add(figure.value() == null ? null : figure.value().longValue());
		}
		return values;
	}

	private static String describe(long[][] rows) {
		var text = new StringBuilder();
		for (var row : rows) {
			text.append(java.util.Arrays.toString(row));
		}
		return text.toString();
	}

	/**
	 * A reader who knows every figure shown and how the columns nest, and enumerates every table of
	 * whole numbers at least 0 consistent with them.
	 */
	static final class Attacker {

		/** A count column: the column it is a (disjoint) part of, or {@code null}. */
		record Column(Integer parent) {
		}

		/** Up to which value an unbounded count is tried. */
		static final int CAP = 40;

		/**
		 * What can be learnt: a description of each withheld cell pinned down and of each count from
		 * 1 to 4 pinned down or known to be small; empty when nothing.
		 */
		static List<String> attack(List<Column> columns, long[][] truth, boolean total, ReportTable shown) {
			int width = columns.size();
			int rows = truth.length;
			// the atoms: each column's own count, what of it is in none of its parts
			var atomTruth = new long[rows][width];
			for (int r = 0; r < rows; r++) {
				for (int c = 0; c < width; c++) {
					atomTruth[r][c] = truth[r][c];
					for (int d = 0; d < width; d++) {
						if (Integer.valueOf(c).equals(columns.get(d).parent())) {
							atomTruth[r][c] -= truth[r][d];
						}
					}
				}
			}
			var cellShown = new Long[rows + 1][width];
			for (int r = 0; r <= rows; r++) {
				var row = r < rows ? shown.rows().get(r) : shown.total();
				if (row == null) {
					continue;
				}
				for (int c = 0; c < width; c++) {
					var value = row.figure(c).value();
					cellShown[r][c] = value == null ? null : value.longValue();
				}
			}
			var search = new Search(columns, rows, cellShown, total);
			// quantities: every cell (rows and total) and every atom
			var findings = new ArrayList<String>();
			search.run();
			for (int r = 0; r <= rows; r++) {
				for (int c = 0; c < width; c++) {
					long truthValue = r < rows ? truth[r][c] : column(truth, c);
					var seen = search.cells[r][c];
					if (cellShown[r][c] == null && (r < rows || total) && seen.determined()) {
						findings.add("withheld cell " + r + "," + c + " is " + seen.min);
					}
					if (cellShown[r][c] != null && CellSuppression.small(truthValue)) {
						findings.add("small cell shown " + r + "," + c);
					}
					if (cellShown[r][c] == null && CellSuppression.small(truthValue) && seen.knownSmall()) {
						findings.add("small cell " + r + "," + c + " known in " + seen.min + ".." + seen.max);
					}
				}
			}
			for (int r = 0; r < rows; r++) {
				for (int c = 0; c < width; c++) {
					var seen = search.atoms[r][c];
					if (CellSuppression.small(atomTruth[r][c]) && (seen.determined() || seen.knownSmall())) {
						findings.add("hidden count " + r + "," + c + " known in " + seen.min + ".." + seen.max);
					}
				}
			}
			return findings;
		}

		private static long column(long[][] truth, int c) {
			long sum = 0;
			for (var row : truth) {
				sum += row[c];
			}
			return sum;
		}

		/** Both tables of one population attacked together, over the crossed counts. */
		static List<String> attackCrossed(long[][] people, ReportTable byRow, ReportTable byColumn) {
			var rowShown = shownColumn(byRow);
			var columnShown = shownColumn(byColumn);
			int n = people.length;
			int m = people[0].length;
			var rowSeen = seen(n + 1);
			var columnSeen = seen(m + 1);
			crossed(new long[n][m], 0, rowShown, columnShown, rowSeen, columnSeen);
			var findings = new ArrayList<String>();
			long all = 0;
			var rowTruth = new long[n + 1];
			var columnTruth = new long[m + 1];
			for (int i = 0; i < n; i++) {
				for (int j = 0; j < m; j++) {
					rowTruth[i] += people[i][j];
					columnTruth[j] += people[i][j];
					all += people[i][j];
				}
			}
			rowTruth[n] = all;
			columnTruth[m] = all;
			check("agency", rowShown, rowTruth, rowSeen, findings);
			check("region", columnShown, columnTruth, columnSeen, findings);
			return findings;
		}

		private static Seen[] seen(int size) {
			var seen = new Seen[size];
			for (int i = 0; i < size; i++) {
				seen[i] = new Seen();
			}
			return seen;
		}

		private static void check(String side, Long[] shown, long[] truth, Seen[] seen, List<String> findings) {
			for (int i = 0; i < shown.length; i++) {
				if (shown[i] == null && (seen[i].determined() || CellSuppression.small(truth[i]) && seen[i].knownSmall())) {
					findings.add(side + " " + i + " known in " + seen[i].min + ".." + seen[i].max);
				}
			}
		}

		private static Long[] shownColumn(ReportTable table) {
			var shown = new Long[table.rows().size() + 1];
			for (int i = 0; i < table.rows().size(); i++) {
				var value = table.rows().get(i).figure(0).value();
				shown[i] = value == null ? null : value.longValue();
			}
			var total = table.total().figure(0).value();
			shown[table.rows().size()] = total == null ? null : total.longValue();
			return shown;
		}

		private static final int CROSSED_CAP = 10;

		private static void crossed(long[][] x, int at, Long[] rowShown, Long[] columnShown, Seen[] rowSeen,
				Seen[] columnSeen) {
			int n = x.length;
			int m = x[0].length;
			if (at == n * m) {
				long all = 0;
				var rowSums = new long[n];
				var columnSums = new long[m];
				for (int i = 0; i < n; i++) {
					for (int j = 0; j < m; j++) {
						rowSums[i] += x[i][j];
						columnSums[j] += x[i][j];
						all += x[i][j];
					}
				}
				if (rowShown[n] != null && rowShown[n] != all || columnShown[m] != null && columnShown[m] != all) {
					return;
				}
				for (int i = 0; i < n; i++) {
					rowSeen[i].add(rowSums[i]);
				}
				for (int j = 0; j < m; j++) {
					columnSeen[j].add(columnSums[j]);
				}
				rowSeen[n].add(all);
				columnSeen[m].add(all);
				return;
			}
			int i = at / m;
			int j = at % m;
			for (long value = 0; value <= CROSSED_CAP; value++) {
				x[i][j] = value;
				long rowSum = 0;
				for (int k = 0; k <= j; k++) {
					rowSum += x[i][k];
				}
				long columnSum = 0;
				for (int k = 0; k <= i; k++) {
					columnSum += x[k][j];
				}
				if (rowShown[i] != null && rowSum > rowShown[i] || columnShown[j] != null && columnSum > columnShown[j]) {
					break;
				}
				if (j == m - 1 && rowShown[i] != null && rowSum != rowShown[i]) {
					continue;
				}
				if (i == n - 1 && columnShown[j] != null && columnSum != columnShown[j]) {
					continue;
				}
				crossed(x, at + 1, rowShown, columnShown, rowSeen, columnSeen);
			}
			x[i][j] = 0;
		}

		/** The values a quantity took over the tables enumerated. */
		static final class Seen {

			long min = Long.MAX_VALUE;

			long max = Long.MIN_VALUE;

			void add(long value) {
				min = Math.min(min, value);
				max = Math.max(max, value);
			}

			boolean determined() {
				return min == max;
			}

			boolean knownSmall() {
				return min >= 1 && max <= CellSuppression.SMALL;
			}
		}

		/** Enumerates the atoms row by row, pruning with the figures shown. */
		private static final class Search {

			final List<Column> columns;

			final int rows;

			final int width;

			final Long[][] shown;

			final boolean total;

			final Seen[][] cells;

			final Seen[][] atoms;

			final long[][] x;

			Search(List<Column> columns, int rows, Long[][] shown, boolean total) {
				this.columns = columns;
				this.rows = rows;
				this.width = columns.size();
				this.shown = shown;
				this.total = total;
				this.cells = new Seen[rows + 1][width];
				this.atoms = new Seen[rows][width];
				for (int r = 0; r <= rows; r++) {
					for (int c = 0; c < width; c++) {
						cells[r][c] = new Seen();
						if (r < rows) {
							atoms[r][c] = new Seen();
						}
					}
				}
				this.x = new long[rows][width];
			}

			void run() {
				next(0, 0);
			}

			/** The cell of a row: its atom and its parts' cells. */
			long cell(long[] atomsOfRow, int c) {
				long sum = atomsOfRow[c];
				for (int d = 0; d < width; d++) {
					if (Integer.valueOf(c).equals(columns.get(d).parent())) {
						sum += cell(atomsOfRow, d);
					}
				}
				return sum;
			}

			private void next(int r, int c) {
				if (r == rows) {
					var sums = new long[width];
					for (int s = 0; s < rows; s++) {
						for (int d = 0; d < width; d++) {
							sums[d] += cell(x[s], d);
						}
					}
					if (total) {
						for (int d = 0; d < width; d++) {
							if (shown[rows][d] != null && shown[rows][d] != sums[d]) {
								return;
							}
						}
					}
					for (int s = 0; s < rows; s++) {
						for (int d = 0; d < width; d++) {
							cells[s][d].add(cell(x[s], d));
							atoms[s][d].add(x[s][d]);
						}
					}
					for (int d = 0; d < width; d++) {
						cells[rows][d].add(sums[d]);
					}
					return;
				}
				if (c == width) {
					for (int d = 0; d < width; d++) {
						if (shown[r][d] != null && shown[r][d] != cell(x[r], d)) {
							return;
						}
					}
					if (total && !partialTotalsFit(r)) {
						return;
					}
					next(r + 1, 0);
					return;
				}
				for (long value = 0; value <= CAP; value++) {
					x[r][c] = value;
					if (exceedsShown(r)) {
						break;
					}
					next(r, c + 1);
				}
				x[r][c] = 0;
			}

			/** Whether a cell of the row already exceeds what it shows, atoms still to come at 0. */
			private boolean exceedsShown(int r) {
				for (int d = 0; d < width; d++) {
					if (shown[r][d] != null && cell(x[r], d) > shown[r][d]) {
						return true;
					}
				}
				return total && !partialTotalsFit(r);
			}

			private boolean partialTotalsFit(int upTo) {
				for (int d = 0; d < width; d++) {
					if (shown[rows][d] == null) {
						continue;
					}
					long sum = 0;
					for (int s = 0; s <= upTo; s++) {
						sum += cell(x[s], d);
					}
					if (sum > shown[rows][d]) {
						return false;
					}
				}
				return true;
			}
		}
	}
}
