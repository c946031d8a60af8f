package org.passerelle.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A table of counts as whoever computes it declares it, before anything is withheld: its columns
 * and how they relate, its rows, and whether a total row adds the rows up. {@link CellSuppression}
 * turns it into the {@link ReportTable} that the page, the API and every export show.
 *
 * <p><b>The relations are part of the table</b>, because a reader uses them to recompute what is
 * withheld: a column declared as a {@linkplain Builder#part part} of another (employed in field ⊂
 * employed) says that the parent minus its parts is a count of people too ("employed elsewhere"),
 * which must not be recoverable either; parts of one parent are disjoint unless declared as
 * {@linkplain Builder#subset subsets} (admitted and returned, both among referred, may overlap);
 * a parent declared {@linkplain Builder#exhaustive exhaustive} is exactly the sum of its parts;
 * a total row is exactly the sum of the rows. A relation left out is a relation the suppression
 * cannot defend, so declare every one a reader could use.
 *
 * <p>Rates ({@link Builder#rate}), measures ({@link Builder#measure}, such as hours) and means
 * ({@link Builder#average}) are not counts of people: they are shown only beside the counts they
 * come from.
 */
public final class CountTable {

	/** What a column holds. */
	public enum Kind {
		/** A count of people (or of referrals, matches...): suppressed when small. */
		COUNT,
		/** A percentage of one count column over another, computed, never entered. */
		RATE,
		/** An amount that is not a count of people (hours): shown only where its count is. */
		MEASURE,
		/**
		 * A mean of answers (a scale from 1 to 5), given in hundredths: shown only where its count
		 * is, and for funders only over 10 answers or more with every part of that count shown
		 * (the mean of a few answers, or beside withheld counts, could tell them).
		 */
		AVERAGE
	}

	/**
	 * A column.
	 *
	 * @param key its stable name, in the API and in message codes ({@code <table>.<key>})
	 * @param kind what it holds
	 * @param parent for a count that is part of another, that other column's key
	 * @param overlapping whether it may overlap the other parts of its parent
	 * @param numerator for a rate, the count column over the base
	 * @param base for a rate, the count column it is a share of; for a measure or a mean, the count
	 *        column it is shown with
	 */
	public record Column(String key, Kind kind, String parent, boolean overlapping, String numerator, String base) {
	}

	private final String key;

	private final List<Column> columns;

	private final Map<String, Integer> index;

	private final List<String> exhaustive;

	private final List<Label> labels;

	private final List<long[]> rows;

	private final boolean total;

	private CountTable(Builder builder) {
		this.key = builder.key;
		this.columns = List.copyOf(builder.columns);
		this.index = Map.copyOf(builder.index);
		this.exhaustive = List.copyOf(builder.exhaustive);
		this.labels = List.copyOf(builder.labels);
		this.rows = builder.rows.stream().map(long[]::clone).toList();
		this.total = builder.total;
	}

	/** A table whose columns' headers are the messages {@code <key>.<column>}. */
	public static Builder builder(String key) {
		return new Builder(key);
	}

	public String key() {
		return key;
	}

	public List<Column> columns() {
		return columns;
	}

	public int column(String columnKey) {
		var at = index.get(columnKey);
		if (at == null) {
			throw new IllegalArgumentException("No column " + columnKey + " in " + key);
		}
		return at;
	}

	/** Whether the parent column is exactly the sum of its parts. */
	public boolean exhaustive(String parent) {
		return exhaustive.contains(parent);
	}

	public List<Label> labels() {
		return labels;
	}

	/** The figures of each row, one per column in order (rates are 0 here: computed later). */
	public List<long[]> rows() {
		return rows;
	}

	/** Whether a total row adds the rows up. */
	public boolean hasTotal() {
		return total;
	}

	/** The total row: the sum of the rows, column by column. */
	long[] totals() {
		var sums = new long[columns.size()];
		for (var row : rows) {
			for (int c = 0; c < sums.length; c++) {
				sums[c] += row[c];
			}
		}
		return sums;
	}

	/** Builds a table; the relations are checked against the figures when it is built. */
	public static final class Builder {

		private final String key;

		private final List<Column> columns = new ArrayList<>();

		private final Map<String, Integer> index = new LinkedHashMap<>();

		private final List<String> exhaustive = new ArrayList<>();

		private final List<Label> labels = new ArrayList<>();

		private final List<long[]> rows = new ArrayList<>();

		private boolean total;

		private Builder(String key) {
			this.key = Objects.requireNonNull(key);
		}

		/** A count with no parent: an independent figure of the row. */
		public Builder count(String column) {
			return add(new Column(column, Kind.COUNT, null, false, null, null));
		}

		/** A count of some of the parent's, disjoint from the parent's other parts. */
		public Builder part(String column, String parent) {
			requireCount(parent);
			return add(new Column(column, Kind.COUNT, parent, false, null, null));
		}

		/** A count of some of the parent's that may overlap its other parts. */
		public Builder subset(String column, String parent) {
			requireCount(parent);
			return add(new Column(column, Kind.COUNT, parent, true, null, null));
		}

		/** The parent is exactly the sum of its (disjoint) parts: nothing else is in it. */
		public Builder exhaustive(String parent) {
			requireCount(parent);
			exhaustive.add(parent);
			return this;
		}

		/** The numerator as a percentage of the base, both count columns. */
		public Builder rate(String column, String numerator, String base) {
			requireCount(numerator);
			requireCount(base);
			return add(new Column(column, Kind.RATE, null, false, numerator, base));
		}

		/** An amount that is not a count of people, shown only where the count {@code with} is shown. */
		public Builder measure(String column, String with) {
			requireCount(with);
			return add(new Column(column, Kind.MEASURE, null, false, null, with));
		}

		/**
		 * The mean of the answers the count {@code of} counts, entered in hundredths (375 for 3.75);
		 * shown as {@link Kind#AVERAGE} says.
		 */
		public Builder average(String column, String of) {
			requireCount(of);
			return add(new Column(column, Kind.AVERAGE, null, false, null, of));
		}

		/** A row: one figure per count, measure or mean column, in their order (rates are left out). */
		public Builder row(Label label, long... figures) {
			var full = new long[columns.size()];
			int next = 0;
			for (int c = 0; c < columns.size(); c++) {
				if (columns.get(c).kind() == Kind.RATE) {
					continue;
				}
				if (next >= figures.length) {
					throw new IllegalArgumentException("Row " + label + " of " + key + " lacks figures");
				}
				if (figures[next] < 0) {
					throw new IllegalArgumentException("Negative figure in " + key);
				}
				full[c] = figures[next++];
			}
			if (next != figures.length) {
				throw new IllegalArgumentException("Row " + label + " of " + key + " has too many figures");
			}
			labels.add(Objects.requireNonNull(label));
			rows.add(full);
			return this;
		}

		/** A total row adds the rows up: the rows are disjoint and together make the whole. */
		public Builder total() {
			this.total = true;
			return this;
		}

		public CountTable build() {
			var table = new CountTable(this);
			for (var row : table.rows) {
				check(table, row);
			}
			return table;
		}

		private static void check(CountTable table, long[] row) {
			for (var parent : table.columns) {
				if (parent.kind() != Kind.COUNT) {
					continue;
				}
				long parts = 0;
				for (var child : table.columns) {
					if (parent.key().equals(child.parent())) {
						long value = row[table.column(child.key())];
						if (value > row[table.column(parent.key())]) {
							throw new IllegalArgumentException(child.key() + " exceeds " + parent.key() + " in " + table.key);
						}
						if (!child.overlapping()) {
							parts += value;
						}
					}
				}
				long whole = row[table.column(parent.key())];
				if (parts > whole || table.exhaustive(parent.key()) && parts != whole) {
					throw new IllegalArgumentException("The parts of " + parent.key() + " do not add up in " + table.key);
				}
			}
		}

		private void requireCount(String column) {
			var at = index.get(column);
			if (at == null || columns.get(at).kind() != Kind.COUNT) {
				throw new IllegalArgumentException("No count column " + column + " declared before in " + key);
			}
		}

		private Builder add(Column column) {
			if (index.containsKey(column.key())) {
				throw new IllegalArgumentException("Column " + column.key() + " twice in " + key);
			}
			if (!rows.isEmpty()) {
				throw new IllegalStateException("Columns come before rows in " + key);
			}
			index.put(column.key(), columns.size());
			columns.add(column);
			return this;
		}
	}
}
