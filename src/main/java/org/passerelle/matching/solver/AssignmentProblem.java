package org.passerelle.matching.solver;

import java.util.Arrays;

/**
 * A waiting pool to assign: mentee i may be paired only with the mentors listed in candidates[i],
 * with the integer gain gains[i][k] for candidates[i][k] (all gains > 0; pairs not listed are
 * forbidden). Mentor j takes at most capacities[j] mentees. A mentee may stay unmatched (gain 0).
 * <p>
 * The arrays are copied when the problem is made and when they are read, so a problem, once
 * validated, stays valid; the solvers of this package read it without copying.
 *
 * @param mentees the number of mentees, {@code ≥ 0}
 * @param capacities for each mentor, how many mentees it takes at most, {@code ≥ 0}; its length is
 *        the number of mentors
 * @param candidates for each mentee, the distinct mentors it may be paired with
 * @param gains for each mentee, the gain of each of its candidates, in the same order, {@code > 0}
 */
public record AssignmentProblem(int mentees, int[] capacities, int[][] candidates, int[][] gains) {

	/**
	 * @throws IllegalArgumentException naming the first rule the arrays break: a missing array, a
	 *         length that does not match {@code mentees}, a negative capacity, a mentor index out of
	 *         range, a mentor listed twice for one mentee, or a gain that is not positive
	 */
	public AssignmentProblem {
		if (mentees < 0) {
			throw new IllegalArgumentException("the number of mentees is negative: " + mentees);
		}
		if (capacities == null) {
			throw new IllegalArgumentException("the mentors' capacities are missing");
		}
		if (candidates == null) {
			throw new IllegalArgumentException("the candidate lists are missing");
		}
		if (gains == null) {
			throw new IllegalArgumentException("the gains are missing");
		}
		if (candidates.length != mentees) {
			throw new IllegalArgumentException(
					"there are " + candidates.length + " candidate lists for " + mentees + " mentees");
		}
		if (gains.length != mentees) {
			throw new IllegalArgumentException("there are " + gains.length + " gain lists for " + mentees + " mentees");
		}
		int mentors = capacities.length;
		for (int j = 0; j < mentors; j++) {
			if (capacities[j] < 0) {
				throw new IllegalArgumentException("mentor " + j + " has a negative capacity: " + capacities[j]);
			}
		}
		// Last mentee that listed each mentor: finds a duplicate in one pass without clearing.
		int[] listedBy = new int[mentors];
		Arrays.fill(listedBy, -1);
		int[][] candidatesCopy = new int[mentees][];
		int[][] gainsCopy = new int[mentees][];
		for (int i = 0; i < mentees; i++) {
			int[] mentorsOfI = candidates[i];
			int[] gainsOfI = gains[i];
			if (mentorsOfI == null) {
				throw new IllegalArgumentException("mentee " + i + " has no candidate list (use an empty one)");
			}
			if (gainsOfI == null) {
				throw new IllegalArgumentException("mentee " + i + " has no gain list (use an empty one)");
			}
			if (gainsOfI.length != mentorsOfI.length) {
				throw new IllegalArgumentException("mentee " + i + " has " + mentorsOfI.length + " candidates but "
						+ gainsOfI.length + " gains");
			}
			for (int k = 0; k < mentorsOfI.length; k++) {
				int j = mentorsOfI[k];
				if (j < 0 || j >= mentors) {
					throw new IllegalArgumentException("mentee " + i + " lists mentor " + j
							+ ", which is out of range (there are " + mentors + " mentors)");
				}
				if (listedBy[j] == i) {
					throw new IllegalArgumentException("mentee " + i + " lists mentor " + j + " twice");
				}
				listedBy[j] = i;
				if (gainsOfI[k] <= 0) {
					throw new IllegalArgumentException(
							"mentee " + i + " has a gain of " + gainsOfI[k] + " with mentor " + j + "; gains must be positive");
				}
			}
			candidatesCopy[i] = mentorsOfI.clone();
			gainsCopy[i] = gainsOfI.clone();
		}
		capacities = capacities.clone();
		candidates = candidatesCopy;
		gains = gainsCopy;
	}

	/** The number of mentors. */
	public int mentors() {
		return capacities.length;
	}

	/** A copy of the capacities. */
	@Override
	public int[] capacities() {
		return capacities.clone();
	}

	/** A copy of the candidate lists. */
	@Override
	public int[][] candidates() {
		return deepCopy(candidates);
	}

	/** A copy of the gains. */
	@Override
	public int[][] gains() {
		return deepCopy(gains);
	}

	/** The number of candidate pairs, that is of pairs allowed. */
	public long pairs() {
		long pairs = 0;
		for (int[] row : candidates) {
			pairs += row.length;
		}
		return pairs;
	}

	/** The sum of the capacities. */
	public long seats() {
		long seats = 0;
		for (int capacity : capacities) {
			seats += capacity;
		}
		return seats;
	}

	/** The gain of pairing {@code mentee} with {@code mentor}, or 0 if that pair is not allowed. */
	public int gain(int mentee, int mentor) {
		int[] row = candidates[mentee];
		for (int k = 0; k < row.length; k++) {
			if (row[k] == mentor) {
				return gains[mentee][k];
			}
		}
		return 0;
	}

	/** The largest gain of any pair, 0 if there is none. */
	public int maxGain() {
		int max = 0;
		for (int[] row : gains) {
			for (int g : row) {
				max = Math.max(max, g);
			}
		}
		return max;
	}

	/**
	 * Whether {@code assignment} keeps every rule: one entry per mentee, only allowed pairs, no mentor
	 * over capacity, and a total equal to the sum of its gains.
	 */
	public boolean isFeasible(Assignment assignment) {
		int[] mentorOf = assignment.mentorOf();
		if (mentorOf.length != mentees) {
			return false;
		}
		int[] load = new int[capacities.length];
		long total = 0;
		for (int i = 0; i < mentees; i++) {
			int j = mentorOf[i];
			if (j == -1) {
				continue;
			}
			if (j < 0 || j >= capacities.length || ++load[j] > capacities[j]) {
				return false;
			}
			int g = gain(i, j);
			if (g == 0) {
				return false;
			}
			total += g;
		}
		return total == assignment.total();
	}

	/** The internal candidate lists, for the solvers only: never modified. */
	int[][] sharedCandidates() {
		return candidates;
	}

	/** The internal gains, for the solvers only: never modified. */
	int[][] sharedGains() {
		return gains;
	}

	/** The internal capacities, for the solvers only: never modified. */
	int[] sharedCapacities() {
		return capacities;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AssignmentProblem that && mentees == that.mentees
				&& Arrays.equals(capacities, that.capacities) && Arrays.deepEquals(candidates, that.candidates)
				&& Arrays.deepEquals(gains, that.gains);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * (31 * mentees + Arrays.hashCode(capacities)) + Arrays.deepHashCode(candidates))
				+ Arrays.deepHashCode(gains);
	}

	@Override
	public String toString() {
		return "AssignmentProblem[mentees=" + mentees + ", mentors=" + capacities.length + ", pairs=" + pairs()
				+ ", seats=" + seats() + "]";
	}

	private static int[][] deepCopy(int[][] rows) {
		int[][] copy = new int[rows.length][];
		for (int i = 0; i < rows.length; i++) {
			copy[i] = rows[i].clone();
		}
		return copy;
	}
}
