package org.passerelle.bench;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.jgrapht.Graph;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.passerelle.bench.Measure.Timed;
import org.passerelle.matching.solver.JonkerVolgenant;

import com.google.ortools.graph.LinearSumAssignment;

/**
 * Dense square matrices of random integer costs in [0, 10^6], one fixed seed per size: ours, JGraphT's
 * Kuhn–Munkres (500 and 2000 only: about 85 s at 2000) and OR-Tools' LinearSumAssignment.
 */
final class DenseBenchmark {

	private static final long MAX_COST = 1_000_000;

	private static final int[] SIZES = { 500, 2000, 4000, 5000 };

	private static final Set<Integer> JGRAPHT_SIZES = Set.of(500, 2000);

	private DenseBenchmark() {
	}

	static void run() {
		boolean orTools = OrTools.available();
		if (!orTools) {
			System.out.println("OR-Tools unavailable: " + OrTools.whyUnavailable());
		}
		// Warm-up on other instances, so that the timed runs measure compiled code.
		for (int size : new int[] { 300, 1000, 1000 }) {
			JonkerVolgenant.solve(matrix(size, 1));
		}
		System.out.printf("%-6s | %-10s %-16s | %-10s %-8s %-6s | %-10s %-8s %-6s | %s%n", "n", "ours", "total",
				"JGraphT", "same", "ratio", "OR-Tools", "same", "ratio", "OR-Tools building the arcs");
		for (int size : SIZES) {
			long[][] cost = matrix(size, size);
			Timed<long[]> ours = Measure.bestOf(size <= 2000 ? 5 : 3, () -> {
				int[] columnOf = JonkerVolgenant.solve(cost);
				return new long[] { JonkerVolgenant.total(cost, columnOf) };
			});
			long total = ours.value()[0];
			String jgrapht = "-";
			if (JGRAPHT_SIZES.contains(size)) {
				Timed<Long> reference = kuhnMunkres(cost);
				jgrapht = String.format("%-10s %-8s %-6s", Measure.seconds(reference.seconds()),
						reference.value() == total ? "yes" : "NO " + reference.value(),
						String.format("%.0f×", reference.seconds() / ours.seconds()));
			}
			String orToolsCells = "-";
			if (orTools) {
				double[] building = new double[1];
				Timed<Long> reference = OrToolsRun.linearSumAssignment(cost, building);
				orToolsCells = String.format("%-10s %-8s %-6s | %s", Measure.seconds(reference.seconds()),
						reference.value() == total ? "yes" : "NO " + reference.value(),
						String.format("%.1f×", reference.seconds() / ours.seconds()), Measure.seconds(building[0]));
			}
			System.out.printf("%-6d | %-10s %-16d | %-26s | %s%n", size, Measure.seconds(ours.seconds()), total,
					jgrapht, orToolsCells);
		}
		System.out.println("ours: best of 3 to 5 runs after a warm-up; references: one run, solving only "
				+ "(graph or arcs built beforehand); ratio = reference time / ours.");
	}

	/**
	 * The structured worst cases at n = 2000: Machol–Wien {@code c = (i + 1)(j + 1)} and heavy ties
	 * {@code c = (i mod 10)(j mod 10)}; ours (best of 3 after a warm-up at n = 1000) against OR-Tools'
	 * LinearSumAssignment (one run, solving only).
	 */
	static void worst() {
		boolean orTools = OrTools.available();
		if (!orTools) {
			System.out.println("OR-Tools unavailable: " + OrTools.whyUnavailable());
		}
		int n = 2000;
		long[][] macholWien = new long[n][n];
		long[][] ties = new long[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				macholWien[i][j] = (i + 1L) * (j + 1L);
				ties[i][j] = (i % 10) * (j % 10);
			}
		}
		JonkerVolgenant.solve(corner(macholWien, 1000));
		JonkerVolgenant.solve(corner(ties, 1000));
		System.out.printf("%-22s | %-10s %-16s | %-10s %-8s %-6s%n", "instance", "ours", "total", "OR-Tools", "same",
				"ratio");
		for (var instance : new Object[][] { { "Machol–Wien c = i·j", macholWien }, { "ties (i%10)(j%10)", ties } }) {
			long[][] cost = (long[][]) instance[1];
			Timed<long[]> ours = Measure.bestOf(3, () -> {
				int[] columnOf = JonkerVolgenant.solve(cost);
				return new long[] { JonkerVolgenant.total(cost, columnOf) };
			});
			long total = ours.value()[0];
			String orToolsCells = "-";
			if (orTools) {
				Timed<Long> reference = OrToolsRun.linearSumAssignment(cost, new double[1]);
				orToolsCells = String.format("%-10s %-8s %-6s", Measure.seconds(reference.seconds()),
						reference.value() == total ? "yes" : "NO " + reference.value(),
						String.format("%.1f×", reference.seconds() / ours.seconds()));
			}
			System.out.printf("%-22s | %-10s %-16d | %s%n", instance[0], Measure.seconds(ours.seconds()), total,
					orToolsCells);
		}
		System.out.println("ours: best of 3 after a warm-up; OR-Tools: one run, solving only; ratio = OR-Tools / ours.");
	}

	private static long[][] corner(long[][] cost, int size) {
		long[][] corner = new long[size][];
		for (int i = 0; i < size; i++) {
			corner[i] = java.util.Arrays.copyOf(cost[i], size);
		}
		return corner;
	}

	/** The square matrix of {@code size} with costs drawn from the seed {@code seed}. */
	static long[][] matrix(int size, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		long[][] cost = new long[size][size];
		for (long[] row : cost) {
			for (int j = 0; j < size; j++) {
				row[j] = random.nextLong(MAX_COST + 1);
			}
		}
		return cost;
	}

	/** JGraphT's minimum-weight perfect matching, timed without building the graph; total summed in long. */
	private static Timed<Long> kuhnMunkres(long[][] cost) {
		int n = cost.length;
		long start = System.nanoTime();
		Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		Set<Integer> left = new HashSet<>();
		Set<Integer> right = new HashSet<>();
		for (int i = 0; i < n; i++) {
			graph.addVertex(i);
			left.add(i);
			graph.addVertex(n + i);
			right.add(n + i);
		}
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				graph.setEdgeWeight(graph.addEdge(i, n + j), cost[i][j]);
			}
		}
		System.out.printf("  (JGraphT graph of %d×%d built in %s)%n", n, n,
				Measure.seconds((System.nanoTime() - start) / 1e9));
		Timed<org.jgrapht.alg.interfaces.MatchingAlgorithm.Matching<Integer, DefaultWeightedEdge>> matching = Measure
			.time(() -> new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(graph, left, right).getMatching());
		long total = 0;
		for (DefaultWeightedEdge edge : matching.value().getEdges()) {
			int a = graph.getEdgeSource(edge);
			int b = graph.getEdgeTarget(edge);
			total += cost[Math.min(a, b)][Math.max(a, b) - n];
		}
		return new Timed<>(total, matching.seconds());
	}

	/** Kept apart so that its OR-Tools classes load only when OR-Tools is there. */
	private static final class OrToolsRun {

		static Timed<Long> linearSumAssignment(long[][] cost, double[] buildingSeconds) {
			int n = cost.length;
			long start = System.nanoTime();
			LinearSumAssignment assignment = new LinearSumAssignment();
			for (int i = 0; i < n; i++) {
				long[] row = cost[i];
				for (int j = 0; j < n; j++) {
					assignment.addArcWithCost(i, j, row[j]);
				}
			}
			buildingSeconds[0] = (System.nanoTime() - start) / 1e9;
			Timed<LinearSumAssignment.Status> status = Measure.time(assignment::solve);
			if (status.value() != LinearSumAssignment.Status.OPTIMAL) {
				throw new IllegalStateException("OR-Tools LinearSumAssignment: " + status.value());
			}
			long total = assignment.getOptimalCost();
			assignment.delete();
			return new Timed<>(total, status.seconds());
		}
	}
}
