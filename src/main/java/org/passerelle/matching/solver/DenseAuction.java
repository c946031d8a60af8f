package org.passerelle.matching.solver;

import java.util.Arrays;

/**
 * Square linear sum assignment by the auction algorithm with ε-scaling: D. P. Bertsekas, "The
 * auction algorithm: a distributed relaxation method for the assignment problem", Annals of
 * Operations Research 14 (1988), and D. P. Bertsekas and D. A. Castañon, "Parallel synchronous and
 * asynchronous implementations of the auction algorithm", Parallel Computing 17 (1991), for the
 * scaling. It is what {@link JonkerVolgenant} falls back to on structured matrices (Machol–Wien
 * {@code c = i·j}, heavy ties) where every shortest augmenting path crosses most of the matrix.
 * <p>
 * Each free row bids for the column of least {@code cost + price}, raising that column's price by
 * the gap to its second best plus ε, and takes the column from its previous row, which bids again.
 * Once every row holds a column, each is within ε of its best (ε-complementary slackness), so the
 * total is within {@code rows × ε} of the optimum. Costs are multiplied by {@code n + 1} and the
 * last phase runs at ε = 1: the total is then within {@code n} of the optimum of the scaled costs,
 * less than one unit of the integer costs, so it is the optimum. The earlier phases, ε divided by
 * {@link #SCALING} each time, find nearly right prices cheaply; each starts from the previous
 * prices with every row free.
 */
final class DenseAuction {

	/** ε is divided by this between phases: 4 took the fewest bids on Machol–Wien at n = 2000. */
	private static final long SCALING = 4;

	private DenseAuction() {
	}

	/**
	 * The optimal assignment of the square {@code cost}, whose values are validated by
	 * {@link JonkerVolgenant#solve(long[][])}: {@code (n + 2) × max|cost| < Long.MAX_VALUE / 4}.
	 */
	static int[] solve(long[][] cost) {
		int n = cost.length;
		long scale = n + 1L;
		long min = Long.MAX_VALUE;
		long max = Long.MIN_VALUE;
		for (long[] row : cost) {
			for (long c : row) {
				min = Math.min(min, c);
				max = Math.max(max, c);
			}
		}
		long[] price = new long[n];
		int[] columnOf = new int[n];
		int[] rowOf = new int[n];
		Arrays.fill(columnOf, -1);
		Arrays.fill(rowOf, -1);
		int[] queue = new int[n];
		long epsilon = Math.max(1, (max - min) * scale / SCALING);
		while (true) {
			Arrays.fill(columnOf, -1);
			Arrays.fill(rowOf, -1);
			for (int i = 0; i < n; i++) {
				queue[i] = i;
			}
			int waiting = n;
			int head = 0;
			while (waiting > 0) {
				int i = queue[head];
				head = head + 1 == n ? 0 : head + 1;
				waiting--;
				long[] ci = cost[i];
				long best = Long.MAX_VALUE;
				long second = Long.MAX_VALUE;
				int bestColumn = -1;
				for (int j = 0; j < n; j++) {
					long v = ci[j] * scale + price[j];
					if (v < second) {
						if (v < best) {
							second = best;
							best = v;
							bestColumn = j;
						}
						else {
							second = v;
						}
					}
				}
				// A single column has no second best: any raise does.
				price[bestColumn] += (second == Long.MAX_VALUE ? 0 : second - best) + epsilon;
				int previous = rowOf[bestColumn];
				rowOf[bestColumn] = i;
				columnOf[i] = bestColumn;
				if (previous >= 0) {
					columnOf[previous] = -1;
					int tail = head + waiting;
					queue[tail >= n ? tail - n : tail] = previous;
					waiting++;
				}
			}
			if (epsilon == 1) {
				return columnOf;
			}
			epsilon = Math.max(1, epsilon / SCALING);
		}
	}
}
