package org.passerelle.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Withholds counts from a funder's table so that no small count can be read or recomputed
 * (R-RPT-5).
 *
 * <p><b>The rule.</b> A count from 1 to 4 could single out a person: it is withheld (primary
 * suppression). Then the table is audited as a reader would attack it: every relation the table
 * declares ({@link CountTable}: parts of a column, the total row) is an equation, every count is
 * at least 0, every count shown is a known value, and linear programming gives the least and the
 * greatest value each withheld count, and each hidden difference (employed minus employed in
 * field), can take. A withheld count must not be determined (at least two values), and a count
 * from 1 to 4 — shown or hidden — must neither be determined nor be known to lie within 1 to 4.
 * Where one is, a further count (complementary suppression) related to it is withheld — in the
 * rows before the total row first, the smallest count above zero first — and the audit runs
 * again, until it passes. Withholding everything always passes, so it ends.
 *
 * <p><b>Rates</b> are shown only where their base is shown and is at least 10, and their
 * numerator is shown (a rate times its base is its numerator). <b>Measures</b> (hours) are shown
 * only where their count is. <b>Means</b> of answers are shown only over 10 answers or more, where
 * the answers' count and every part of it (the answers of each value) are shown.
 *
 * <p><b>Several tables of one population</b> (the same mentees by region, by education...) share
 * only their total, which complementary suppression never withholds in a table whose rows are
 * categories of one column: it is shown exactly where it is not from 1 to 4, alike in every such
 * table, so no table tells what another withholds. Tables that share more (the referrals per
 * agency of the results and of the evaluation) are one table, suppressed once, of which each
 * report shows some columns ({@link #project}).
 */
final class CellSuppression {

	/** The largest count withheld for being small. */
	static final long SMALL = 4;

	/** The least base a rate is shown over, for funders. */
	static final long RATE_BASE = 10;

	private CellSuppression() {
	}

	/** Every figure as it is, for those who may see them all; rates wherever the base is above 0. */
	static ReportTable keep(CountTable table) {
		var model = new Model(table);
		return model.table(new boolean[model.cells], false);
	}

	/** The table as a funder sees it. */
	static ReportTable suppress(CountTable table) {
		var model = new Model(table);
		return model.table(model.withheld(), true);
	}

	/** The table as a funder sees it, or every figure, as the reader may. */
	static ReportTable of(CountTable table, boolean suppressed) {
		return suppressed ? suppress(table) : keep(table);
	}

	/** Some columns of a table already suppressed, in the order asked: showing less never shows more. */
	static ReportTable project(ReportTable table, String key, String... columnKeys) {
		var at = new int[columnKeys.length];
		var columns = new ArrayList<CountTable.Column>();
		for (int i = 0; i < columnKeys.length; i++) {
			at[i] = table.column(columnKeys[i]);
			columns.add(table.columns().get(at[i]));
		}
		var rows = table.rows().stream().map(row -> projectRow(row, at)).toList();
		return new ReportTable(key, columns, rows, table.total() == null ? null : projectRow(table.total(), at),
				table.suppressed());
	}

	private static ReportTable.Row projectRow(ReportTable.Row row, int[] at) {
		var figures = new ArrayList<ReportTable.Figure>();
		for (int column : at) {
			figures.add(row.figure(column));
		}
		return new ReportTable.Row(row.label(), figures);
	}

	static boolean small(long count) {
		return count >= 1 && count <= SMALL;
	}

	/**
	 * The table as equations: a variable per count cell (the total row's too) and per hidden
	 * difference; an equation per declared relation.
	 */
	static final class Model {

		final CountTable table;

		/** The count columns' indexes in the table. */
		final int[] counts;

		/** Rows, the total row last where there is one. */
		final int rows;

		/** Count cells: row by row, count column by count column. */
		final int cells;

		final List<Long> values = new ArrayList<>();

		final List<double[]> relations = new ArrayList<>();

		/** The variables each relation holds. */
		final List<int[]> members = new ArrayList<>();

		int variables;

		Model(CountTable table) {
			this.table = table;
			this.counts = java.util.stream.IntStream.range(0, table.columns().size())
				.filter(c -> table.columns().get(c).kind() == CountTable.Kind.COUNT)
				.toArray();
			this.rows = table.rows().size() + (table.hasTotal() ? 1 : 0);
			this.cells = rows * counts.length;
			var totals = table.totals();
			for (int r = 0; r < rows; r++) {
				var figures = r < table.rows().size() ? table.rows().get(r) : totals;
				for (int column : counts) {
					values.add(figures[column]);
				}
			}
			variables = cells;
			var slackRelations = new ArrayList<int[][]>();
			for (int r = 0; r < rows; r++) {
				for (int k = 0; k < counts.length; k++) {
					var parent = table.columns().get(counts[k]);
					var parts = new ArrayList<Integer>();
					for (int l = 0; l < counts.length; l++) {
						var child = table.columns().get(counts[l]);
						if (!parent.key().equals(child.parent())) {
							continue;
						}
						if (child.overlapping()) {
							// parent = child + what of the parent is not in it
							slackRelations.add(new int[][] { { cell(r, k) }, { cell(r, l) }, { slack(values.get(cell(r, k)) - values.get(cell(r, l))) } });
						}
						else {
							parts.add(cell(r, l));
						}
					}
					if (!parts.isEmpty()) {
						long rest = values.get(cell(r, k));
						for (int part : parts) {
							rest -= values.get(part);
						}
						var right = new ArrayList<>(parts);
						if (!table.exhaustive(parent.key())) {
							right.add(slack(rest));
						}
						slackRelations.add(new int[][] { { cell(r, k) }, right.stream().mapToInt(Integer::intValue).toArray() });
					}
				}
			}
			for (var relation : slackRelations) {
				var equation = new double[0];
				var held = new ArrayList<Integer>();
				equation = grow(equation);
				equation[relation[0][0]] += 1;
				held.add(relation[0][0]);
				for (int side = 1; side < relation.length; side++) {
					for (int variable : relation[side]) {
						equation = grow(equation);
						equation[variable] -= 1;
						held.add(variable);
					}
				}
				relations.add(equation);
				members.add(held.stream().mapToInt(Integer::intValue).toArray());
			}
			if (table.hasTotal()) {
				int total = rows - 1;
				for (int k = 0; k < counts.length; k++) {
					var equation = new double[variables];
					var held = new ArrayList<Integer>();
					equation[cell(total, k)] = 1;
					held.add(cell(total, k));
					for (int r = 0; r < total; r++) {
						equation[cell(r, k)] = -1;
						held.add(cell(r, k));
					}
					relations.add(equation);
					members.add(held.stream().mapToInt(Integer::intValue).toArray());
				}
			}
			for (int i = 0; i < relations.size(); i++) {
				relations.set(i, java.util.Arrays.copyOf(relations.get(i), variables));
			}
		}

		private double[] grow(double[] equation) {
			return equation.length == variables ? equation : java.util.Arrays.copyOf(equation, variables);
		}

		private int slack(long value) {
			values.add(value);
			return variables++;
		}

		int cell(int row, int countColumn) {
			return row * counts.length + countColumn;
		}

		boolean totalRow(int cell) {
			return table.hasTotal() && cell / counts.length == rows - 1;
		}

		/** Which count cells to withhold. */
		boolean[] withheld() {
			var withheld = new boolean[cells];
			for (int cell = 0; cell < cells; cell++) {
				withheld[cell] = small(values.get(cell));
			}
			while (true) {
				int exposed = exposed(withheld);
				if (exposed < 0) {
					return withheld;
				}
				var candidates = candidates(exposed, withheld);
				if (candidates.isEmpty()) {
					throw new IllegalStateException("Nothing left to withhold in " + table.key());
				}
				int chosen = candidates.getFirst();
				for (int candidate : candidates) {
					withheld[candidate] = true;
					boolean protects = protectedIn(bounds(withheld), exposed, withheld);
					withheld[candidate] = false;
					if (protects) {
						chosen = candidate;
						break;
					}
				}
				withheld[chosen] = true;
			}
		}

		/** The first variable a reader could learn too much of, or -1. */
		int exposed(boolean[] withheld) {
			var bounds = bounds(withheld);
			for (int variable = 0; variable < variables; variable++) {
				if (!protectedIn(bounds, variable, withheld)) {
					return variable;
				}
			}
			return -1;
		}

		private boolean protectedIn(LinearBounds bounds, int variable, boolean[] withheld) {
			boolean hidden = variable >= cells || withheld[variable];
			if (!hidden) {
				return !small(values.get(variable));
			}
			boolean sensitive = small(values.get(variable));
			boolean mustHide = variable < cells || sensitive;
			if (!mustHide) {
				return true;
			}
			var range = bounds.bounds(variable);
			boolean determined = range[0] >= range[1];
			boolean knownSmall = range[0] >= 1 && range[1] <= SMALL;
			return !determined && !(sensitive && knownSmall);
		}

		/** What a reader knows: the relations, and every count shown. */
		LinearBounds bounds(boolean[] withheld) {
			var equations = new ArrayList<double[]>(relations);
			var rhs = new ArrayList<Double>();
			relations.forEach(relation -> rhs.add(0.0));
			for (int cell = 0; cell < cells; cell++) {
				if (!withheld[cell]) {
					var equation = new double[variables];
					equation[cell] = 1;
					equations.add(equation);
					rhs.add((double) values.get(cell));
				}
			}
			return new LinearBounds(variables, equations, rhs);
		}

		/**
		 * The shown cells related to the exposed variable — through one relation, or else through
		 * relations of withheld ones — rows before the total first, counts above zero first,
		 * smallest first.
		 */
		private List<Integer> candidates(int exposed, boolean[] withheld) {
			var seen = new HashSet<Integer>(Set.of(exposed));
			var frontier = List.of(exposed);
			while (!frontier.isEmpty()) {
				var found = new ArrayList<Integer>();
				var next = new ArrayList<Integer>();
				for (int variable : frontier) {
					for (var held : members) {
						if (java.util.Arrays.stream(held).noneMatch(member -> member == variable)) {
							continue;
						}
						for (int member : held) {
							if (seen.add(member)) {
								if (member < cells && !withheld[member]) {
									found.add(member);
								}
								else {
									next.add(member);
								}
							}
						}
					}
				}
				if (!found.isEmpty()) {
					found.sort(Comparator.<Integer, Boolean>comparing(this::totalRow)
						.thenComparing(cell -> values.get(cell) == 0)
						.thenComparing(values::get));
					return found;
				}
				frontier = next;
			}
			var rest = new ArrayList<Integer>();
			for (int cell = 0; cell < cells; cell++) {
				if (!withheld[cell]) {
					rest.add(cell);
				}
			}
			return rest;
		}

		/** The table to show, these cells withheld. */
		ReportTable table(boolean[] withheld, boolean suppressed) {
			var shownRows = new ArrayList<ReportTable.Row>();
			var totals = table.totals();
			for (int r = 0; r < rows; r++) {
				boolean isTotal = r >= table.rows().size();
				var figures = isTotal ? totals : table.rows().get(r);
				var label = isTotal ? Label.code("total", "reports.total") : table.labels().get(r);
				shownRows.add(row(label, figures, r, withheld, suppressed));
			}
			var total = table.hasTotal() ? shownRows.removeLast() : null;
			return new ReportTable(table.key(), table.columns(), shownRows, total, suppressed);
		}

		private ReportTable.Row row(Label label, long[] figures, int r, boolean[] withheld, boolean suppressed) {
			var shown = new ArrayList<ReportTable.Figure>();
			for (int c = 0; c < table.columns().size(); c++) {
				var column = table.columns().get(c);
				shown.add(switch (column.kind()) {
					case COUNT -> withheld[cell(r, countIndex(c))] ? ReportTable.Figure.WITHHELD
							: ReportTable.Figure.shown(figures[c]);
					case MEASURE -> withheld[cell(r, countIndex(table.column(column.base())))]
							? ReportTable.Figure.WITHHELD : ReportTable.Figure.shown(figures[c]);
					case RATE -> rate(figures, column, r, withheld, suppressed);
					case AVERAGE -> average(figures, column, r, withheld, suppressed);
				});
			}
			return new ReportTable.Row(label, shown);
		}

		private ReportTable.Figure rate(long[] figures, CountTable.Column column, int r, boolean[] withheld,
				boolean suppressed) {
			long base = figures[table.column(column.base())];
			long numerator = figures[table.column(column.numerator())];
			boolean shown = suppressed
					? base >= RATE_BASE && !withheld[cell(r, countIndex(table.column(column.base())))]
							&& !withheld[cell(r, countIndex(table.column(column.numerator())))]
					: base > 0;
			if (!shown) {
				return suppressed || base > 0 ? ReportTable.Figure.WITHHELD : new ReportTable.Figure(null, false);
			}
			return ReportTable.Figure.shown(Math.round(1000.0 * numerator / base) / 10.0);
		}

		private ReportTable.Figure average(long[] figures, CountTable.Column column, int r, boolean[] withheld,
				boolean suppressed) {
			int of = table.column(column.base());
			long answers = figures[of];
			if (answers == 0) {
				return suppressed ? ReportTable.Figure.WITHHELD : new ReportTable.Figure(null, false);
			}
			if (suppressed) {
				boolean shown = answers >= RATE_BASE && !withheld[cell(r, countIndex(of))];
				for (int c = 0; c < table.columns().size(); c++) {
					if (column.base().equals(table.columns().get(c).parent()) && withheld[cell(r, countIndex(c))]) {
						shown = false;
					}
				}
				if (!shown) {
					return ReportTable.Figure.WITHHELD;
				}
			}
			return ReportTable.Figure.shown(figures[table.column(column.key())] / 100.0);
		}

		private int countIndex(int column) {
			for (int k = 0; k < counts.length; k++) {
				if (counts[k] == column) {
					return k;
				}
			}
			throw new IllegalArgumentException("Not a count column: " + column);
		}
	}
}
