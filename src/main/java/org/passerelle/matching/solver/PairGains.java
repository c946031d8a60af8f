package org.passerelle.matching.solver;

/**
 * A whole pool given lazily: every (mentee, mentor) pair is scored only when a solver asks, so that
 * a pool of 13,000 mentees and 6,700 mentors (89 million pairs) never has to be held in memory.
 * <p>
 * The solvers call {@link #gain(int, int, int)} from several threads at once and may ask for the
 * same pair more than once: it must be safe to call concurrently and give the same answer every
 * time (a pure function of the pair). Mentees are {@code 0 … mentees() − 1}, mentors
 * {@code 0 … mentors() − 1}.
 */
public interface PairGains {

	/** The gain of a pair that is not acceptable (a hard rule, or a score under the minimum). */
	int NONE = 0;

	/** The number of mentees, {@code ≥ 0}. */
	int mentees();

	/** The number of mentors, {@code ≥ 0}. */
	int mentors();

	/** How many mentees {@code mentor} takes at most, {@code ≥ 0}. */
	int capacity(int mentor);

	/**
	 * The gain of pairing {@code mentee} with {@code mentor}: {@code > 0} when the pair is
	 * acceptable, {@link #NONE} when it is not.
	 */
	int gain(int mentee, int mentor);

	/**
	 * As {@link #gain(int, int)}, but the solver only needs the gain if it is at least {@code floor}
	 * ({@code ≥ 1}): when the gain is below, the answer may be {@link #NONE}. A scorer can use it to
	 * skip the costly parts of a score that cannot reach the floor. The gain, when it is at least
	 * {@code floor}, must be exact.
	 */
	default int gain(int mentee, int mentor, int floor) {
		return gain(mentee, mentor);
	}

	/**
	 * The gains of an {@link AssignmentProblem}: its candidate pairs, the others not acceptable. For
	 * tests and small pools; a real pool scores its pairs on demand instead.
	 */
	static PairGains of(AssignmentProblem problem) {
		int[][] candidates = problem.sharedCandidates();
		int[][] gains = problem.sharedGains();
		int mentors = problem.mentors();
		// One row per mentee, indexed by mentor: fine for the small pools this is meant for.
		int[][] matrix = new int[problem.mentees()][mentors];
		for (int i = 0; i < matrix.length; i++) {
			for (int k = 0; k < candidates[i].length; k++) {
				matrix[i][candidates[i][k]] = gains[i][k];
			}
		}
		int[] capacities = problem.sharedCapacities();
		return new PairGains() {

			@Override
			public int mentees() {
				return matrix.length;
			}

			@Override
			public int mentors() {
				return mentors;
			}

			@Override
			public int capacity(int mentor) {
				return capacities[mentor];
			}

			@Override
			public int gain(int mentee, int mentor) {
				return matrix[mentee][mentor];
			}
		};
	}
}
