package org.passerelle.bench;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.passerelle.bench.Measure.Timed;
import org.passerelle.matching.solver.Assignment;
import org.passerelle.matching.solver.AssignmentProblem;
import org.passerelle.matching.solver.CertifiedAssignment;
import org.passerelle.matching.solver.ColumnGeneration;
import org.passerelle.matching.solver.Objective;
import org.passerelle.matching.solver.PairGains;
import org.passerelle.matching.solver.PoolSolver;

/**
 * A pool of 20,020 enrolled people (13,347 mentees, 6,673 mentors of capacity 1 to 3) scored
 * lazily by a generator shaped like real programs, assigned optimally over every acceptable pair by
 * column generation (scoring and solving timed together), checked against the exact optimum of the
 * whole acceptable graph: our sparse solver on every acceptable pair at full size, and OR-Tools'
 * min-cost flow on a quarter-size pool of the same generator.
 */
final class FullPoolBenchmark {

	private static final int MENTEES = 13_347;

	private static final int MENTORS = 6_673;

	private FullPoolBenchmark() {
	}

	static void run() {
		int threads = Runtime.getRuntime().availableProcessors();
		GeneratedPool warmUp = GeneratedPool.generate(2_000, 1_000, 7);
		ColumnGeneration.solve(warmUp, Objective.MAXIMUM_TOTAL);
		System.out.printf("scoring threads: %d%n", threads);

		GeneratedPool pool = GeneratedPool.generate(MENTEES, MENTORS, 2026);
		Timed<Long> scoring = Measure.time(() -> {
			long acceptable = IntStream.range(0, MENTEES).parallel().mapToLong(i -> {
				long count = 0;
				for (int j = 0; j < MENTORS; j++) {
					if (pool.gain(i, j) != PairGains.NONE) {
						count++;
					}
				}
				return count;
			}).sum();
			return acceptable;
		});
		long pairs = (long) MENTEES * MENTORS;
		System.out.printf("pool: %,d mentees, %,d mentors, %,d seats, %,d pairs, %,d acceptable (%.1f %%); "
				+ "one scoring pass of every pair: %s%n", MENTEES, MENTORS, pool.seats(), pairs, scoring.value(),
				100.0 * scoring.value() / pairs, Measure.seconds(scoring.seconds()));

		for (Objective objective : Objective.values()) {
			Measure.resetHeapPeak();
			long cpuBefore = processCpuNanos();
			Timed<CertifiedAssignment> run = Measure.time(() -> ColumnGeneration.solve(pool, objective));
			double cpu = (processCpuNanos() - cpuBefore) / 1e9;
			long peak = Measure.heapPeak();
			var certificate = run.value().certificate();
			Assignment assignment = run.value().assignment();
			System.out.printf("%s: column generation, score + solve %s (CPU %s over %d threads); total %,d, matched %,d; "
					+ "iterations %d, pairs scored %,d + priced %,d, added %,d, in the last lists %,d; proven optimal: %s; "
					+ "heap peak %s%n", objective, Measure.seconds(run.seconds()), Measure.seconds(cpu), threads,
					assignment.total(), assignment.matched(),
					certificate.iterations(), certificate.pairsScored(), certificate.pairsPriced(),
					certificate.pairsAdded(), certificate.candidatePairs(), certificate.provenOptimal(),
					Measure.mebibytes(peak));
			if (objective == Objective.MAXIMUM_TOTAL) {
				exactOnTheWholeGraph(pool, assignment.total());
			}
		}

		Timed<Assignment> greedy = Measure.time(() -> PoolSolver.greedy(pool));
		System.out.printf("greedy over every acceptable pair: %s; total %,d, matched %,d%n",
				Measure.seconds(greedy.seconds()), greedy.value().total(), greedy.value().matched());

		sampledAgainstOrTools();
	}

	/** CPU time of the whole JVM: on a shared machine, what the run itself used, whatever the wait. */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	/** Our exact sparse solver given every acceptable pair at once: the reference at full size. */
	private static void exactOnTheWholeGraph(GeneratedPool pool, long total) {
		Timed<AssignmentProblem> materialised = Measure.time(pool::everyAcceptablePair);
		Timed<Assignment> exact = Measure.time(() -> PoolSolver.sparse(materialised.value()));
		System.out.printf("  exact on the whole acceptable graph (%,d pairs listed in %s, solved by "
				+ "SparseAssignment in %s): total %,d, matched %,d; equal: %s%n", materialised.value().pairs(),
				Measure.seconds(materialised.seconds()), Measure.seconds(exact.seconds()), exact.value().total(),
				exact.value().matched(), exact.value().total() == total ? "yes" : "NO");
	}

	/** A quarter of the pool, by the same generator, against OR-Tools' min-cost flow on every acceptable pair. */
	private static void sampledAgainstOrTools() {
		if (!OrTools.available()) {
			System.out.println("OR-Tools unavailable: " + OrTools.whyUnavailable());
			return;
		}
		GeneratedPool quarter = GeneratedPool.generate(MENTEES / 4, MENTORS / 4, 11);
		Timed<CertifiedAssignment> ours = Measure.time(() -> ColumnGeneration.solve(quarter, Objective.MAXIMUM_TOTAL));
		AssignmentProblem whole = quarter.everyAcceptablePair();
		double[] building = new double[1];
		Timed<Long> reference = PoolBenchmark.OrToolsRun.minCostFlow(whole, building);
		System.out.printf("quarter pool (%,d × %,d, same generator, %,d acceptable pairs): column generation %s "
				+ "(score + solve), total %,d, proven %s; OR-Tools SimpleMinCostFlow on every acceptable pair %s "
				+ "(+ %s to build), total %,d; equal: %s%n", quarter.mentees(), quarter.mentors(), whole.pairs(),
				Measure.seconds(ours.seconds()), ours.value().assignment().total(),
				ours.value().certificate().provenOptimal(), Measure.seconds(reference.seconds()),
				Measure.seconds(building[0]), reference.value(),
				reference.value() == ours.value().assignment().total() ? "yes" : "NO");
	}

	/**
	 * People with a sector (40, in 8 groups; newcomers crowd into the 8 most common), a region (20,
	 * neighbours one apart), the languages they speak (French, English and four others, as bits; the
	 * first listed is their main one), a weekly availability (21 half-days) and three of twelve career
	 * goals. A pair is acceptable when both share a language and the score reaches 40 of 100: sector
	 * 35 (same sector, or half for the same group), region 15 (6 for a neighbour), availability 20
	 * (four half-days in common for all of it), goals 15 (5 a shared goal), the mentee's main language
	 * spoken by the mentor 15. Gains are hundredths of a point, as in {@code PoolRuns}.
	 */
	record GeneratedPool(int[] sector, int[] region, int[] languages, int[] mainLanguage, int[] availability,
			int[] goals, int[] capacities, int mentees) implements PairGains {

		static final int MINIMUM = 4_000;

		static GeneratedPool generate(int mentees, int mentors, long seed) {
			SplittableRandom random = new SplittableRandom(seed);
			int people = mentees + mentors;
			int[] sector = new int[people];
			int[] region = new int[people];
			int[] languages = new int[people];
			int[] main = new int[people];
			int[] availability = new int[people];
			int[] goals = new int[people];
			for (int p = 0; p < people; p++) {
				boolean mentee = p < mentees;
				sector[p] = random.nextDouble() < (mentee ? 0.7 : 0.45) ? random.nextInt(8) : random.nextInt(40);
				region[p] = (int) Math.min(19, Math.abs(random.nextGaussian()) * 7);
				int spoken = 0;
				if (random.nextDouble() < 0.8) {
					spoken |= 1;
				}
				if (random.nextDouble() < (mentee ? 0.55 : 0.75)) {
					spoken |= 2;
				}
				for (int other = 2; other < 6; other++) {
					if (random.nextDouble() < 0.08) {
						spoken |= 1 << other;
					}
				}
				if (spoken == 0) {
					spoken = 1 << random.nextInt(6);
				}
				languages[p] = spoken;
				main[p] = Integer.lowestOneBit(random.nextDouble() < 0.3 ? Integer.highestOneBit(spoken) : spoken);
				for (int slot = 0; slot < 6 + random.nextInt(8); slot++) {
					availability[p] |= 1 << random.nextInt(21);
				}
				while (Integer.bitCount(goals[p]) < 3) {
					goals[p] |= 1 << random.nextInt(12);
				}
			}
			int[] capacities = random.ints(mentors, 1, 4).toArray();
			return new GeneratedPool(sector, region, languages, main, availability, goals, capacities, mentees);
		}

		@Override
		public int mentors() {
			return capacities.length;
		}

		@Override
		public int capacity(int mentor) {
			return capacities[mentor];
		}

		long seats() {
			long seats = 0;
			for (int c : capacities) {
				seats += c;
			}
			return seats;
		}

		@Override
		public int gain(int mentee, int mentor) {
			return gain(mentee, mentor, 1);
		}

		/**
		 * Sector and region first: when they and the most the other criteria could add (5,000) stay
		 * under the floor, the rest is not computed, as a real scorer skips its costly parts.
		 */
		@Override
		public int gain(int mentee, int mentor, int floor) {
			int a = mentee;
			int b = mentees + mentor;
			if ((languages[a] & languages[b]) == 0) {
				return NONE;
			}
			int score = 0;
			if (sector[a] == sector[b]) {
				score += 3_500;
			}
			else if (sector[a] / 5 == sector[b] / 5) {
				score += 1_750;
			}
			int distance = Math.abs(region[a] - region[b]);
			score += distance == 0 ? 1_500 : distance == 1 ? 600 : 0;
			if (score + 5_000 < Math.max(floor, MINIMUM)) {
				return NONE;
			}
			score += 500 * Math.min(4, Integer.bitCount(availability[a] & availability[b]));
			score += 500 * Integer.bitCount(goals[a] & goals[b]);
			if ((mainLanguage[a] & languages[b]) != 0) {
				score += 1_500;
			}
			return score >= MINIMUM ? score : NONE;
		}

		/** Every acceptable pair listed: the whole graph, for the exact references. */
		AssignmentProblem everyAcceptablePair() {
			int m = mentors();
			int[][] candidates = new int[mentees][];
			int[][] gains = new int[mentees][];
			IntStream.range(0, mentees).parallel().forEach(i -> {
				int[] row = new int[m];
				int[] rowGains = new int[m];
				int size = 0;
				for (int j = 0; j < m; j++) {
					int g = gain(i, j);
					if (g != NONE) {
						row[size] = j;
						rowGains[size++] = g;
					}
				}
				candidates[i] = java.util.Arrays.copyOf(row, size);
				gains[i] = java.util.Arrays.copyOf(rowGains, size);
			});
			return new AssignmentProblem(mentees, capacities, candidates, gains);
		}
	}
}
