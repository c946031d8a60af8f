package org.passerelle.matching.solver;

import java.util.Arrays;

/**
 * Assigns a whole waiting pool: the optimal assignment, and the greedy one it is compared with.
 */
public final class PoolSolver {

	/**
	 * Largest dense matrix (mentees × usable seats cells of 8 bytes) that {@link #optimal} builds:
	 * 32 MB. Above it only the sparse solver is used.
	 */
	static final long DENSE_CELL_LIMIT = 4_000_000;

	/**
	 * Up to this many cells the dense solver is chosen whatever the density: both solvers then take
	 * well under a millisecond.
	 */
	static final long SMALL_CELL_LIMIT = 10_000;

	/**
	 * Between the two limits, the dense solver is chosen when at least this share of the cells are
	 * allowed pairs and no mentor has more than {@link #DENSE_MAX_SEATS} usable seats.
	 */
	static final double DENSE_SHARE = 0.9;

	/**
	 * Each seat is a column of its own in the dense matrix, so mentors with many seats make it wide
	 * and full of ties; the sparse solver handles a mentor's seats as one node and was measured 2 to
	 * 20 times faster on complete pools with 3 or more seats per mentor.
	 */
	static final int DENSE_MAX_SEATS = 2;

	private PoolSolver() {
	}

	/**
	 * A maximum-total-gain assignment under the capacities; deterministic. Chooses the dense or the
	 * sparse algorithm by size/density.
	 * <p>
	 * The rule, with {@code cells = mentees × usable seats} (a mentor's usable seats are its capacity,
	 * but no more than the mentees that list it): the dense solver ({@link #dense}) when
	 * {@code cells ≤ 10,000}, or when {@code cells ≤ 4,000,000}, at least 90% of the cells are allowed
	 * pairs and no mentor has more than 2 usable seats; the sparse solver ({@link #sparse}) otherwise.
	 * Measured (see docs/benchmarks.md), the dense solver is as fast or faster only on such nearly
	 * complete pools of one- or two-seat mentors; the sparse one wins everywhere else, by far on
	 * candidate lists. Both give the same optimal total; among several optimal assignments they may
	 * pick different ones.
	 */
	public static Assignment optimal(AssignmentProblem problem) {
		return prefersDense(problem) ? dense(problem) : sparse(problem);
	}

	/** Whether {@link #optimal} uses the dense solver for {@code problem}. */
	public static boolean prefersDense(AssignmentProblem problem) {
		int[] seats = usableSeats(problem);
		long seatCount = Arrays.stream(seats).asLongStream().sum();
		long cells = problem.mentees() * seatCount;
		if (cells <= SMALL_CELL_LIMIT) {
			return true;
		}
		if (cells > DENSE_CELL_LIMIT || Arrays.stream(seats).max().orElse(0) > DENSE_MAX_SEATS) {
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
	 * The optimal assignment by the dense solver: {@link JonkerVolgenant} on the gain matrix of the
	 * mentees and the seats (a mentor of capacity c gives c identical columns, never more than the
	 * mentees that list it), with cost {@code −gain} for an allowed pair and 0 for any other.
	 * <p>
	 * The matrix is transposed when there are fewer seats than mentees, so that rows never outnumber
	 * columns. Every row is then given a column, but a row given a cell of cost 0 is simply not
	 * paired: any assignment of the pool fills up that way at no cost, and any row assignment read that
	 * way is an assignment of the pool with the opposite total, so the minimum cost is the maximum
	 * gain. When mentees and seats are as many, the matrix is square and gets the full initialisation
	 * of Jonker–Volgenant.
	 *
	 * @throws IllegalArgumentException if the matrix would exceed what a Java array holds
	 */
	public static Assignment dense(AssignmentProblem problem) {
		int n = problem.mentees();
		int[][] candidates = problem.sharedCandidates();
		int[][] gains = problem.sharedGains();
		int[] seats = usableSeats(problem);
		int mentors = seats.length;
		long seatTotal = Arrays.stream(seats).asLongStream().sum();
		if (seatTotal >= Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException("the pool has too many seats for the dense solver: " + problem);
		}
		int seatCount = (int) seatTotal;
		int[] mentorOf = new int[n];
		Arrays.fill(mentorOf, Assignment.UNMATCHED);
		if (n == 0 || seatCount == 0) {
			return new Assignment(mentorOf, 0);
		}
		int[] firstSeat = new int[mentors + 1];
		for (int j = 0; j < mentors; j++) {
			firstSeat[j + 1] = firstSeat[j] + seats[j];
		}
		int[] mentorOfSeat = new int[seatCount];
		for (int j = 0; j < mentors; j++) {
			Arrays.fill(mentorOfSeat, firstSeat[j], firstSeat[j + 1], j);
		}
		boolean menteesAreRows = n <= seatCount;
		long[][] cost = menteesAreRows ? new long[n][seatCount] : new long[seatCount][n];
		for (int i = 0; i < n; i++) {
			int[] mentorsOfI = candidates[i];
			for (int a = 0; a < mentorsOfI.length; a++) {
				int j = mentorsOfI[a];
				long c = -(long) gains[i][a];
				for (int seat = firstSeat[j]; seat < firstSeat[j + 1]; seat++) {
					if (menteesAreRows) {
						cost[i][seat] = c;
					}
					else {
						cost[seat][i] = c;
					}
				}
			}
		}
		int[] columnOf = JonkerVolgenant.solve(cost);
		long total = 0;
		for (int row = 0; row < columnOf.length; row++) {
			int column = columnOf[row];
			long c = cost[row][column];
			if (c < 0) {
				int mentee = menteesAreRows ? row : column;
				int seat = menteesAreRows ? column : row;
				mentorOf[mentee] = mentorOfSeat[seat];
				total -= c;
			}
		}
		return new Assignment(mentorOf, total);
	}

	/** The optimal assignment by the sparse solver, {@link SparseAssignment}. */
	public static Assignment sparse(AssignmentProblem problem) {
		return SparseAssignment.solve(problem);
	}

	/**
	 * An assignment of a whole pool, given lazily, optimal for {@code objective} over every
	 * acceptable pair, with its certificate: {@link ColumnGeneration} with its default settings.
	 * This is what a pool run calls; candidate lists cut short before solving are not optimal.
	 */
	public static CertifiedAssignment optimal(PairGains pool, Objective objective) {
		return ColumnGeneration.solve(pool, objective);
	}

	/**
	 * {@link #optimal(PairGains, Objective)}, telling {@code passes} the number of each solve of the
	 * candidate lists as it starts (see {@link ColumnGeneration#solve(PairGains, Objective,
	 * ColumnGeneration.Settings, java.util.function.IntConsumer)}): what a run shows as its progress.
	 */
	public static CertifiedAssignment optimal(PairGains pool, Objective objective,
			java.util.function.IntConsumer passes) {
		return ColumnGeneration.solve(pool, objective, ColumnGeneration.Settings.defaults(), passes);
	}

	/**
	 * {@link #greedy(AssignmentProblem)} over every acceptable pair of a lazily given pool, with the
	 * same tie rule, so that it compares with {@link #optimal(PairGains, Objective)} on the same pool.
	 * Scores from one thread per available processor, like the optimal run.
	 */
	public static Assignment greedy(PairGains pool) {
		return LazyGreedy.assign(pool, Math.max(1, Runtime.getRuntime().availableProcessors()));
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
}
