package org.passerelle.reporting;

import java.util.List;

/**
 * A table as a reader may see it, small counts withheld for funders (R-RPT-5): the one object the
 * page, the API and every export show, so that none can show more than another.
 *
 * @param key the table's stable name; its title is the message {@code <key>}, its headers
 *        {@code <key>.<column>}
 * @param columns the columns, as declared
 * @param rows the rows
 * @param total the total row, {@code null} where the rows do not add up to a whole
 * @param suppressed whether small counts are withheld in it
 */
public record ReportTable(String key, List<CountTable.Column> columns, List<Row> rows, Row total, boolean suppressed) {

	public ReportTable {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}

	/** A row: what it is about, and one figure per column. */
	public record Row(Label label, List<Figure> figures) {

		public Row {
			figures = List.copyOf(figures);
		}

		/** The figure of a column. */
		public Figure figure(int column) {
			return figures.get(column);
		}
	}

	/**
	 * A figure: a count, a rate in percent or a measure. {@code value} is {@code null} where it is
	 * withheld, and then {@code withheld} is true: a count from 1 to 4, a count that would let
	 * one be recomputed, a rate whose base is under 10 or not shown, a measure whose count is not
	 * shown. The reason is never told, since telling it would tell which counts are small.
	 */
	public record Figure(Number value, boolean withheld) {

		static Figure shown(Number value) {
			return new Figure(value, false);
		}

		static final Figure WITHHELD = new Figure(null, true);
	}

	/** Whether this table has no row. */
	public boolean isEmpty() {
		return rows.isEmpty();
	}

	/** The column's index by its key. */
	public int column(String columnKey) {
		for (int c = 0; c < columns.size(); c++) {
			if (columns.get(c).key().equals(columnKey)) {
				return c;
			}
		}
		throw new IllegalArgumentException("No column " + columnKey + " in " + key);
	}
}
