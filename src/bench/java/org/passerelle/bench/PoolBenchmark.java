package org.passerelle.bench;

import java.util.SplittableRandom;

import org.passerelle.bench.Measure.Timed;
import org.passerelle.matching.solver.Assignment;
import org.passerelle.matching.solver.AssignmentProblem;
import org.passerelle.matching.solver.PoolSolver;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * The national pool: 20,000 mentees, 10,000 mentors of capacity 1 to 3, 100 random candidate mentors
 * per mentee, gains 1 to 10,000, one fixed seed. Ours (the optimal solver, which takes the sparse
 * path here), OR-Tools' min-cost flow on the same network, and the greedy assignment.
 */
final class PoolBenchmark {

	private PoolBenchmark() {
	}

	static void run() {
		long heapBefore = Measure.resetHeapPeak();
		AssignmentProblem pool = pool(20_000, 10_000, 3, 100, 10_000, 2026);
		long heapWithPool = Measure.resetHeapPeak();
		System.out.printf("pool: %s; the problem itself holds about %s of heap%n", pool,
				Measure.mebibytes(heapWithPool - heapBefore));

		// Warm-up on a smaller pool of the same shape, then drop everything it left.
		PoolSolver.optimal(pool(2_000, 1_000, 3, 100, 10_000, 1));
		long heapBase = Measure.resetHeapPeak();
		Timed<Assignment> first = Measure.time(() -> PoolSolver.optimal(pool));
		long peak = Measure.heapPeak();
		Timed<Assignment> best = Measure.bestOf(2, () -> PoolSolver.optimal(pool));
		Timed<Assignment> optimal = best.seconds() < first.seconds() ? best : first;
		System.out.printf("ours (%s path): %s best of 3 (first run %s), total %,d, %,d matched, "
				+ "worst-off matched gain %,d; heap peak of the first run %s (%s above the problem), in a JVM of -Xmx%s%n",
				PoolSolver.prefersDense(pool) ? "dense" : "sparse", Measure.seconds(optimal.seconds()),
				Measure.seconds(first.seconds()), optimal.value().total(), optimal.value().matched(),
				optimal.value().worstOffMatched(pool), Measure.mebibytes(peak), Measure.mebibytes(peak - heapBase),
				System.getProperty("bench.heap", "?"));
		System.out.println("  feasible: " + (pool.isFeasible(optimal.value()) ? "yes" : "NO"));

		if (OrTools.available()) {
			double[] building = new double[1];
			Timed<Long> reference = OrToolsRun.minCostFlow(pool, building);
			System.out.printf("OR-Tools %s MinCostFlow (SimpleMinCostFlow): %s (network built in %s), total %,d, "
					+ "same as ours: %s, ours %.1f× faster%n", OrTools.version(), Measure.seconds(reference.seconds()),
					Measure.seconds(building[0]), reference.value(),
					reference.value() == optimal.value().total() ? "yes" : "NO", reference.seconds() / optimal.seconds());
		}
		else {
			System.out.println("OR-Tools unavailable: " + OrTools.whyUnavailable());
		}

		Timed<Assignment> greedy = Measure.time(() -> PoolSolver.greedy(pool));
		System.out.printf("greedy (best pair first): %s, total %,d (%.2f%% of optimal), %,d matched, "
				+ "worst-off matched gain %,d, feasible: %s%n", Measure.seconds(greedy.seconds()), greedy.value().total(),
				100.0 * greedy.value().total() / optimal.value().total(), greedy.value().matched(),
				greedy.value().worstOffMatched(pool), pool.isFeasible(greedy.value()) ? "yes" : "NO");
		System.out.printf("worst-off counting unmatched as 0: optimal %,d, greedy %,d%n", optimal.value().worstOff(pool),
				greedy.value().worstOff(pool));
	}

	/**
	 * A random pool: capacities uniform in [1, maxCapacity], {@code perMentee} distinct candidates
	 * uniform among the mentors, gains uniform in [1, maxGain].
	 */
	static AssignmentProblem pool(int mentees, int mentors, int maxCapacity, int perMentee, int maxGain, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		int[] capacities = new int[mentors];
		for (int j = 0; j < mentors; j++) {
			capacities[j] = random.nextInt(1, maxCapacity + 1);
		}
		int[][] candidates = new int[mentees][];
		int[][] gains = new int[mentees][];
		int[] takenBy = new int[mentors];
		java.util.Arrays.fill(takenBy, -1);
		for (int i = 0; i < mentees; i++) {
			int[] row = new int[perMentee];
			int[] gainRow = new int[perMentee];
			for (int k = 0; k < perMentee; k++) {
				int j;
				do {
					j = random.nextInt(mentors);
				}
				while (takenBy[j] == i);
				takenBy[j] = i;
				row[k] = j;
				gainRow[k] = random.nextInt(1, maxGain + 1);
			}
			candidates[i] = row;
			gains[i] = gainRow;
		}
		return new AssignmentProblem(mentees, capacities, candidates, gains);
	}

	/** Kept apart so that its OR-Tools classes load only when OR-Tools is there. */
	static final class OrToolsRun {

		/**
		 * Mentee nodes supply 1 each, the sink takes them all; mentee → mentor costs maxGain − gain,
		 * mentee → sink (unmatched) costs maxGain, mentor → sink carries up to the capacity at no cost.
		 * Every mentee sends its unit once, so the total gain is mentees × maxGain − the cost.
		 */
		static Timed<Long> minCostFlow(AssignmentProblem pool, double[] buildingSeconds) {
			int n = pool.mentees();
			int mentors = pool.mentors();
			int sink = n + mentors;
			long maxGain = pool.maxGain();
			int[][] candidates = pool.candidates();
			int[][] gains = pool.gains();
			int[] capacities = pool.capacities();
			long start = System.nanoTime();
			MinCostFlow flow = new MinCostFlow(n + mentors + 1, (int) pool.pairs() + n + mentors);
			for (int i = 0; i < n; i++) {
				for (int k = 0; k < candidates[i].length; k++) {
					flow.addArcWithCapacityAndUnitCost(i, n + candidates[i][k], 1, maxGain - gains[i][k]);
				}
				flow.addArcWithCapacityAndUnitCost(i, sink, 1, maxGain);
				flow.setNodeSupply(i, 1);
			}
			for (int j = 0; j < mentors; j++) {
				flow.addArcWithCapacityAndUnitCost(n + j, sink, capacities[j], 0);
			}
			flow.setNodeSupply(sink, -n);
			buildingSeconds[0] = (System.nanoTime() - start) / 1e9;
			Timed<MinCostFlowBase.Status> status = Measure.time(flow::solve);
			if (status.value() != MinCostFlowBase.Status.OPTIMAL) {
				throw new IllegalStateException("OR-Tools MinCostFlow: " + status.value());
			}
			long total = n * maxGain - flow.getOptimalCost();
			flow.delete();
			return new Timed<>(total, status.seconds());
		}
	}
}
