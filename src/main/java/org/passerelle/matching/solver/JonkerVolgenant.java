package org.passerelle.matching.solver;

import java.util.Arrays;

/**
 * Dense linear sum assignment: gives each row of a cost matrix a distinct column so that the total
 * cost is the smallest possible.
 * <p>
 * Written from R. Jonker and A. Volgenant, "A shortest augmenting path algorithm for dense and
 * sparse linear assignment problems", Computing 38 (1987) 325–340. A square matrix goes through
 * the four phases of the paper: column reduction, reduction transfer, two passes of augmenting row
 * reduction, then a shortest augmenting path (a Dijkstra-like search on the column lists
 * {@code d}, {@code pred} and {@code collist}) from each row still free, which moves the column
 * duals {@code v}. A rectangular matrix (fewer rows than columns) follows D. F. Crouse, "On
 * implementing 2D rectangular assignment algorithms", IEEE TAES 52 (2016): the duals start at zero
 * and only ever decrease, and only on columns that are assigned and stay assigned, so the columns
 * left over keep the largest dual and the result is optimal for the rectangular problem. Column
 * reduction and reduction transfer would break that, so a rectangular matrix skips them and starts
 * with augmenting row reduction, which keeps it.
 * <p>
 * Row duals are never stored: row {@code i} assigned to column {@code j} has {@code u = c[i][j] -
 * v[j]}. Every reduced cost {@code c[i][j] - u[i] - v[j]} stays non-negative, which is what makes
 * each augmenting path a shortest one.
 */
public final class JonkerVolgenant {

	/** Above this many immediate re-tries in one pass, augmenting row reduction hands rows on to the path search. */
	private static final int REDUCTION_RETRIES_PER_ROW = 8;

	/**
	 * The path searches of a square {@code n × n} matrix may visit {@code (16 + n / 256) × n²}
	 * columns; beyond, the matrix is structured (Machol–Wien, heavy ties) and {@link DenseAuction}
	 * solves it instead. Random matrices took 5 n² at n = 2000 and 9.5 n² at n = 4000; Machol–Wien
	 * took 660 n² at n = 1000, heavy ties 120 n².
	 */
	static final int WORK_PER_CELL = 16;

	private JonkerVolgenant() {
	}

	/**
	 * Solves the assignment problem on {@code cost}, which is not modified.
	 *
	 * @param cost a matrix of {@code rows ≤ columns} (all rows of the same length); any values,
	 *        negative included, as long as {@code (rows + 2) × max|cost|} stays below
	 *        {@code Long.MAX_VALUE / 4} so that no intermediate sum overflows
	 * @return for each row the column given to it: all distinct, with the smallest total cost; for
	 *         equal totals the choice is deterministic
	 * @throws IllegalArgumentException if the matrix is ragged, has more rows than columns, or holds
	 *         values too large for exact arithmetic
	 */
	public static int[] solve(long[][] cost) {
		return solve(cost, true);
	}

	/**
	 * As {@link #solve(long[][])}; without {@code reductions}, only the shortest augmenting paths,
	 * from zero duals: slower, and there so that tests check that phase on its own.
	 */
	static int[] solve(long[][] cost, boolean reductions) {
		if (cost == null) {
			throw new IllegalArgumentException("the cost matrix is missing");
		}
		int rows = cost.length;
		if (rows == 0) {
			return new int[0];
		}
		if (cost[0] == null) {
			throw new IllegalArgumentException("row 0 of the cost matrix is missing");
		}
		int cols = cost[0].length;
		long maxAbs = 0;
		for (int i = 0; i < rows; i++) {
			long[] row = cost[i];
			if (row == null || row.length != cols) {
				throw new IllegalArgumentException("row " + i + " of the cost matrix has "
						+ (row == null ? "no" : row.length) + " columns where row 0 has " + cols);
			}
			for (int j = 0; j < cols; j++) {
				long c = row[j];
				// Long.MIN_VALUE has no absolute value: it fails the bound below through this.
				long a = c == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(c);
				if (a > maxAbs) {
					maxAbs = a;
				}
			}
		}
		if (rows > cols) {
			throw new IllegalArgumentException(
					"the cost matrix has " + rows + " rows but only " + cols + " columns; each row needs its own column");
		}
		if (maxAbs > Long.MAX_VALUE / 4 / (rows + 2L)) {
			throw new IllegalArgumentException("cost values up to " + maxAbs + " are too large for exact arithmetic on "
					+ rows + " rows (limit " + Long.MAX_VALUE / 4 / (rows + 2L) + ")");
		}
		return new Solver(cost, rows, cols).run(reductions);
	}

	/** Total cost of an assignment returned by {@link #solve(long[][])}. */
	public static long total(long[][] cost, int[] columnOfRow) {
		long total = 0;
		for (int i = 0; i < columnOfRow.length; i++) {
			total += cost[i][columnOfRow[i]];
		}
		return total;
	}

	private static final class Solver {

		private final long[][] c;

		private final int n;

		private final int m;

		/** Column of each row, -1 while free. */
		private final int[] rowsol;

		/** Row of each column, -1 while free. */
		private final int[] colsol;

		/** Column duals. */
		private final long[] v;

		/** Rows still to assign; the first {@code numFree} entries count. */
		private final int[] free;

		private int numFree;

		/** Work arrays of the path search, allocated once for all searches. */
		private final long[] distance;

		private final int[] predecessor;

		private final int[] columns;

		/** Columns the path searches may still visit before the auction takes over; unbounded if negative. */
		private long budget = -1;

		Solver(long[][] cost, int rows, int cols) {
			this.c = cost;
			this.n = rows;
			this.m = cols;
			this.rowsol = new int[rows];
			this.colsol = new int[cols];
			this.v = new long[cols];
			this.free = new int[rows];
			this.distance = new long[cols];
			this.predecessor = new int[cols];
			this.columns = new int[cols];
		}

		int[] run(boolean reductions) {
			Arrays.fill(rowsol, -1);
			Arrays.fill(colsol, -1);
			if (m == 1) {
				// A single row and a single column: nothing to choose, and the reductions need two columns.
				rowsol[0] = 0;
				return rowsol;
			}
			if (reductions && n == m) {
				columnReductionAndTransfer();
			}
			else {
				for (int i = 0; i < n; i++) {
					free[i] = i;
				}
				numFree = n;
			}
			if (reductions) {
				augmentingRowReduction();
				augmentingRowReduction();
			}
			if (reductions && n == m) {
				budget = (WORK_PER_CELL + n / 256L) * n * n;
			}
			for (int f = 0; f < numFree; f++) {
				if (!augment(free[f])) {
					return DenseAuction.solve(c);
				}
			}
			return rowsol;
		}

		/**
		 * Column reduction: v[j] is the column minimum, and the row holding it takes the column unless it
		 * already holds one with a smaller minimum. Reduction transfer then lowers the dual of each column
		 * held by a row holding only that column, by that row's second-best reduced cost.
		 */
		private void columnReductionAndTransfer() {
			// Column minima row by row: the same result as scanning each column (first row wins a tie),
			// but the matrix is read in its memory order.
			long[] colMin = v;
			int[] argMin = new int[m];
			long[] first = c[0];
			System.arraycopy(first, 0, colMin, 0, m);
			for (int i = 1; i < n; i++) {
				long[] ci = c[i];
				for (int j = 0; j < m; j++) {
					if (ci[j] < colMin[j]) {
						colMin[j] = ci[j];
						argMin[j] = i;
					}
				}
			}
			int[] matches = new int[n];
			for (int j = m - 1; j >= 0; j--) {
				int imin = argMin[j];
				if (++matches[imin] == 1) {
					rowsol[imin] = j;
					colsol[j] = imin;
				}
				else if (v[j] < v[rowsol[imin]]) {
					int j1 = rowsol[imin];
					rowsol[imin] = j;
					colsol[j] = imin;
					colsol[j1] = -1;
				}
				else {
					colsol[j] = -1;
				}
			}
			numFree = 0;
			for (int i = 0; i < n; i++) {
				if (matches[i] == 0) {
					free[numFree++] = i;
				}
				else if (matches[i] == 1) {
					int j1 = rowsol[i];
					long[] ci = c[i];
					long min = Long.MAX_VALUE;
					for (int j = 0; j < m; j++) {
						if (j != j1) {
							long h = ci[j] - v[j];
							if (h < min) {
								min = h;
							}
						}
					}
					v[j1] -= min;
				}
			}
		}

		/**
		 * Augmenting row reduction: each free row takes its best column and lowers that column's dual
		 * until its second best is as good, taking the column from its previous row, which is tried again
		 * at once when the dual moved, later otherwise. Like an auction without a minimum raise, so the
		 * immediate re-tries are capped to keep the phase linear; whatever is left goes to the path
		 * search.
		 */
		private void augmentingRowReduction() {
			int previousFree = numFree;
			numFree = 0;
			int retries = 0;
			int maxRetries = REDUCTION_RETRIES_PER_ROW * n;
			int k = 0;
			while (k < previousFree) {
				int i = free[k++];
				long[] ci = c[i];
				long umin = ci[0] - v[0];
				int j1 = 0;
				int j2 = -1;
				long usubmin = Long.MAX_VALUE;
				for (int j = 1; j < m; j++) {
					long h = ci[j] - v[j];
					if (h < usubmin) {
						if (h >= umin) {
							usubmin = h;
							j2 = j;
						}
						else {
							usubmin = umin;
							umin = h;
							j2 = j1;
							j1 = j;
						}
					}
				}
				int i0 = colsol[j1];
				boolean lowered = umin < usubmin;
				if (lowered) {
					v[j1] -= usubmin - umin;
				}
				else if (i0 >= 0) {
					// Best and second best tie and the best is taken: take the second best instead.
					j1 = j2;
					i0 = colsol[j2];
				}
				rowsol[i] = j1;
				colsol[j1] = i;
				if (i0 >= 0) {
					rowsol[i0] = -1;
					if (lowered && retries < maxRetries) {
						retries++;
						free[--k] = i0;
					}
					else {
						free[numFree++] = i0;
					}
				}
			}
		}

		/**
		 * Shortest augmenting path from the free row {@code f} in reduced costs, then the dual update of
		 * the columns whose distance became final and the reassignment along the path.
		 * <p>
		 * {@code collist} holds every column: {@code [0, low)} are ready (distance final and scanned),
		 * {@code [low, up)} are to scan (distance equal to {@code min}), {@code [up, m)} are still to do.
		 *
		 * @return false, with nothing changed, if the search ran out of budget
		 */
		private boolean augment(int f) {
			long[] d = distance;
			int[] pred = predecessor;
			int[] collist = columns;
			long[] cf = c[f];
			for (int j = 0; j < m; j++) {
				collist[j] = j;
				d[j] = cf[j] - v[j];
				pred[j] = f;
			}
			int low = 0;
			int up = 0;
			int last = 0;
			long min = 0;
			int endOfPath = -1;
			search:
			while (true) {
				if (budget >= 0 && (budget -= 2L * (m - up)) < 0) {
					return false;
				}
				if (up == low) {
					// Bring every to-do column with the least distance into the scan list.
					last = low;
					min = d[collist[up++]];
					for (int k = up; k < m; k++) {
						int j = collist[k];
						long h = d[j];
						if (h <= min) {
							if (h < min) {
								up = low;
								min = h;
							}
							collist[k] = collist[up];
							collist[up++] = j;
						}
					}
					for (int k = low; k < up; k++) {
						if (colsol[collist[k]] < 0) {
							endOfPath = collist[k];
							break search;
						}
					}
				}
				// Scan one column: its row's other columns may get closer through it.
				int j1 = collist[low++];
				int i = colsol[j1];
				long[] ci = c[i];
				long h = ci[j1] - v[j1] - min;
				for (int k = up; k < m; k++) {
					int j = collist[k];
					long v2 = ci[j] - v[j] - h;
					if (v2 < d[j]) {
						pred[j] = i;
						if (v2 == min) {
							if (colsol[j] < 0) {
								endOfPath = j;
								break search;
							}
							collist[k] = collist[up];
							collist[up++] = j;
						}
						d[j] = v2;
					}
				}
			}
			for (int k = 0; k < last; k++) {
				int j = collist[k];
				v[j] += d[j] - min;
			}
			int i;
			do {
				i = pred[endOfPath];
				colsol[endOfPath] = i;
				int j1 = endOfPath;
				endOfPath = rowsol[i];
				rowsol[i] = j1;
			}
			while (i != f);
			return true;
		}
	}
}
