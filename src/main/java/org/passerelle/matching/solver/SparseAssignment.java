package org.passerelle.matching.solver;

import java.util.Arrays;

/**
 * Exact maximum-gain assignment on candidate lists, for large pools where a dense matrix would be
 * mostly forbidden pairs.
 * <p>
 * The pool is a min-cost flow network: each mentee supplies one unit, which goes to one of its
 * candidate mentors (cost {@code -gain}) or to a private "unmatched" exit (cost 0); mentor j takes
 * up to its capacity. It is solved by successive shortest augmenting paths with node potentials:
 * the augmentation phase of R. Jonker and A. Volgenant, "A shortest augmenting path algorithm for
 * dense and sparse linear assignment problems", Computing 38 (1987), in its sparse form (their
 * LAPJVsp), and R. K. Ahuja, T. L. Magnanti and J. B. Orlin, <i>Network Flows</i> (1993), §9.7, for
 * capacities. The mentees are added one at a time, and each is given the shortest path, in reduced
 * costs, from it to a mentor with a free seat or to the exit of a mentee on the way, found by
 * Dijkstra's algorithm with a binary heap over the mentors. Mentors are not expanded into seats: a
 * full mentor, once its distance is final, leads on to every mentee it holds. The initialisation
 * phases of Jonker–Volgenant are left out: they raise one column's price for one row, which a mentor
 * holding several mentees cannot do without wronging the others.
 * <p>
 * Two things keep the searches short: the best end of path found so far bounds the search, so that
 * no offer that cannot beat it is made; and each mentee's candidates are read by falling gain, so
 * that reading stops at the first one that could not beat it even at price 0.
 * <p>
 * In gain terms the potentials are mentor prices {@code p ≥ 0}: a mentee's profit with mentor j is
 * {@code gain − p[j]}. After each path every mentee holds a best-profit option (its mentor, or being
 * unmatched at profit 0), only full mentors have a positive price, and so, by linear programming
 * duality, the assignment of the mentees added so far is optimal. Prices only rise, which is why a
 * mentee once left unmatched is never needed again and the searches stay short. Integer gains keep
 * the arithmetic exact; prices never exceed the largest gain and distances stay within twice it.
 */
public final class SparseAssignment {

	private static final long INFINITE = Long.MAX_VALUE;

	private SparseAssignment() {
	}

	/** A maximum-total-gain assignment of {@code problem}; deterministic. */
	public static Assignment solve(AssignmentProblem problem) {
		int n = problem.mentees();
		int[][] candidates = new int[n][];
		long[][] gains = new long[n][];
		sortByGainDescending(problem.sharedCandidates(), problem.sharedGains(), candidates, gains);
		int[] capacities = problem.sharedCapacities();
		int[] listings = new int[capacities.length];
		for (int[] row : candidates) {
			for (int j : row) {
				listings[j]++;
			}
		}
		int[] usable = new int[capacities.length];
		for (int j = 0; j < usable.length; j++) {
			usable[j] = Math.min(capacities[j], listings[j]);
		}
		Search search = new Search(candidates, gains, usable);
		search.run();
		long total = 0;
		for (long g : search.gainOf) {
			total += g;
		}
		return new Assignment(search.mentorOf, total);
	}

	/**
	 * The optimum of candidate lists already sorted by falling gain, with the dual prices that prove it
	 * for those lists: for column generation, which checks them against every other pair. The lists are
	 * read, not copied; gains are {@code > 0} and may exceed an {@code int}.
	 *
	 * @param capacities each mentor's full capacity (not capped by its listings: a price is then
	 *        positive only on a mentor whose every seat is taken, which the certificate needs)
	 */
	static Duals solveWithDuals(int[][] candidates, long[][] gains, int[] capacities) {
		Search search = new Search(candidates, gains, capacities);
		search.run();
		return new Duals(search.mentorOf, search.gainOf, search.price);
	}

	/**
	 * An optimum of candidate lists and its duals.
	 *
	 * @param mentorOf each mentee's mentor, or -1
	 * @param gainOf each mentee's gain with its mentor, 0 when unmatched
	 * @param price each mentor's price, {@code ≥ 0}, positive only when the mentor is full
	 */
	record Duals(int[] mentorOf, long[] gainOf, long[] price) {

		/** Mentee {@code i}'s profit: its gain less its mentor's price, 0 when unmatched. */
		long profit(int i) {
			return mentorOf[i] < 0 ? 0 : gainOf[i] - price[mentorOf[i]];
		}
	}

	/** Copies each mentee's candidates in order of decreasing gain (then increasing mentor). */
	private static void sortByGainDescending(int[][] mentors, int[][] gainsOf, int[][] sortedMentorsOut,
			long[][] sortedGainsOut) {
		for (int i = 0; i < mentors.length; i++) {
			int[] row = mentors[i];
			int[] gainRow = gainsOf[i];
			long[] keys = new long[row.length];
			for (int a = 0; a < row.length; a++) {
				keys[a] = ((long) (Integer.MAX_VALUE - gainRow[a]) << 32) | row[a];
			}
			Arrays.sort(keys);
			int[] sortedMentors = new int[row.length];
			long[] sortedGains = new long[row.length];
			for (int a = 0; a < row.length; a++) {
				sortedMentors[a] = (int) keys[a];
				sortedGains[a] = Integer.MAX_VALUE - (int) (keys[a] >>> 32);
			}
			sortedMentorsOut[i] = sortedMentors;
			sortedGainsOut[i] = sortedGains;
		}
	}

	private static final class Search {

		private final int n;

		private final int[][] candidates;

		private final long[][] gains;

		/** Seats that can be used (for a plain solve, never more than the mentees that list the mentor). */
		private final int[] capacity;

		/** The mentees each mentor holds: {@code seatRows[seatStart[j] .. seatStart[j] + load[j])}. */
		private final int[] seatStart;

		private final int[] seatRows;

		/** Where each seated mentee sits in {@code seatRows}, so that it leaves in constant time. */
		private final int[] seatOf;

		private final int[] load;

		private final long[] price;

		private final int[] mentorOf;

		/** The gain of each mentee with its mentor, 0 while unmatched. */
		private final long[] gainOf;

		/** Dijkstra's state, reset through {@code touched} after each search. */
		private final long[] dist;

		private final int[] predRow;

		private final long[] predGain;

		private final boolean[] done;

		private final int[] touched;

		private int touchedCount;

		private final int[] ready;

		private int readyCount;

		private final int[] heap;

		private final int[] heapPos;

		private int heapSize;

		/** The distance of the best end of path found so far in the current search. */
		private long bound;

		/** That end: a mentor with a free seat, or -1 for the exit of {@code exitRow}. */
		private int endMentor;

		private int exitRow;

		Search(int[][] candidates, long[][] gains, int[] capacities) {
			n = candidates.length;
			this.candidates = candidates;
			this.gains = gains;
			int mentors = capacities.length;
			capacity = capacities;
			seatStart = new int[mentors + 1];
			for (int j = 0; j < mentors; j++) {
				seatStart[j + 1] = Math.addExact(seatStart[j], Math.min(capacity[j], n));
			}
			seatRows = new int[seatStart[mentors]];
			load = new int[mentors];
			price = new long[mentors];
			mentorOf = new int[n];
			Arrays.fill(mentorOf, Assignment.UNMATCHED);
			gainOf = new long[n];
			seatOf = new int[n];
			dist = new long[mentors];
			Arrays.fill(dist, INFINITE);
			predRow = new int[mentors];
			predGain = new long[mentors];
			done = new boolean[mentors];
			for (int j = 0; j < mentors; j++) {
				// A mentor without a usable seat is never offered anything; reset() never touches it.
				done[j] = capacity[j] == 0;
			}
			touched = new int[mentors];
			ready = new int[mentors];
			heap = new int[mentors];
			heapPos = new int[mentors];
			Arrays.fill(heapPos, -1);
		}

		void run() {
			for (int f = 0; f < n; f++) {
				augment(f);
			}
		}

		/**
		 * Adds mentee {@code f}: the shortest path from it, then the price update of the mentors whose
		 * distance became final, then the moves along the path.
		 * <p>
		 * Ends of paths (a mentor with a free seat, or a mentee's exit) never enter the heap: the best
		 * one found so far is kept as {@code bound}, and the search stops once no mentor in the heap is
		 * closer. Offers that cannot beat {@code bound} are not made.
		 */
		private void augment(int f) {
			// Distances are measured from f with f's profit taken as 0, so its own exit is at 0.
			bound = 0;
			endMentor = -1;
			exitRow = f;
			relaxFrom(f, 0);
			while (heapSize > 0 && dist[heap[0]] < bound) {
				int k = pop();
				done[k] = true;
				ready[readyCount++] = k;
				long dk = dist[k];
				long pk = price[k];
				for (int s = seatStart[k], end = s + load[k]; s < end; s++) {
					int r = seatRows[s];
					// Reaching r through the seat it holds costs nothing more: that pair is tight.
					long base = dk + gainOf[r] - pk;
					if (base < bound) {
						bound = base;
						endMentor = -1;
						exitRow = r;
					}
					relaxFrom(r, base);
				}
			}
			long min = bound;
			for (int q = 0; q < readyCount; q++) {
				int k = ready[q];
				price[k] += min - dist[k];
			}
			moveAlongPath(f, endMentor, endMentor >= 0 ? predRow[endMentor] : exitRow);
			reset();
		}

		/** Offers every candidate of mentee {@code r}, reached at distance {@code base}. */
		private void relaxFrom(int r, long base) {
			int[] mentors = candidates[r];
			long[] gainsOfR = gains[r];
			for (int a = 0; a < mentors.length; a++) {
				int k = mentors[a];
				long reach = base - gainsOfR[a];
				if (reach >= bound) {
					// Gains only fall further down the list and prices are never negative.
					break;
				}
				long nd = reach + price[k];
				if (nd >= bound || done[k]) {
					continue;
				}
				if (load[k] < capacity[k]) {
					bound = nd;
					endMentor = k;
					predRow[k] = r;
					predGain[k] = gainsOfR[a];
				}
				else if (nd < dist[k]) {
					if (dist[k] == INFINITE) {
						touched[touchedCount++] = k;
					}
					dist[k] = nd;
					predRow[k] = r;
					predGain[k] = gainsOfR[a];
					if (heapPos[k] < 0) {
						heapPos[k] = heapSize;
						heap[heapSize++] = k;
					}
					siftUp(heapPos[k]);
				}
			}
		}

		/**
		 * Shifts the mentees along the path: {@code row} moves to {@code to} (a mentor, or -1 for
		 * unmatched), the seat it leaves goes to the mentee that reached that mentor, and so on back to
		 * {@code f}.
		 */
		private void moveAlongPath(int f, int to, int row) {
			int r = row;
			int target = to;
			long targetGain = to >= 0 ? predGain[to] : 0;
			while (true) {
				int from = mentorOf[r];
				if (from >= 0) {
					removeSeat(from, r);
				}
				if (target >= 0) {
					int seat = seatStart[target] + load[target]++;
					seatRows[seat] = r;
					seatOf[r] = seat;
				}
				mentorOf[r] = target;
				gainOf[r] = targetGain;
				if (r == f) {
					return;
				}
				target = from;
				targetGain = predGain[from];
				r = predRow[from];
			}
		}

		private void removeSeat(int mentor, int r) {
			int last = seatStart[mentor] + --load[mentor];
			int moved = seatRows[last];
			seatRows[seatOf[r]] = moved;
			seatOf[moved] = seatOf[r];
		}

		private void reset() {
			for (int q = 0; q < touchedCount; q++) {
				int k = touched[q];
				dist[k] = INFINITE;
				done[k] = false;
				heapPos[k] = -1;
			}
			touchedCount = 0;
			readyCount = 0;
			heapSize = 0;
		}

		private int pop() {
			int top = heap[0];
			heapPos[top] = -1;
			int last = heap[--heapSize];
			if (heapSize > 0) {
				heap[0] = last;
				heapPos[last] = 0;
				siftDown(0);
			}
			return top;
		}

		private void siftUp(int position) {
			int k = heap[position];
			long key = dist[k];
			int at = position;
			while (at > 0) {
				int parent = (at - 1) >>> 1;
				int p = heap[parent];
				if (dist[p] <= key) {
					break;
				}
				heap[at] = p;
				heapPos[p] = at;
				at = parent;
			}
			heap[at] = k;
			heapPos[k] = at;
		}

		private void siftDown(int position) {
			int k = heap[position];
			long key = dist[k];
			int at = position;
			int half = heapSize >>> 1;
			while (at < half) {
				int child = 2 * at + 1;
				int c = heap[child];
				int right = child + 1;
				if (right < heapSize && dist[heap[right]] < dist[c]) {
					child = right;
					c = heap[child];
				}
				if (key <= dist[c]) {
					break;
				}
				heap[at] = c;
				heapPos[c] = at;
				at = child;
			}
			heap[at] = k;
			heapPos[k] = at;
		}
	}
}
