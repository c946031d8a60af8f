package org.passerelle.matching.solver;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/** A pool held as a full matrix of gains, for tests; counts the pairs scored. */
record MatrixPool(int[][] gains, int[] capacities, AtomicLong scored) implements PairGains {

	/** How the gains of a generated pool are drawn. */
	enum Kind {
		/** Uniform in 1 … 1000. */
		RANDOM,
		/** Only 1, 2 or 3: most pairs tie. */
		HEAVY_TIES,
		/** Every acceptable pair gains the same. */
		IDENTICAL,
		/** The gain is the mentor's quality, give or take 1. */
		MENTOR_DRIVEN,
		/** Mentor quality and pair noise mixed at correlation 0.8. */
		CORRELATED
	}

	MatrixPool(int[][] gains, int[] capacities) {
		this(gains, capacities, new AtomicLong());
	}

	static MatrixPool random(SplittableRandom random, int mentees, int mentors, Kind kind, double acceptable,
			int maxCapacity) {
		int[] capacities = random.ints(mentors, 0, maxCapacity + 1).toArray();
		double[] quality = random.doubles(mentors).toArray();
		int[][] gains = new int[mentees][mentors];
		for (int i = 0; i < mentees; i++) {
			for (int j = 0; j < mentors; j++) {
				if (random.nextDouble() >= acceptable) {
					continue;
				}
				gains[i][j] = switch (kind) {
					case RANDOM -> random.nextInt(1, 1001);
					case HEAVY_TIES -> random.nextInt(1, 4);
					case IDENTICAL -> 7105;
					case MENTOR_DRIVEN -> 1 + (int) (quality[j] * 50) + random.nextInt(0, 2);
					case CORRELATED -> correlated(random, quality[j], 0.8);
				};
			}
		}
		return new MatrixPool(gains, capacities);
	}

	/** A gain of about 5,000 ± 3,000: {@code ρ} of it from the mentor's quality, the rest from the pair. */
	static int correlated(SplittableRandom random, double quality, double rho) {
		double mentor = (quality - 0.5) * Math.sqrt(12);
		double pair = random.nextGaussian();
		double s = rho * mentor + Math.sqrt(1 - rho * rho) * pair;
		return (int) Math.max(1, Math.round(5_000 + 1_000 * s));
	}

	@Override
	public int mentees() {
		return gains.length;
	}

	@Override
	public int mentors() {
		return capacities.length;
	}

	@Override
	public int capacity(int mentor) {
		return capacities[mentor];
	}

	@Override
	public int gain(int mentee, int mentor) {
		scored.incrementAndGet();
		return gains[mentee][mentor];
	}

	/** The same pool with every acceptable pair listed. */
	AssignmentProblem problem() {
		int[][] candidates = new int[gains.length][];
		int[][] listed = new int[gains.length][];
		for (int i = 0; i < gains.length; i++) {
			int[] row = gains[i];
			candidates[i] = java.util.stream.IntStream.range(0, row.length).filter(j -> row[j] > 0).toArray();
			listed[i] = java.util.Arrays.stream(candidates[i]).map(j -> row[j]).toArray();
		}
		return new AssignmentProblem(gains.length, capacities, candidates, listed);
	}

	/** Whether {@code assignment} uses acceptable pairs only, keeps the capacities and adds up. */
	boolean isFeasible(Assignment assignment) {
		int[] load = new int[capacities.length];
		long total = 0;
		for (int i = 0; i < gains.length; i++) {
			int j = assignment.mentorOf(i);
			if (j == Assignment.UNMATCHED) {
				continue;
			}
			if (gains[i][j] == NONE || ++load[j] > capacities[j]) {
				return false;
			}
			total += gains[i][j];
		}
		return total == assignment.total();
	}
}
