package org.passerelle.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.jgrapht.Graph;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

class JonkerVolgenantTests {

	/** Value ranges the random matrices are drawn from: ties, negatives, zeros and very large costs. */
	private enum Values {
		SMALL_WITH_TIES(0, 5), NEGATIVE_AND_POSITIVE(-1_000, 1_000), UP_TO_A_MILLION(0, 1_000_000),
		HUGE(-1_000_000_000_000L, 1_000_000_000_000L), HUGE_POSITIVE(999_000_000_000L, 1_000_000_000_000L);

		final long low;

		final long high;

		Values(long low, long high) {
			this.low = low;
			this.high = high;
		}
	}

	@Test
	void findsTheMinimumTotalOnSmallMatricesLikeAllPermutations() {
		SplittableRandom random = new SplittableRandom(1987);
		int checked = 0;
		for (int round = 0; round < 1500; round++) {
			int rows = random.nextInt(1, 7);
			int cols = rows + random.nextInt(0, 3);
			Values values = Values.values()[round % Values.values().length];
			long[][] cost = randomMatrix(random, rows, cols, values);

			int[] columnOf = JonkerVolgenant.solve(cost);

			assertIsAnAssignment(columnOf, rows, cols);
			assertThat(JonkerVolgenant.total(cost, columnOf)).as("round %d, %s", round, values)
				.isEqualTo(bruteForceMinimum(cost));
			checked++;
		}
		assertThat(checked).isEqualTo(1500);
	}

	@Test
	void findsTheSameMinimumAsKuhnMunkresOnSquareMatrices() {
		SplittableRandom random = new SplittableRandom(2016);
		for (int round = 0; round < 60; round++) {
			int size = random.nextInt(1, 61);
			Values values = Values.values()[round % Values.values().length];
			long[][] cost = randomMatrix(random, size, size, values);

			int[] columnOf = JonkerVolgenant.solve(cost);

			assertIsAnAssignment(columnOf, size, size);
			assertThat(JonkerVolgenant.total(cost, columnOf)).as("round %d, %d×%d, %s", round, size, size, values)
				.isEqualTo(kuhnMunkresMinimum(cost));
		}
	}

	@Test
	void findsTheSameMinimumAsKuhnMunkresOnRectangularMatrices() {
		SplittableRandom random = new SplittableRandom(1957);
		for (int round = 0; round < 60; round++) {
			int rows = random.nextInt(1, 61);
			int cols = rows + random.nextInt(1, 21);
			Values values = Values.values()[round % Values.values().length];
			long[][] cost = randomMatrix(random, rows, cols, values);

			int[] columnOf = JonkerVolgenant.solve(cost);

			assertIsAnAssignment(columnOf, rows, cols);
			assertThat(JonkerVolgenant.total(cost, columnOf)).as("round %d, %d×%d, %s", round, rows, cols, values)
				.isEqualTo(kuhnMunkresMinimum(cost));
		}
	}

	@Test
	void findsTheSameMinimumWithTheShortestPathsAloneAsWithEveryPhase() {
		// The reductions assign most rows of random matrices, which would leave the path search
		// little to prove: here it assigns every row.
		SplittableRandom random = new SplittableRandom(1_2016);
		for (int round = 0; round < 60; round++) {
			int rows = random.nextInt(1, 61);
			int cols = rows + (round % 2 == 0 ? 0 : random.nextInt(1, 21));
			Values values = Values.values()[round % Values.values().length];
			long[][] cost = randomMatrix(random, rows, cols, values);

			int[] columnOf = JonkerVolgenant.solve(cost, false);

			assertIsAnAssignment(columnOf, rows, cols);
			assertThat(JonkerVolgenant.total(cost, columnOf)).as("round %d, %d×%d, %s", round, rows, cols, values)
				.isEqualTo(kuhnMunkresMinimum(cost));
		}
	}

	@Test
	void findsTheMinimumWhenManyColumnsAreIdentical() {
		// Like a mentor's seats: blocks of equal columns, the case the pool solver builds.
		SplittableRandom random = new SplittableRandom(7);
		for (int round = 0; round < 40; round++) {
			int rows = random.nextInt(1, 41);
			int distinct = random.nextInt(1, 8);
			int copies = (rows + distinct - 1) / distinct + random.nextInt(0, 3);
			long[][] base = randomMatrix(random, rows, distinct, Values.SMALL_WITH_TIES);
			long[][] cost = new long[rows][distinct * copies];
			for (int i = 0; i < rows; i++) {
				for (int j = 0; j < distinct * copies; j++) {
					cost[i][j] = base[i][j / copies];
				}
			}

			int[] columnOf = JonkerVolgenant.solve(cost);

			assertIsAnAssignment(columnOf, rows, distinct * copies);
			assertThat(JonkerVolgenant.total(cost, columnOf)).isEqualTo(kuhnMunkresMinimum(cost));
		}
	}

	@Test
	void findsAnyAssignmentOptimalWhenEveryAssignmentCostsTheSame() {
		// c[i][j] = a[i] + b[j]: every assignment of the square matrix costs sum(a) + sum(b).
		long[] a = { 5, -3, 12, 0, 7 };
		long[] b = { 1, 1, -8, 4, 2 };
		long[][] cost = new long[5][5];
		for (int i = 0; i < 5; i++) {
			for (int j = 0; j < 5; j++) {
				cost[i][j] = a[i] + b[j];
			}
		}

		int[] columnOf = JonkerVolgenant.solve(cost);

		assertIsAnAssignment(columnOf, 5, 5);
		assertThat(JonkerVolgenant.total(cost, columnOf)).isEqualTo(21);
	}

	@Test
	void solvesMacholWienAndHeavyTiesLikeTheShortestPathsAlone() {
		// The structured worst cases: every path search crosses most of the matrix, so these go to
		// the auction once the searches exceed their budget.
		int n = 200;
		long[][] macholWien = new long[n][n];
		long[][] macholWienFromZero = new long[n][n];
		long[][] heavyTies = new long[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				macholWien[i][j] = (i + 1L) * (j + 1L);
				macholWienFromZero[i][j] = (long) i * j;
				heavyTies[i][j] = (i % 10) * (j % 10);
			}
		}

		for (long[][] cost : new long[][][] { macholWien, macholWienFromZero, heavyTies }) {
			int[] columnOf = JonkerVolgenant.solve(cost);

			assertIsAnAssignment(columnOf, n, n);
			long total = JonkerVolgenant.total(cost, columnOf);
			assertThat(total).isEqualTo(JonkerVolgenant.total(cost, JonkerVolgenant.solve(cost, false)));
		}
		// The anti-diagonal is optimal (rearrangement inequality): Σ (i + 1)(n − i), and Σ i (n − 1 − i).
		assertThat(JonkerVolgenant.total(macholWien, JonkerVolgenant.solve(macholWien)))
			.isEqualTo(IntStream.range(0, n).mapToLong(i -> (i + 1L) * (n - i)).sum());
		assertThat(JonkerVolgenant.total(macholWienFromZero, JonkerVolgenant.solve(macholWienFromZero)))
			.isEqualTo(IntStream.range(0, n).mapToLong(i -> (long) i * (n - 1 - i)).sum());
	}

	@Test
	void auctionFindsTheMinimumTotalLikeAllPermutationsAndKuhnMunkres() {
		SplittableRandom random = new SplittableRandom(1988);
		for (int round = 0; round < 1000; round++) {
			int size = random.nextInt(1, 7);
			Values values = Values.values()[round % Values.values().length];
			long[][] cost = randomMatrix(random, size, size, values);

			int[] columnOf = DenseAuction.solve(cost);

			assertIsAnAssignment(columnOf, size, size);
			assertThat(JonkerVolgenant.total(cost, columnOf)).as("round %d, %s", round, values)
				.isEqualTo(bruteForceMinimum(cost));
		}
		for (int round = 0; round < 40; round++) {
			int size = random.nextInt(7, 80);
			Values values = Values.values()[round % Values.values().length];
			long[][] cost = randomMatrix(random, size, size, values);

			int[] columnOf = DenseAuction.solve(cost);

			assertIsAnAssignment(columnOf, size, size);
			assertThat(JonkerVolgenant.total(cost, columnOf)).as("round %d, %s", round, values)
				.isEqualTo(kuhnMunkresMinimum(cost));
		}
	}

	@Test
	void givesTheOnlyColumnToASingleRow() {
		assertThat(JonkerVolgenant.solve(new long[][] { { 42 } })).containsExactly(0);
		assertThat(JonkerVolgenant.solve(new long[][] { { 9, 3, 5 } })).containsExactly(1);
	}

	@Test
	void answersAnEmptyMatrixWithNoColumns() {
		assertThat(JonkerVolgenant.solve(new long[0][])).isEmpty();
	}

	@Test
	void leavesTheCostMatrixUnchanged() {
		long[][] cost = randomMatrix(new SplittableRandom(3), 30, 35, Values.NEGATIVE_AND_POSITIVE);
		long[][] before = IntStream.range(0, cost.length).mapToObj(i -> cost[i].clone()).toArray(long[][]::new);

		JonkerVolgenant.solve(cost);

		assertThat(cost).isDeepEqualTo(before);
	}

	@Test
	void rejectsMoreRowsThanColumns() {
		assertThatIllegalArgumentException().isThrownBy(() -> JonkerVolgenant.solve(new long[][] { { 1 }, { 2 } }))
			.withMessageContaining("2 rows but only 1 columns");
	}

	@Test
	void rejectsARaggedMatrix() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> JonkerVolgenant.solve(new long[][] { { 1, 2, 3 }, { 4, 5 } }))
			.withMessageContaining("row 1 of the cost matrix has 2 columns where row 0 has 3");
	}

	@Test
	void rejectsCostsTooLargeForExactArithmetic() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> JonkerVolgenant.solve(new long[][] { { Long.MAX_VALUE / 8, 0 }, { 0, 1 } }))
			.withMessageContaining("too large for exact arithmetic");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> JonkerVolgenant.solve(new long[][] { { Long.MIN_VALUE, 0 } }))
			.withMessageContaining("too large for exact arithmetic");
	}

	static long[][] randomMatrix(SplittableRandom random, int rows, int cols, Values values) {
		long[][] cost = new long[rows][cols];
		for (long[] row : cost) {
			for (int j = 0; j < cols; j++) {
				row[j] = random.nextLong(values.low, values.high + 1);
			}
		}
		return cost;
	}

	private static void assertIsAnAssignment(int[] columnOf, int rows, int cols) {
		assertThat(columnOf).hasSize(rows);
		assertThat(IntStream.of(columnOf).boxed()).allSatisfy(j -> assertThat(j).isBetween(0, cols - 1));
		assertThat(IntStream.of(columnOf).distinct().count()).as("distinct columns").isEqualTo(rows);
	}

	private static long bruteForceMinimum(long[][] cost) {
		return bruteForce(cost, 0, new boolean[cost[0].length]);
	}

	private static long bruteForce(long[][] cost, int row, boolean[] used) {
		if (row == cost.length) {
			return 0;
		}
		long best = Long.MAX_VALUE;
		for (int j = 0; j < used.length; j++) {
			if (!used[j]) {
				used[j] = true;
				best = Math.min(best, cost[row][j] + bruteForce(cost, row + 1, used));
				used[j] = false;
			}
		}
		return best;
	}

	/**
	 * JGraphT's Kuhn–Munkres on the complete bipartite graph, made square with rows of zeros, which
	 * changes no total. The total is summed again from the matrix so that no double rounding enters.
	 */
	static long kuhnMunkresMinimum(long[][] cost) {
		int rows = cost.length;
		int cols = cost[0].length;
		Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		Set<Integer> left = new HashSet<>();
		Set<Integer> right = new HashSet<>();
		for (int i = 0; i < cols; i++) {
			graph.addVertex(i);
			left.add(i);
			graph.addVertex(cols + i);
			right.add(cols + i);
		}
		for (int i = 0; i < cols; i++) {
			for (int j = 0; j < cols; j++) {
				DefaultWeightedEdge edge = graph.addEdge(i, cols + j);
				graph.setEdgeWeight(edge, i < rows ? cost[i][j] : 0);
			}
		}
		var matching = new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(graph, left, right).getMatching();
		long total = 0;
		for (DefaultWeightedEdge edge : matching.getEdges()) {
			int a = graph.getEdgeSource(edge);
			int b = graph.getEdgeTarget(edge);
			int i = Math.min(a, b);
			int j = Math.max(a, b) - cols;
			if (i < rows) {
				total += cost[i][j];
			}
		}
		return total;
	}
}
