package org.passerelle.matching.solver;

import java.util.Arrays;

/**
 * mentorOf[i] = the mentor of mentee i, or -1; total = sum of the gains of the pairs.
 * <p>
 * The array is copied when the assignment is made and when it is read; {@link #mentorOf(int)}
 * reads one entry without a copy.
 *
 * @param mentorOf for each mentee, the index of its mentor, or -1 when it stays unmatched
 * @param total the sum of the gains of the pairs made
 */
public record Assignment(int[] mentorOf, long total) {

	/** The mentor given to an unmatched mentee. */
	public static final int UNMATCHED = -1;

	/** @throws IllegalArgumentException if {@code mentorOf} is missing */
	public Assignment {
		if (mentorOf == null) {
			throw new IllegalArgumentException("the mentor of each mentee is missing");
		}
		mentorOf = mentorOf.clone();
	}

	/** A copy of the mentor of each mentee. */
	@Override
	public int[] mentorOf() {
		return mentorOf.clone();
	}

	/** The mentor of {@code mentee}, or {@link #UNMATCHED}. */
	public int mentorOf(int mentee) {
		return mentorOf[mentee];
	}

	/** The number of mentees. */
	public int mentees() {
		return mentorOf.length;
	}

	/** How many mentees have a mentor. */
	public int matched() {
		int matched = 0;
		for (int j : mentorOf) {
			if (j != UNMATCHED) {
				matched++;
			}
		}
		return matched;
	}

	/**
	 * The smallest gain among the pairs made: how well the worst-served matched mentee does. Unmatched
	 * mentees are left out; 0 when nobody is matched.
	 *
	 * @param problem the problem this assignment answers, which holds the gains
	 */
	public int worstOffMatched(AssignmentProblem problem) {
		int worst = Integer.MAX_VALUE;
		boolean any = false;
		for (int i = 0; i < mentorOf.length; i++) {
			if (mentorOf[i] != UNMATCHED) {
				worst = Math.min(worst, problem.gain(i, mentorOf[i]));
				any = true;
			}
		}
		return any ? worst : 0;
	}

	/**
	 * The smallest gain over all mentees, an unmatched mentee counting as 0: so 0 as soon as one
	 * mentee is left without a mentor, and 0 for an empty pool.
	 *
	 * @param problem the problem this assignment answers, which holds the gains
	 */
	public int worstOff(AssignmentProblem problem) {
		if (mentorOf.length == 0 || matched() < mentorOf.length) {
			return 0;
		}
		return worstOffMatched(problem);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Assignment that && total == that.total && Arrays.equals(mentorOf, that.mentorOf);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(mentorOf) + Long.hashCode(total);
	}

	@Override
	public String toString() {
		return "Assignment[total=" + total + ", matched=" + matched() + "/" + mentorOf.length + "]";
	}
}
