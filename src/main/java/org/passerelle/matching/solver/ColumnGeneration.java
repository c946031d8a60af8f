package org.passerelle.matching.solver;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The optimal assignment of a whole pool over <b>every</b> acceptable pair, given lazily by
 * {@link PairGains}, with a certificate of optimality, without ever holding all the pairs.
 * <p>
 * <b>Method (column generation).</b> One pass scores every pair and keeps, for each mentee, its
 * {@code candidatesPerMentee} best mentors and, for each mentor, its {@code candidatesPerMentor}
 * best mentees. Ties are broken by a key rotated per mentee (and per mentor) by a hash of its
 * index, so that mentees whose scores tie do not all keep the same mentors. These candidate lists
 * are solved exactly by {@link SparseAssignment}, which also gives dual prices. Then every
 * acceptable pair is priced with those duals; if some price out (could raise the total), they are
 * added, with the pairs that come within a twentieth of the largest gain of pricing out, at most
 * {@code additionsPerMentee} per mentee and pass, the most promising first, and the lists are
 * solved again, until a pass finds none that prices out.
 * <p>
 * <b>Why the final duals prove optimality.</b> The pool is the linear program
 * <pre>
 *   max Σ g(i,j)·x(i,j)  subject to  Σ_j x(i,j) ≤ 1 for each mentee i,
 *                                     Σ_i x(i,j) ≤ c(j) for each mentor j,  x ≥ 0,
 * </pre>
 * over the acceptable pairs; its constraint matrix is that of a bipartite graph, totally
 * unimodular, so its optimum is reached by an integer assignment. Its dual is
 * <pre>
 *   min Σ_i u(i) + Σ_j c(j)·p(j)  subject to  u(i) + p(j) ≥ g(i,j) for each acceptable pair,  u, p ≥ 0.
 * </pre>
 * The solve of the candidate lists gives mentor prices {@code p ≥ 0} (positive only on a mentor
 * whose {@code c(j)} seats are all taken: the solver is given the full capacities, never capped by
 * how many mentees list a mentor) and each mentee's profit {@code u(i) = g(i, m(i)) − p(m(i))}, or
 * 0 when unmatched, with {@code u ≥ 0}. When the pricing pass finds no acceptable pair, listed or
 * not, with {@code g(i,j) − p(j) − u(i) > 0}, then (u, p) is feasible for the dual of the
 * <i>whole</i> pool. Weak duality bounds every assignment's total by {@code Σ u + Σ c·p}; the run
 * computes that bound and checks that it equals the total of its assignment (complementary
 * slackness: each pair made is tight, each positive u is a matched mentee, each positive p a full
 * mentor). Equal, the assignment is optimal over every acceptable pair; that is
 * {@link Certificate#provenOptimal()}. The check is arithmetic on the returned numbers, not trust
 * in the solver. A mentor of capacity 0 takes nobody: its constraint forces its pairs to 0 and
 * lets its price be as high as needed at no cost in the bound, so its pairs are never priced.
 * <p>
 * <b>Most matched, then total.</b> With {@link Objective#MOST_MATCHED_THEN_TOTAL} every gain is
 * raised by {@code B = min(mentees, seats) × maxGain + 1}. An assignment matching {@code a}
 * mentees then scores {@code a·B + total}; one matching {@code b < a} scores at most
 * {@code b·B + b·maxGain < a·B}, so the maximum of the raised gains matches the most mentees and,
 * among those, has the largest total. The argument above applies unchanged to the raised gains.
 * <p>
 * <b>Cost.</b> Each pass scores the pool once at most, from as many threads as
 * {@code Settings.threads}. Pricing does not score a pair whose verdict is known: a listed pair is
 * checked from its stored gain; a pair is skipped when the mentee's best gain or the mentor's best
 * gain (both known exactly from the first pass, which scores every pair) is no more than
 * {@code u(i) + p(j)}; and after the first pass, only the rows of mentees whose profit fell (or
 * that had more pairs pricing out than were added) and the columns of mentors whose price fell are
 * priced again, since {@code g ≤ u + p} still holds where neither fell. The scorer is asked for a
 * gain only from the floor that matters ({@link PairGains#gain(int, int, int)}). The candidate lists
 * are solved from scratch each time.
 */
public final class ColumnGeneration {

	private ColumnGeneration() {
	}

	/**
	 * How column generation runs.
	 *
	 * @param candidatesPerMentee mentors kept per mentee by the first pass, {@code ≥ 1}
	 * @param candidatesPerMentor mentees kept per mentor by the first pass, {@code ≥ 0}: makes sure
	 *        that every mentor is in some lists even when scores depend mostly on the mentor
	 * @param additionsPerMentee pairs that priced out added per mentee and pass at most, {@code ≥ 1}
	 * @param maxIterations solves at most, {@code ≥ 1}; reached, the last assignment is returned
	 *        without proof
	 * @param threads threads that score pairs, {@code ≥ 1}
	 */
	public record Settings(int candidatesPerMentee, int candidatesPerMentor, int additionsPerMentee, int maxIterations,
			int threads) {

		/**
		 * 100 mentors per mentee, 20 mentees per mentor, 100 additions per mentee and pass, 50
		 * iterations, one thread per available processor.
		 */
		public static Settings defaults() {
			return new Settings(100, 20, 100, 50, Math.max(1, Runtime.getRuntime().availableProcessors()));
		}

		/** @throws IllegalArgumentException if a number is out of its range */
		public Settings {
			if (candidatesPerMentee < 1 || candidatesPerMentor < 0 || additionsPerMentee < 1 || maxIterations < 1
					|| threads < 1) {
				throw new IllegalArgumentException("invalid column generation settings: candidatesPerMentee="
						+ candidatesPerMentee + ", candidatesPerMentor=" + candidatesPerMentor + ", additionsPerMentee="
						+ additionsPerMentee + ", maxIterations=" + maxIterations + ", threads=" + threads);
			}
		}

		/** The same settings with {@code threads} threads. */
		public Settings withThreads(int threads) {
			return new Settings(candidatesPerMentee, candidatesPerMentor, additionsPerMentee, maxIterations, threads);
		}
	}

	/** {@link #solve(PairGains, Objective, Settings)} with {@link Settings#defaults()}. */
	public static CertifiedAssignment solve(PairGains pool, Objective objective) {
		return solve(pool, objective, Settings.defaults());
	}

	/**
	 * An assignment of {@code pool} optimal for {@code objective} over every acceptable pair, with its
	 * certificate; deterministic (the same for any number of threads).
	 *
	 * @throws IllegalArgumentException if a capacity or a gain is negative, or if the gains are too
	 *         large for exact arithmetic under the objective
	 */
	public static CertifiedAssignment solve(PairGains pool, Objective objective, Settings settings) {
		return solve(pool, objective, settings, pass -> {
		});
	}

	/**
	 * As {@link #solve(PairGains, Objective, Settings)}, telling {@code passes} the number of each
	 * solve of the candidate lists (1, 2, …) as it starts: the first pass, which scores every pair,
	 * is over when pass 1 starts. Called on the solving thread; it should return at once.
	 */
	public static CertifiedAssignment solve(PairGains pool, Objective objective, Settings settings,
			IntConsumer passes) {
		if (pool == null || objective == null || settings == null || passes == null) {
			throw new IllegalArgumentException("the pool, the objective, the settings and the listener are required");
		}
		return new Run(pool, objective, settings, passes).run();
	}

	/** SplitMix64's finaliser: spreads consecutive indices over the whole range. */
	static long mix(long x) {
		long z = x + 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	private static final class Run {

		private final PairGains pool;

		private final Objective objective;

		private final Settings settings;

		private final IntConsumer passes;

		private final int n;

		private final int m;

		private final int[] capacity;

		/** Each mentee's rotation of the mentors, and each mentor's of the mentees, for ties. */
		private final int[] menteeOffset;

		private final int[] mentorOffset;

		/** The candidate lists, in no order, with the plain gains. */
		private final int[][] listMentors;

		private final int[][] listGains;

		/** The best gain of each mentee and of each mentor over every acceptable pair. */
		private final int[] bestOfMentee;

		private final int[] bestOfMentor;

		/** The raise of every gain: 0, or B for the most-matched objective. */
		private long raise;

		/**
		 * How near to pricing out a pair is added with those that do: a twentieth of the largest
		 * gain. On the 20,000-person benchmark pool it took the passes from 4 to 2.
		 */
		private long slack;

		/**
		 * The duals of the last pricing pass, under which every pair not listed was shown not to price
		 * out, except in the rows of {@link #rowToRedo}: a pair whose mentee's profit and mentor's price
		 * have not fallen since cannot price out now. Null before the first pass.
		 */
		private long[] pricedProfit;

		private long[] pricedPrice;

		/** Mentees with more pairs pricing out than were added: their whole row is priced again. */
		private boolean[] rowToRedo;

		private long pairsScored;

		private long pairsPriced;

		private long pairsAdded;

		Run(PairGains pool, Objective objective, Settings settings, IntConsumer passes) {
			this.pool = pool;
			this.objective = objective;
			this.settings = settings;
			this.passes = passes;
			n = pool.mentees();
			m = pool.mentors();
			if (n < 0 || m < 0) {
				throw new IllegalArgumentException("the pool has " + n + " mentees and " + m + " mentors");
			}
			capacity = new int[m];
			for (int j = 0; j < m; j++) {
				capacity[j] = pool.capacity(j);
				if (capacity[j] < 0) {
					throw new IllegalArgumentException("mentor " + j + " has a negative capacity: " + capacity[j]);
				}
			}
			menteeOffset = new int[n];
			for (int i = 0; i < n; i++) {
				menteeOffset[i] = m == 0 ? 0 : (int) Long.remainderUnsigned(mix(i), m);
			}
			mentorOffset = new int[m];
			for (int j = 0; j < m; j++) {
				mentorOffset[j] = n == 0 ? 0 : (int) Long.remainderUnsigned(mix(~j), n);
			}
			listMentors = new int[n][];
			listGains = new int[n][];
			bestOfMentee = new int[n];
			bestOfMentor = new int[m];
		}

		CertifiedAssignment run() {
			firstPass();
			setRaise();
			int iterations = 0;
			boolean proven = false;
			SparseAssignment.Duals duals;
			while (true) {
				iterations++;
				passes.accept(iterations);
				duals = solveLists();
				Pricing pricing = price(duals);
				if (pricing.broken) {
					break;
				}
				if (pricing.pricedOut == 0) {
					proven = boundEqualsTotal(duals);
					break;
				}
				if (iterations == settings.maxIterations()) {
					break;
				}
				merge(pricing.addMentors, pricing.addGains);
				pairsAdded += pricing.added;
			}
			int[] mentorOf = duals.mentorOf();
			long total = 0;
			for (int i = 0; i < n; i++) {
				if (mentorOf[i] >= 0) {
					total += duals.gainOf()[i] - raise;
				}
			}
			long candidatePairs = 0;
			for (int[] row : listMentors) {
				candidatePairs += row.length;
			}
			return new CertifiedAssignment(new Assignment(mentorOf, total), objective,
					new Certificate(iterations, pairsScored, pairsPriced, pairsAdded, candidatePairs, proven));
		}

		/** Tie key of mentor {@code j} for mentee {@code i}: lower wins. Distinct per mentee. */
		private int tieOfMentor(int i, int j) {
			int t = j - menteeOffset[i];
			return t < 0 ? t + m : t;
		}

		/** Tie key of mentee {@code i} for mentor {@code j}: lower wins. Distinct per mentor. */
		private int tieOfMentee(int j, int i) {
			int t = i - mentorOffset[j];
			return t < 0 ? t + n : t;
		}

		private int checkedGain(int i, int j, int floor) {
			int g = pool.gain(i, j, floor);
			if (g < 0) {
				throw new IllegalArgumentException("mentee " + i + " and mentor " + j + " have a negative gain: " + g);
			}
			return g;
		}

		/** Scores every pair: each mentee's best mentors, each mentor's best mentees, the best gains. */
		private void firstPass() {
			int threads = threadsFor(n);
			int perMentor = settings.candidatesPerMentor();
			BestK[][] mentorBest = new BestK[threads][];
			// Each mentor heap's floor, read for every pair: kept in an array rather than behind m objects.
			long[][] mentorFloor = new long[threads][m];
			int[][] mentorBestGain = new int[threads][m];
			long[] scored = new long[threads];
			for (int w = 0; w < threads; w++) {
				mentorBest[w] = new BestK[m];
				for (int j = 0; j < m; j++) {
					mentorBest[w][j] = new BestK(perMentor);
					mentorFloor[w][j] = mentorBest[w][j].floor();
				}
			}
			Passes.inParallel(n, threads, () -> new BestK(settings.candidatesPerMentee()), (worker, best, from, to) -> {
				BestK[] ofMentor = mentorBest[worker];
				long[] floorOfMentor = mentorFloor[worker];
				int[] bestGainOfMentor = mentorBestGain[worker];
				long count = 0;
				for (int i = from; i < to; i++) {
					best.clear();
					int bestGain = 0;
					for (int j = 0; j < m; j++) {
						if (capacity[j] == 0) {
							continue;
						}
						long floor = Math.max(1, Math.min(best.floor(), floorOfMentor[j]));
						int g = checkedGain(i, j, (int) floor);
						count++;
						if (g == PairGains.NONE) {
							continue;
						}
						bestGain = Math.max(bestGain, g);
						bestGainOfMentor[j] = Math.max(bestGainOfMentor[j], g);
						best.offer(g, tieOfMentor(i, j), j);
						if (g >= floorOfMentor[j]) {
							ofMentor[j].offer(g, tieOfMentee(j, i), i);
							floorOfMentor[j] = ofMentor[j].floor();
						}
					}
					bestOfMentee[i] = bestGain;
					int kept = best.size();
					listMentors[i] = new int[kept];
					listGains[i] = new int[kept];
					for (int a = 0; a < kept; a++) {
						listMentors[i][a] = best.item(a);
						listGains[i][a] = (int) best.value(a);
					}
				}
				scored[worker] += count;
			});
			pairsScored = Arrays.stream(scored).sum();
			// Each mentor's best mentees over all threads, added to those mentees' lists.
			int[][] addMentors = new int[n][];
			int[][] addGains = new int[n][];
			int[] count = new int[n];
			BestK merged = new BestK(perMentor);
			int[][] keptMentees = new int[m][];
			int[][] keptGains = new int[m][];
			for (int j = 0; j < m; j++) {
				merged.clear();
				for (int w = 0; w < threads; w++) {
					BestK part = mentorBest[w][j];
					for (int a = 0; a < part.size(); a++) {
						merged.offer(part.value(a), part.tie(a), part.item(a));
					}
					bestOfMentor[j] = Math.max(bestOfMentor[j], mentorBestGain[w][j]);
				}
				keptMentees[j] = new int[merged.size()];
				keptGains[j] = new int[merged.size()];
				for (int a = 0; a < merged.size(); a++) {
					keptMentees[j][a] = merged.item(a);
					keptGains[j][a] = (int) merged.value(a);
					count[merged.item(a)]++;
				}
			}
			for (int i = 0; i < n; i++) {
				addMentors[i] = new int[count[i]];
				addGains[i] = new int[count[i]];
				count[i] = 0;
			}
			for (int j = 0; j < m; j++) {
				for (int a = 0; a < keptMentees[j].length; a++) {
					int i = keptMentees[j][a];
					addMentors[i][count[i]] = j;
					addGains[i][count[i]++] = keptGains[j][a];
				}
			}
			merge(addMentors, addGains);
		}

		/** Adds pairs to the lists, leaving out those already listed. */
		private void merge(int[][] addMentors, int[][] addGains) {
			int[] listedBy = new int[m];
			Arrays.fill(listedBy, -1);
			for (int i = 0; i < n; i++) {
				int[] more = addMentors[i];
				if (more == null || more.length == 0) {
					continue;
				}
				int[] mentors = listMentors[i];
				for (int j : mentors) {
					listedBy[j] = i;
				}
				int[] newMentors = Arrays.copyOf(mentors, mentors.length + more.length);
				int[] newGains = Arrays.copyOf(listGains[i], mentors.length + more.length);
				int size = mentors.length;
				for (int a = 0; a < more.length; a++) {
					int j = more[a];
					if (listedBy[j] != i) {
						listedBy[j] = i;
						newMentors[size] = j;
						newGains[size++] = addGains[i][a];
					}
				}
				listMentors[i] = Arrays.copyOf(newMentors, size);
				listGains[i] = Arrays.copyOf(newGains, size);
			}
		}

		private void setRaise() {
			long largest = 0;
			for (int g : bestOfMentee) {
				largest = Math.max(largest, g);
			}
			slack = largest / 20;
			if (objective == Objective.MAXIMUM_TOTAL) {
				raise = 0;
				return;
			}
			long maxGain = 0;
			for (int g : bestOfMentee) {
				maxGain = Math.max(maxGain, g);
			}
			long seats = 0;
			for (int c : capacity) {
				seats += Math.min(c, n);
			}
			try {
				raise = Math.addExact(Math.multiplyExact(Math.min(n, seats), maxGain), 1);
				// Profits, prices, distances and sums all stay within 4 (n + 2) (raise + maxGain).
				Math.multiplyExact(4L * (n + 2L), Math.addExact(raise, maxGain));
			}
			catch (ArithmeticException e) {
				throw new IllegalArgumentException("gains up to " + maxGain + " on " + n
						+ " mentees are too large for exact arithmetic under " + objective, e);
			}
		}

		/** The candidate lists sorted by falling gain (then tie key), with raised gains, and solved. */
		private SparseAssignment.Duals solveLists() {
			int[][] sortedMentors = new int[n][];
			long[][] sortedGains = new long[n][];
			for (int i = 0; i < n; i++) {
				int[] mentors = listMentors[i];
				int[] gains = listGains[i];
				long[] keys = new long[mentors.length];
				for (int a = 0; a < mentors.length; a++) {
					keys[a] = ((long) (Integer.MAX_VALUE - gains[a]) << 32) | tieOfMentor(i, mentors[a]);
				}
				Arrays.sort(keys);
				int[] byGain = new int[mentors.length];
				long[] raised = new long[mentors.length];
				int off = menteeOffset[i];
				for (int a = 0; a < keys.length; a++) {
					int j = (int) keys[a] + off;
					byGain[a] = j >= m ? j - m : j;
					raised[a] = Integer.MAX_VALUE - (keys[a] >>> 32) + raise;
				}
				sortedMentors[i] = byGain;
				sortedGains[i] = raised;
			}
			return SparseAssignment.solveWithDuals(sortedMentors, sortedGains, capacity);
		}

		/** What a pricing pass found. */
		private static final class Pricing {

			int[][] addMentors;

			int[][] addGains;

			/** Pairs that priced out: none proves the lists' optimum optimal for the pool. */
			long pricedOut;

			/** Pairs to add: those that priced out and those near it, or none. */
			long added;

			boolean broken;
		}

		/**
		 * Prices every acceptable pair. Pairs with {@code g − p(j) − u(i) > 0} price out; if there is
		 * any, the pairs not listed within {@link #slack} of pricing out are returned too, at most
		 * {@code additionsPerMentee} per mentee, the largest reduced gain first (then by tie key):
		 * the next solve moves the duals a little, and those are the pairs it would otherwise find
		 * one pass later.
		 */
		private Pricing price(SparseAssignment.Duals duals) {
			long[] price = duals.price();
			long[] profit = new long[n];
			for (int i = 0; i < n; i++) {
				profit[i] = duals.profit(i);
			}
			// Which pairs to price: every pair the first time; then the rows of the mentees whose profit
			// fell (or that had pairs left over) and the columns of the mentors whose price fell.
			boolean[] wholeRow = new boolean[n];
			boolean[] fallenPrice = new boolean[m];
			long rows = 0;
			long columns = 0;
			for (int i = 0; i < n; i++) {
				wholeRow[i] = pricedProfit == null || rowToRedo[i] || profit[i] < pricedProfit[i];
				rows += wholeRow[i] ? 1 : 0;
			}
			for (int j = 0; j < m; j++) {
				fallenPrice[j] = pricedPrice != null && price[j] < pricedPrice[j];
				columns += fallenPrice[j] ? 1 : 0;
			}
			if (rows * m + columns * n > (long) n * m) {
				Arrays.fill(wholeRow, true);
			}
			// Mentors by rising price, all and those whose price fell: a mentee stops at the first one
			// too dear to come near.
			int[] byPrice = java.util.stream.IntStream.range(0, m)
				.filter(j -> capacity[j] > 0)
				.boxed()
				.sorted((a, b) -> price[a] != price[b] ? Long.compare(price[a], price[b]) : Integer.compare(a, b))
				.mapToInt(Integer::intValue)
				.toArray();
			int[] fallenByPrice = Arrays.stream(byPrice).filter(j -> fallenPrice[j]).toArray();
			long[] sortedPrice = Arrays.stream(byPrice).mapToLong(j -> price[j]).toArray();
			long[] fallenSortedPrice = Arrays.stream(fallenByPrice).mapToLong(j -> price[j]).toArray();
			boolean[] redo = new boolean[n];
			Pricing pricing = new Pricing();
			pricing.addMentors = new int[n][];
			pricing.addGains = new int[n][];
			int threads = threadsFor(n);
			long[] priced = new long[threads];
			long[] added = new long[threads];
			long[] positive = new long[threads];
			boolean[] broken = new boolean[threads];
			Passes.inParallel(n, threads, () -> new Scratch(settings.additionsPerMentee(), m), (worker, scratch, from, to) -> {
				BestK best = scratch.best;
				int[] listedBy = scratch.listedBy;
				long count = 0;
				for (int i = from; i < to; i++) {
					long u = profit[i];
					if (u < 0) {
						broken[worker] = true;
						continue;
					}
					for (int j : listMentors[i]) {
						listedBy[j] = i;
					}
					best.clear();
					int[] mentorsToPrice = wholeRow[i] ? byPrice : fallenByPrice;
					long[] pricesToPrice = wholeRow[i] ? sortedPrice : fallenSortedPrice;
					long limit = bestOfMentee[i] + raise - u + slack;
					long positiveHere = 0;
					for (int a = 0; a < mentorsToPrice.length && pricesToPrice[a] < limit; a++) {
						int j = mentorsToPrice[a];
						long p = pricesToPrice[a];
						if (p >= bestOfMentor[j] + raise - u + slack || listedBy[j] == i) {
							continue;
						}
						// The gain must reach need to come within the slack; need ≤ bestOfMentor[j], an int.
						long need = u + p - raise - slack + 1;
						int g = checkedGain(i, j, (int) Math.max(1, need));
						count++;
						if (g == PairGains.NONE || g < need) {
							continue;
						}
						long reduced = g + raise - u - p;
						if (reduced > 0) {
							positiveHere++;
						}
						best.offer(reduced, tieOfMentor(i, j), j);
					}
					positive[worker] += positiveHere;
					redo[i] = positiveHere > best.size();
					// The listed pairs, from their stored gains: the solve's duals must cover them.
					int[] listedGains = listGains[i];
					int[] listed = listMentors[i];
					for (int a = 0; a < listed.length; a++) {
						if (listedGains[a] + raise - u - price[listed[a]] > 0) {
							broken[worker] = true;
						}
					}
					int found = best.size();
					if (found == 0) {
						continue;
					}
					int[] mentors = new int[found];
					int[] gains = new int[found];
					for (int a = 0; a < found; a++) {
						int j = best.item(a);
						mentors[a] = j;
						gains[a] = (int) (best.value(a) + u + price[j] - raise);
					}
					pricing.addMentors[i] = mentors;
					pricing.addGains[i] = gains;
					added[worker] += found;
				}
				priced[worker] += count;
			});
			pairsPriced += Arrays.stream(priced).sum();
			pricing.pricedOut = Arrays.stream(positive).sum();
			pricing.added = pricing.pricedOut == 0 ? 0 : Arrays.stream(added).sum();
			for (boolean b : broken) {
				pricing.broken |= b;
			}
			pricedProfit = profit;
			pricedPrice = price.clone();
			rowToRedo = redo;
			return pricing;
		}

		/** A pricing thread's own heap and marks of the mentors listed by the mentee it prices. */
		private static final class Scratch {

			final BestK best;

			final int[] listedBy;

			Scratch(int additions, int mentors) {
				best = new BestK(additions);
				listedBy = new int[mentors];
				Arrays.fill(listedBy, -1);
			}
		}

		/** Whether the dual bound Σ u + Σ c·p equals the (raised) total of the assignment. */
		private boolean boundEqualsTotal(SparseAssignment.Duals duals) {
			long total = 0;
			long bound = 0;
			int[] load = new int[m];
			for (int i = 0; i < n; i++) {
				total += duals.gainOf()[i];
				bound += duals.profit(i);
				int j = duals.mentorOf()[i];
				if (j >= 0 && ++load[j] > capacity[j]) {
					return false;
				}
			}
			long[] price = duals.price();
			for (int j = 0; j < m; j++) {
				if (price[j] < 0) {
					return false;
				}
				bound += capacity[j] * price[j];
			}
			return bound == total;
		}

		private int threadsFor(int items) {
			return Passes.threadsFor(items, settings.threads());
		}
	}
}
