package org.passerelle.matching;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import org.passerelle.matching.solver.PairGains;

/**
 * The waiting mentees and free mentors of a pool as the solver sees them: every pair scored on
 * demand, the gain of an acceptable pair its score in hundredths of a point (at least 1), and
 * {@link #NONE} for the same person on both sides, a pair a hard rule forbids or a score under the
 * program's minimum.
 * <p>
 * Safe to call from several threads: the pool, its profiles and its scorer are never changed once
 * built, and the count of pairs scored is a {@link LongAdder}.
 */
final class PoolGains implements PairGains {

	/**
	 * How far under a bound a score must be to be sure it is under the bound: the early answer of
	 * {@link MatchScorer#score(MatchProfile, MatchProfile, double)} is exact only up to rounding.
	 */
	private static final double MARGIN = 1e-6;

	private final MatchPool pool;

	private final MatchProfile[] mentees;

	private final MatchProfile[] mentors;

	private final int minimum;

	private final LongAdder scored = new LongAdder();

	PoolGains(MatchPool pool, List<MatchProfile> mentees, List<MatchProfile> mentors, int minimum) {
		this.pool = pool;
		this.mentees = mentees.toArray(MatchProfile[]::new);
		this.mentors = mentors.toArray(MatchProfile[]::new);
		this.minimum = minimum;
	}

	/** The gain of a score: hundredths of a point, at least 1 so that an acceptable pair always counts. */
	static int gain(double score) {
		return (int) Math.max(1, Math.round(score * 100));
	}

	@Override
	public int mentees() {
		return mentees.length;
	}

	@Override
	public int mentors() {
		return mentors.length;
	}

	@Override
	public int capacity(int mentor) {
		return mentors[mentor].capacity();
	}

	@Override
	public int gain(int mentee, int mentor) {
		return gain(mentee, mentor, 1);
	}

	/**
	 * Skips the career goals, the costliest part of a score, when the pair cannot reach the minimum
	 * or a gain of {@code floor} without them.
	 */
	@Override
	public int gain(int mentee, int mentor, int floor) {
		var a = mentees[mentee];
		var b = mentors[mentor];
		if (a.id().equals(b.id()) || pool.exclusionBetweenAvailable(a, b) != null) {
			return NONE;
		}
		scored.increment();
		// a score at or under this gives a gain under the floor, or is under the minimum: either way NONE
		double underFloor = floor <= 1 ? -1 : (floor - 0.5) / 100 - MARGIN;
		double threshold = Math.max(underFloor, minimum - MARGIN);
		double score = pool.scorer().score(a, b, threshold);
		if (score <= threshold || score < minimum) {
			return NONE;
		}
		return gain(score);
	}

	/** Pairs scored so far, from every thread: the progress of a run while it scores. */
	long scored() {
		return scored.sum();
	}

	MatchProfile mentee(int index) {
		return mentees[index];
	}

	MatchProfile mentor(int index) {
		return mentors[index];
	}
}
