package org.passerelle.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * Withholds small counts from a table whose rows add up to a total row (R-RPT-5): a count from 1
 * to 4 could single out a person, so it is withheld ({@code null}); and where a column would then
 * hold a single withheld count beside a total that is shown, the total minus the other rows would
 * give it away, so the smallest other count above zero is withheld too. Zeros are shown: they
 * tell about nobody.
 */
final class SmallCounts {

	/** The largest count withheld. */
	static final long SMALL = 4;

	private SmallCounts() {
	}

	/**
	 * The rows and the total of a table, small counts withheld.
	 *
	 * @param rows the counts of each row, every row as long as {@code total}
	 * @param total the counts of the total row, each the sum of the rows' in its column
	 */
	static Table suppress(List<long[]> rows, long[] total) {
		var shownRows = new ArrayList<Long[]>();
		for (var row : rows) {
			var shown = new Long[row.length];
			for (int column = 0; column < row.length; column++) {
				shown[column] = small(row[column]) ? null : row[column];
			}
			shownRows.add(shown);
		}
		var shownTotal = new Long[total.length];
		for (int column = 0; column < total.length; column++) {
			shownTotal[column] = small(total[column]) ? null : total[column];
			if (shownTotal[column] == null) {
				continue;
			}
			int withheld = 0;
			int smallestOther = -1;
			for (int row = 0; row < rows.size(); row++) {
				var value = shownRows.get(row)[column];
				if (value == null) {
					withheld++;
				}
				else if (value > 0 && (smallestOther < 0 || value < shownRows.get(smallestOther)[column])) {
					smallestOther = row;
				}
			}
			if (withheld == 1 && smallestOther >= 0) {
				shownRows.get(smallestOther)[column] = null;
			}
		}
		return new Table(shownRows, shownTotal);
	}

	/** Every count as it is, for those who may see them all. */
	static Table keep(List<long[]> rows, long[] total) {
		return new Table(rows.stream().map(SmallCounts::boxed).toList(), boxed(total));
	}

	private static boolean small(long count) {
		return count >= 1 && count <= SMALL;
	}

	private static Long[] boxed(long[] counts) {
		var boxed = new Long[counts.length];
		for (int i = 0; i < counts.length; i++) {
			boxed[i] = counts[i];
		}
		return boxed;
	}

	/** The counts to show: {@code null} where withheld. */
	record Table(List<Long[]> rows, Long[] total) {
	}
}
