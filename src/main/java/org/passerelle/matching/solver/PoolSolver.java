package org.passerelle.matching.solver;

import java.util.Arrays;

/**
 * Assigns a whole waiting pool: the optimal assignment, and the greedy one it is compared with.
 */
public final class PoolSolver {

	/**
	 * Largest dense matrix (mentees × (seats + mentees) cells of 8 bytes) that {@link #optimal} builds:
	 * 32 MB. Above it only the sparse solver is used.
	 */
	static final long DENSE_CELL_LIMIT = 4_000_000;

	/**
	 * Below this many cells the dense solver is chosen whatever the density: building the matrix costs
	 * less than a millisecond.
	 */
	static final long SMALL_CELL_LIMIT = 40_000;

	/**
	 * Between the two limits, the dense solver is chosen when at least this share of the cells are
	 * allowed pairs.
	 */
	static final double DENSE_SHARE = 0.5;

	private PoolSolver() {
	}

	/**
	 * A maximum-total-gain assignment under the capacities; deterministic. Chooses the dense or the
	 * sparse algorithm by size/density.
	 * <p>
	 * The rule: with {@code cells = mentees × (usable seats + mentees)}, the dense solver
	 * ({@link #dense}) when {@code cells ≤ 40,000}, or when {@code cells ≤ 4,000,000} and the allowed
	 * pairs, counted seat by seat, fill at least half of the cells; the sparse solver
	 * ({@link #sparse}) otherwise. Both give the same optimal total; among several optimal assignments
	 * they may pick different ones.
	 */
	public static Assignment optimal(AssignmentProblem problem) {
		return prefersDense(problem) ? dense(problem) : sparse(problem);
	}

	/** Whether {@link #optimal} uses the dense solver for {@code problem}. */
	public static boolean prefersDense(AssignmentProblem problem) {
		int[] seats = usableSeats(problem);
		long columns = Arrays.stream(seats).asLongStream().sum() + problem.mentees();
		long cells = problem.mentees() * columns;
		if (!denseFits(problem, columns)) {
			return false;
		}
		if (cells <= SMALL_CELL_LIMIT) {
			return true;
		}
		if (cells > DENSE_CELL_LIMIT) {
			return false;
		}
		long allowedCells = 0;
		for (int[] row : problem.sharedCandidates()) {
			for (int j : row) {
				allowedCells += seats[j];
			}
		}
		return allowedCells >= DENSE_SHARE * cells;
	}

	/**
	 * The optimal assignment by the dense solver: {@link JonkerVolgenant} on a matrix with a row per
	 * mentee and a column per seat (a mentor of capacity c gives c identical columns, never more than
	 * the mentees that list it) plus one "unmatched" column per mentee. A pair costs {@code −gain},
	 * staying unmatched costs 0, and a forbidden pair costs more than all the gains together, so that
	 * no optimal assignment uses one.
	 *
	 * @throws IllegalArgumentException if the gains are so large that the matrix would overflow
	 */
	public static Assignment dense(AssignmentProblem problem) {
		int n = problem.mentees();
		if (n == 0) {
			return new Assignment(new int[0], 0);
		}
		int[][] candidates = problem.sharedCandidates();
		int[][] gains = problem.sharedGains();
		int[] seats = usableSeats(problem);
		int mentors = seats.length;
		int[] firstColumn = new int[mentors + 1];
		for (int j = 0; j < mentors; j++) {
			firstColumn[j + 1] = firstColumn[j] + seats[j];
		}
		int seatColumns = firstColumn[mentors];
		int columns = seatColumns + n;
		if (!denseFits(problem, columns)) {
			throw new IllegalArgumentException("the pool is too large or its gains too high for the dense solver: "
					+ problem);
		}
		int[] mentorOfColumn = new int[seatColumns];
		for (int j = 0; j < mentors; j++) {
			Arrays.fill(mentorOfColumn, firstColumn[j], firstColumn[j + 1], j);
		}
		long forbidden = (long) n * problem.maxGain() + 1;
		long[][] cost = new long[n][];
		for (int i = 0; i < n; i++) {
			long[] row = new long[columns];
			Arrays.fill(row, 0, seatColumns, forbidden);
			int[] mentorsOfI = candidates[i];
			for (int a = 0; a < mentorsOfI.length; a++) {
				int j = mentorsOfI[a];
				Arrays.fill(row, firstColumn[j], firstColumn[j + 1], -(long) gains[i][a]);
			}
			cost[i] = row;
		}
		int[] columnOf = JonkerVolgenant.solve(cost);
		int[] mentorOf = new int[n];
		long total = 0;
		for (int i = 0; i < n; i++) {
			int column = columnOf[i];
			if (column < seatColumns && cost[i][column] < 0) {
				mentorOf[i] = mentorOfColumn[column];
				total -= cost[i][column];
			}
			else {
				mentorOf[i] = Assignment.UNMATCHED;
			}
		}
		return new Assignment(mentorOf, total);
	}

	/** The optimal assignment by the sparse solver, {@link SparseAssignment}. */
	public static Assignment sparse(AssignmentProblem problem) {
		return SparseAssignment.solve(problem);
	}

	/**
	 * "Best pair first": repeatedly take the highest-gain pair still possible (ties broken by lower
	 * mentee then lower mentor index). For comparison only: it can leave far less than the optimal
	 * total, and mentees unmatched that an optimal assignment serves.
	 */
	public static Assignment greedy(AssignmentProblem problem) {
		int n = problem.mentees();
		int[][] candidates = problem.sharedCandidates();
		int[][] gains = problem.sharedGains();
		long pairs = problem.pairs();
		if (pairs >= Integer.MAX_VALUE) {
			throw new IllegalArgumentException("too many pairs for the greedy assignment: " + pairs);
		}
		// Ranks follow (mentee, mentor) order, so sorting (−gain, rank) as one long gives the tie rule.
		int[] rankMentee = new int[(int) pairs];
		int[] rankMentor = new int[(int) pairs];
		long[] keys = new long[(int) pairs];
		int rank = 0;
		for (int i = 0; i < n; i++) {
			int[] mentorsOfI = candidates[i];
			int[] order = sortedPositions(mentorsOfI);
			for (int position : order) {
				rankMentee[rank] = i;
				rankMentor[rank] = mentorsOfI[position];
				keys[rank] = ((long) (Integer.MAX_VALUE - gains[i][position]) << 32) | rank;
				rank++;
			}
		}
		Arrays.sort(keys);
		int[] room = problem.capacities();
		int[] mentorOf = new int[n];
		Arrays.fill(mentorOf, Assignment.UNMATCHED);
		long total = 0;
		for (long key : keys) {
			int r = (int) key;
			int i = rankMentee[r];
			int j = rankMentor[r];
			if (mentorOf[i] == Assignment.UNMATCHED && room[j] > 0) {
				mentorOf[i] = j;
				room[j]--;
				total += Integer.MAX_VALUE - (key >>> 32);
			}
		}
		return new Assignment(mentorOf, total);
	}

	/** Positions of {@code mentors} in increasing mentor order. */
	private static int[] sortedPositions(int[] mentors) {
		long[] keyed = new long[mentors.length];
		for (int a = 0; a < mentors.length; a++) {
			keyed[a] = ((long) mentors[a] << 32) | a;
		}
		Arrays.sort(keyed);
		int[] positions = new int[mentors.length];
		for (int a = 0; a < mentors.length; a++) {
			positions[a] = (int) keyed[a];
		}
		return positions;
	}

	/** Seats each mentor can fill: its capacity, but never more than the mentees that list it. */
	private static int[] usableSeats(AssignmentProblem problem) {
		int[] capacities = problem.sharedCapacities();
		int[] listings = new int[capacities.length];
		for (int[] row : problem.sharedCandidates()) {
			for (int j : row) {
				listings[j]++;
			}
		}
		int[] seats = new int[capacities.length];
		for (int j = 0; j < seats.length; j++) {
			seats[j] = Math.min(capacities[j], listings[j]);
		}
		return seats;
	}

	/** Whether the dense matrix has a size Java arrays allow and values the dense solver accepts. */
	private static boolean denseFits(AssignmentProblem problem, long columns) {
		long n = problem.mentees();
		if (columns >= Integer.MAX_VALUE - 8) {
			return false;
		}
		long forbidden = n * problem.maxGain() + 1;
		return forbidden <= Long.MAX_VALUE / 4 / (n + 2);
	}
}
