package org.passerelle.bench;

import java.util.Arrays;

import org.passerelle.matching.solver.Assignment;
import org.passerelle.matching.solver.AssignmentProblem;
import org.passerelle.matching.solver.PoolSolver;

/**
 * The two paths of {@link PoolSolver#optimal} on pools of many shapes, from complete pools of
 * one-seat mentors to candidate lists and many-seat mentors: what the rule that picks one is based on.
 */
final class PathsBenchmark {

	/** mentees, mentors, largest capacity, candidates per mentee, largest gain. */
	private static final int[][] SHAPES = {
			{ 50, 50, 1, 50, 10_000 }, { 100, 100, 1, 100, 10 }, { 100, 100, 1, 100, 10_000 },
			{ 100, 50, 2, 50, 10_000 }, { 100, 100, 1, 30, 10_000 }, { 200, 100, 3, 100, 10_000 },
			{ 500, 500, 1, 500, 10 }, { 500, 500, 1, 500, 10_000 }, { 500, 250, 2, 250, 10_000 },
			{ 500, 500, 1, 100, 10_000 }, { 1_000, 1_000, 1, 1_000, 10_000 }, { 1_000, 500, 3, 500, 10_000 },
			{ 1_000, 200, 10, 200, 10_000 }, { 1_000, 500, 3, 100, 10_000 }, { 2_000, 2_000, 1, 2_000, 10_000 },
			{ 2_000, 1_000, 3, 200, 10_000 } };

	private PathsBenchmark() {
	}

	static void run() {
		System.out.printf("%-7s %-7s %-4s %-10s %-9s | %-10s %-10s %-6s | %s%n", "mentees", "mentors", "cap", "candidates",
				"max gain", "dense", "sparse", "same", "optimal takes");
		for (int round = 0; round < 2; round++) {
			// The first round only warms up.
			for (int[] shape : SHAPES) {
				AssignmentProblem pool = PoolBenchmark.pool(shape[0], shape[1], shape[2], shape[3], shape[4], 5);
				int runs = shape[0] <= 200 ? 200 : shape[0] <= 500 ? 20 : 5;
				double dense = median(runs, () -> PoolSolver.dense(pool));
				double sparse = median(runs, () -> PoolSolver.sparse(pool));
				if (round == 1) {
					boolean same = PoolSolver.dense(pool).total() == PoolSolver.sparse(pool).total();
					System.out.printf("%-7d %-7d %-4d %-10d %-9d | %-10s %-10s %-6s | %s%n", shape[0], shape[1], shape[2],
							shape[3], shape[4], milliseconds(dense), milliseconds(sparse), same ? "yes" : "NO",
							PoolSolver.prefersDense(pool) ? "dense" : "sparse");
				}
			}
		}
		System.out.println("median of 5 to 200 runs; capacities uniform in [1, cap], candidates drawn uniformly.");
	}

	private static double median(int runs, java.util.function.Supplier<Assignment> solve) {
		double[] times = new double[runs];
		for (int run = 0; run < runs; run++) {
			times[run] = Measure.time(solve).seconds();
		}
		Arrays.sort(times);
		return times[runs / 2];
	}

	private static String milliseconds(double seconds) {
		return String.format("%.3f ms", seconds * 1000);
	}
}
