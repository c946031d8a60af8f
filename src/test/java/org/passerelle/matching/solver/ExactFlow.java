package org.passerelle.matching.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The exact reference for tests: a min-cost flow on the whole graph (source → each mentee, each
 * acceptable pair at cost −gain, each mentor → sink up to its capacity), by successive shortest
 * paths found with Bellman–Ford, so that it needs no potentials and shares nothing with the solvers
 * under test. Successive shortest paths give, for every flow value k, a cheapest flow of value k: so
 * the maximum total stops at the first path that gains nothing, and "most matched, then total" goes
 * on while any path exists.
 */
final class ExactFlow {

	/** The best total and how many mentees it matches. */
	record Optimum(long total, int matched) {
	}

	private final int nodes;

	private final List<int[]> arcs = new ArrayList<>();

	private final List<Long> costs = new ArrayList<>();

	private int[] to;

	private int[] capacity;

	private long[] cost;

	private ExactFlow(int nodes) {
		this.nodes = nodes;
	}

	static Optimum solve(PairGains pool, Objective objective) {
		int n = pool.mentees();
		int m = pool.mentors();
		int source = n + m;
		int sink = source + 1;
		ExactFlow flow = new ExactFlow(n + m + 2);
		for (int i = 0; i < n; i++) {
			flow.arc(source, i, 1, 0);
			for (int j = 0; j < m; j++) {
				int g = pool.gain(i, j);
				if (g != PairGains.NONE) {
					flow.arc(i, n + j, 1, -g);
				}
			}
		}
		for (int j = 0; j < m; j++) {
			flow.arc(n + j, sink, pool.capacity(j), 0);
		}
		return flow.run(source, sink, objective);
	}

	private void arc(int from, int target, int cap, long c) {
		arcs.add(new int[] { from, target, cap });
		costs.add(c);
		arcs.add(new int[] { target, from, 0 });
		costs.add(-c);
	}

	private Optimum run(int source, int sink, Objective objective) {
		int e = arcs.size();
		int[] from = new int[e];
		to = new int[e];
		capacity = new int[e];
		cost = new long[e];
		for (int a = 0; a < e; a++) {
			from[a] = arcs.get(a)[0];
			to[a] = arcs.get(a)[1];
			capacity[a] = arcs.get(a)[2];
			cost[a] = costs.get(a);
		}
		long total = 0;
		int matched = 0;
		long[] dist = new long[nodes];
		int[] via = new int[nodes];
		while (true) {
			Arrays.fill(dist, Long.MAX_VALUE);
			Arrays.fill(via, -1);
			dist[source] = 0;
			for (int round = 0; round < nodes; round++) {
				boolean changed = false;
				for (int a = 0; a < e; a++) {
					if (capacity[a] > 0 && dist[from[a]] != Long.MAX_VALUE && dist[from[a]] + cost[a] < dist[to[a]]) {
						dist[to[a]] = dist[from[a]] + cost[a];
						via[to[a]] = a;
						changed = true;
					}
				}
				if (!changed) {
					break;
				}
			}
			if (dist[sink] == Long.MAX_VALUE) {
				break;
			}
			if (objective == Objective.MAXIMUM_TOTAL && dist[sink] >= 0) {
				break;
			}
			for (int v = sink; v != source; v = from[via[v]]) {
				capacity[via[v]]--;
				capacity[via[v] ^ 1]++;
			}
			total -= dist[sink];
			matched++;
		}
		return new Optimum(total, matched);
	}
}
