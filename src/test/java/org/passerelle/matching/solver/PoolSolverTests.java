package org.passerelle.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PoolSolverTests {

	/** The three ways to the optimum, each checked on the same instances. */
	private static final List<Function<AssignmentProblem, Assignment>> OPTIMAL_SOLVERS = List.of(PoolSolver::optimal,
			PoolSolver::dense, PoolSolver::sparse);

	/** The optimal solvers and the greedy one, for cases where all must give the same. */
	private static final List<Function<AssignmentProblem, Assignment>> ALL_SOLVERS = List.of(PoolSolver::optimal,
			PoolSolver::dense, PoolSolver::sparse, PoolSolver::greedy);

	@Test
	void findsTheMaximumTotalOnRandomPoolsLikeBruteForce() {
		SplittableRandom random = new SplittableRandom(20_26);
		for (int round = 0; round < 600; round++) {
			AssignmentProblem pool = smallRandomPool(random, round);
			long best = bruteForceMaximum(pool);

			for (Function<AssignmentProblem, Assignment> solver : OPTIMAL_SOLVERS) {
				Assignment assignment = solver.apply(pool);

				assertThat(pool.isFeasible(assignment)).as("round %d: %s feasible", round, assignment).isTrue();
				assertThat(assignment.total()).as("round %d: %s", round, describe(pool)).isEqualTo(best);
			}
		}
	}

	@Test
	void greedyIsFeasibleAndNeverBeatsTheOptimum() {
		SplittableRandom random = new SplittableRandom(1_987);
		int strictlyWorse = 0;
		for (int round = 0; round < 600; round++) {
			AssignmentProblem pool = smallRandomPool(random, round);

			Assignment greedy = PoolSolver.greedy(pool);

			assertThat(pool.isFeasible(greedy)).as("round %d", round).isTrue();
			long optimum = bruteForceMaximum(pool);
			assertThat(greedy.total()).as("round %d", round).isLessThanOrEqualTo(optimum);
			if (greedy.total() < optimum) {
				strictlyWorse++;
			}
		}
		// Otherwise these pools would not tell greedy and optimal apart.
		assertThat(strictlyWorse).isPositive();
	}

	@Test
	void greedyTakesTheBestPairFirstAndLosesWhatAnOptimalAssignmentKeeps() {
		// Ana–Xavier (10) is the best pair, but then Bea has nobody: 9 + 9 is better.
		AssignmentProblem pool = new AssignmentProblem(2, new int[] { 1, 1 }, new int[][] { { 0, 1 }, { 0 } },
				new int[][] { { 10, 9 }, { 9 } });

		Assignment greedy = PoolSolver.greedy(pool);
		Assignment optimal = PoolSolver.optimal(pool);

		assertThat(greedy.mentorOf()).containsExactly(0, -1);
		assertThat(greedy.total()).isEqualTo(10);
		assertThat(optimal.mentorOf()).containsExactly(1, 0);
		assertThat(optimal.total()).isEqualTo(18);
	}

	@Test
	void greedyBreaksTiesByLowerMenteeThenLowerMentor() {
		// Every pair gains 5; candidates listed out of order so that list order cannot be what decides.
		AssignmentProblem pool = new AssignmentProblem(3, new int[] { 1, 1, 1 },
				new int[][] { { 2, 1 }, { 2, 0, 1 }, { 1, 0 } }, new int[][] { { 5, 5 }, { 5, 5, 5 }, { 5, 5 } });

		Assignment greedy = PoolSolver.greedy(pool);

		assertThat(greedy.mentorOf()).containsExactly(1, 0, -1);
		assertThat(greedy.total()).isEqualTo(10);
	}

	@Test
	void denseAndSparseAgreeOnLargerPools() {
		SplittableRandom random = new SplittableRandom(5);
		for (int round = 0; round < 40; round++) {
			int mentees = random.nextInt(20, 120);
			int mentors = random.nextInt(5, 80);
			AssignmentProblem pool = randomPool(random, mentees, mentors, random.nextInt(0, 5), random.nextDouble(),
					round % 2 == 0 ? 5 : 1_000_000);

			Assignment dense = PoolSolver.dense(pool);
			Assignment sparse = PoolSolver.sparse(pool);

			assertThat(pool.isFeasible(dense)).isTrue();
			assertThat(pool.isFeasible(sparse)).isTrue();
			assertThat(sparse.total()).as("round %d: %s", round, pool).isEqualTo(dense.total());
		}
	}

	@Test
	void solvesAPoolShapedLikeTheNationalOneLikeTheDenseSolver() {
		// A tenth of the national pool: candidate lists, mentors of 1 to 3 seats, gains up to 10,000.
		SplittableRandom random = new SplittableRandom(2_000);
		int mentees = 2_000;
		int mentors = 1_000;
		int[] capacities = random.ints(mentors, 1, 4).toArray();
		int[][] candidates = new int[mentees][];
		int[][] gains = new int[mentees][];
		for (int i = 0; i < mentees; i++) {
			candidates[i] = random.ints(0, mentors).distinct().limit(100).toArray();
			gains[i] = random.ints(100, 1, 10_001).toArray();
		}
		AssignmentProblem pool = new AssignmentProblem(mentees, capacities, candidates, gains);

		Assignment optimal = PoolSolver.optimal(pool);

		assertThat(PoolSolver.prefersDense(pool)).isFalse();
		assertThat(pool.isFeasible(optimal)).isTrue();
		assertThat(optimal.total()).isEqualTo(PoolSolver.dense(pool).total());
		assertThat(optimal.total()).isGreaterThan(PoolSolver.greedy(pool).total());
	}

	@Test
	void givesTheSameAssignmentEveryTime() {
		SplittableRandom random = new SplittableRandom(11);
		AssignmentProblem pool = randomPool(random, 300, 120, 3, 0.3, 4);

		assertThat(PoolSolver.sparse(pool)).isEqualTo(PoolSolver.sparse(pool));
		assertThat(PoolSolver.dense(pool)).isEqualTo(PoolSolver.dense(pool));
		assertThat(PoolSolver.greedy(pool)).isEqualTo(PoolSolver.greedy(pool));
	}

	@Test
	void assignsNobodyInAnEmptyPool() {
		AssignmentProblem pool = new AssignmentProblem(0, new int[] { 2, 1 }, new int[0][], new int[0][]);

		for (Function<AssignmentProblem, Assignment> solver : ALL_SOLVERS) {
			Assignment assignment = solver.apply(pool);
			assertThat(assignment.mentorOf()).isEmpty();
			assertThat(assignment.total()).isZero();
			assertThat(assignment.worstOff(pool)).isZero();
			assertThat(assignment.worstOffMatched(pool)).isZero();
		}
	}

	@Test
	void leavesEveryMenteeUnmatchedWithoutMentors() {
		AssignmentProblem pool = new AssignmentProblem(3, new int[0], new int[3][0], new int[3][0]);

		for (Function<AssignmentProblem, Assignment> solver : OPTIMAL_SOLVERS) {
			assertThat(solver.apply(pool).mentorOf()).containsExactly(-1, -1, -1);
		}
	}

	@Test
	void neverSeatsAnyoneWithAMentorOfCapacityZero() {
		AssignmentProblem pool = new AssignmentProblem(3, new int[] { 0, 1 }, new int[][] { { 0, 1 }, { 0 }, { 0, 1 } },
				new int[][] { { 50, 1 }, { 80 }, { 60, 2 } });

		for (Function<AssignmentProblem, Assignment> solver : OPTIMAL_SOLVERS) {
			Assignment assignment = solver.apply(pool);
			assertThat(assignment.mentorOf()).doesNotContain(0);
			assertThat(assignment.total()).isEqualTo(2);
			assertThat(assignment.mentorOf()).containsExactly(-1, -1, 1);
		}
	}

	@Test
	void leavesAMenteeWithoutCandidatesUnmatched() {
		AssignmentProblem pool = new AssignmentProblem(3, new int[] { 3 }, new int[][] { { 0 }, {}, { 0 } },
				new int[][] { { 4 }, {}, { 7 } });

		for (Function<AssignmentProblem, Assignment> solver : OPTIMAL_SOLVERS) {
			Assignment assignment = solver.apply(pool);
			assertThat(assignment.mentorOf(1)).isEqualTo(Assignment.UNMATCHED);
			assertThat(assignment.mentorOf()).containsExactly(0, -1, 0);
			assertThat(assignment.total()).isEqualTo(11);
			assertThat(assignment.matched()).isEqualTo(2);
			assertThat(assignment.worstOffMatched(pool)).isEqualTo(4);
			assertThat(assignment.worstOff(pool)).isZero();
		}
	}

	@Test
	void matchesAsManyAsSeatsAllowWhenAllGainsAreEqual() {
		// 5 mentees, every pair allowed with gain 3, 4 seats: any optimum pairs 4 mentees.
		AssignmentProblem pool = new AssignmentProblem(5, new int[] { 1, 3 }, filled(5, new int[] { 0, 1 }),
				filled(5, new int[] { 3, 3 }));

		for (Function<AssignmentProblem, Assignment> solver : OPTIMAL_SOLVERS) {
			Assignment assignment = solver.apply(pool);
			assertThat(assignment.total()).isEqualTo(12);
			assertThat(assignment.matched()).isEqualTo(4);
			assertThat(pool.isFeasible(assignment)).isTrue();
		}
	}

	@Test
	void seatsEveryoneWithOneMentorWhoseCapacityCoversThem() {
		AssignmentProblem pool = new AssignmentProblem(4, new int[] { 10 }, filled(4, new int[] { 0 }),
				new int[][] { { 1 }, { 2 }, { 3 }, { 4 } });

		for (Function<AssignmentProblem, Assignment> solver : ALL_SOLVERS) {
			Assignment assignment = solver.apply(pool);
			assertThat(assignment.mentorOf()).containsExactly(0, 0, 0, 0);
			assertThat(assignment.total()).isEqualTo(10);
			assertThat(assignment.worstOff(pool)).isEqualTo(1);
		}
	}

	@Test
	void handlesGainsUpToTheLargestInteger() {
		AssignmentProblem pool = new AssignmentProblem(3, new int[] { 1, 1 },
				new int[][] { { 0, 1 }, { 0, 1 }, { 0 } },
				new int[][] { { Integer.MAX_VALUE, Integer.MAX_VALUE - 1 }, { Integer.MAX_VALUE, 1 }, { 7 } });

		for (Function<AssignmentProblem, Assignment> solver : OPTIMAL_SOLVERS) {
			assertThat(solver.apply(pool).total()).isEqualTo(2L * Integer.MAX_VALUE - 1);
		}
	}

	@Test
	void choosesTheDenseSolverForSmallOrCompletePoolsAndTheSparseOneForCandidateLists() {
		SplittableRandom random = new SplittableRandom(3);
		AssignmentProblem small = randomPool(random, 40, 20, 2, 0.2, 100);
		AssignmentProblem completeOneSeat = randomPool(random, 300, 300, 1, 1.0, 100);
		AssignmentProblem completeManySeats = randomPool(random, 300, 100, 4, 1.0, 100);
		AssignmentProblem candidateLists = randomPool(random, 300, 300, 1, 0.3, 100);

		assertThat(PoolSolver.prefersDense(small)).isTrue();
		assertThat(PoolSolver.prefersDense(completeOneSeat)).isTrue();
		assertThat(PoolSolver.prefersDense(completeManySeats)).isFalse();
		assertThat(PoolSolver.prefersDense(candidateLists)).isFalse();
	}

	@Test
	void rejectsAProblemThatBreaksARuleNamingIt() {
		assertInvalid(() -> new AssignmentProblem(-1, new int[0], new int[0][], new int[0][]),
				"number of mentees is negative");
		assertInvalid(() -> new AssignmentProblem(1, null, new int[1][0], new int[1][0]), "capacities are missing");
		assertInvalid(() -> new AssignmentProblem(2, new int[] { 1 }, new int[1][0], new int[2][0]),
				"1 candidate lists for 2 mentees");
		assertInvalid(() -> new AssignmentProblem(1, new int[] { 1 }, new int[][] { { 0 } }, new int[0][]),
				"0 gain lists for 1 mentees");
		assertInvalid(() -> new AssignmentProblem(1, new int[] { -1 }, new int[1][0], new int[1][0]),
				"mentor 0 has a negative capacity");
		assertInvalid(() -> new AssignmentProblem(1, new int[] { 1 }, new int[][] { { 1 } }, new int[][] { { 5 } }),
				"mentee 0 lists mentor 1, which is out of range");
		assertInvalid(() -> new AssignmentProblem(1, new int[] { 1 }, new int[][] { { -1 } }, new int[][] { { 5 } }),
				"mentee 0 lists mentor -1, which is out of range");
		assertInvalid(() -> new AssignmentProblem(2, new int[] { 1, 1 }, new int[][] { { 0 }, { 1, 0, 1 } },
				new int[][] { { 5 }, { 1, 2, 3 } }), "mentee 1 lists mentor 1 twice");
		assertInvalid(() -> new AssignmentProblem(1, new int[] { 1 }, new int[][] { { 0 } }, new int[][] { { 0 } }),
				"mentee 0 has a gain of 0 with mentor 0; gains must be positive");
		assertInvalid(() -> new AssignmentProblem(1, new int[] { 1 }, new int[][] { { 0 } }, new int[][] { { -3 } }),
				"gain of -3");
		assertInvalid(() -> new AssignmentProblem(1, new int[] { 1 }, new int[][] { { 0 } }, new int[][] { { 1, 2 } }),
				"mentee 0 has 1 candidates but 2 gains");
		assertInvalid(() -> new AssignmentProblem(1, new int[] { 1 }, new int[][] { null }, new int[][] { {} }),
				"mentee 0 has no candidate list");
	}

	@Test
	void keepsItsOwnCopyOfTheArrays() {
		int[] capacities = { 1 };
		int[][] candidates = { { 0 } };
		int[][] gains = { { 5 } };
		AssignmentProblem pool = new AssignmentProblem(1, capacities, candidates, gains);

		capacities[0] = 0;
		gains[0][0] = -1;
		pool.gains()[0][0] = -2;

		assertThat(pool.capacities()).containsExactly(1);
		assertThat(PoolSolver.optimal(pool).total()).isEqualTo(5);
	}

	private static void assertInvalid(Runnable construction, String message) {
		assertThatIllegalArgumentException().isThrownBy(construction::run).withMessageContaining(message);
	}

	/**
	 * Up to 7 mentees and 5 mentors, capacities 0 to 3, random candidate subsets (some empty), gains
	 * from ranges that make ties common or rare.
	 */
	private static AssignmentProblem smallRandomPool(SplittableRandom random, int round) {
		int mentees = random.nextInt(0, 8);
		int mentors = random.nextInt(0, 6);
		int maxGain = switch (round % 4) {
			case 0 -> 1;
			case 1 -> 3;
			case 2 -> 20;
			default -> 1_000_000_000;
		};
		int[] capacities = random.ints(mentors, 0, 4).toArray();
		int[][] candidates = new int[mentees][];
		int[][] gains = new int[mentees][];
		for (int i = 0; i < mentees; i++) {
			int[] subset = random.ints(0, Math.max(mentors, 1)).limit(mentors == 0 ? 0 : random.nextInt(0, mentors + 1))
				.distinct()
				.toArray();
			candidates[i] = subset;
			gains[i] = random.ints(subset.length, 1, maxGain + 1).toArray();
		}
		return new AssignmentProblem(mentees, capacities, candidates, gains);
	}

	/** Each mentor listed by each mentee with the given probability, gains uniform in [1, maxGain]. */
	static AssignmentProblem randomPool(SplittableRandom random, int mentees, int mentors, int maxCapacity,
			double listed, int maxGain) {
		int[] capacities = random.ints(mentors, 0, maxCapacity + 1).toArray();
		if (listed >= 1.0) {
			Arrays.fill(capacities, maxCapacity);
		}
		int[][] candidates = new int[mentees][];
		int[][] gains = new int[mentees][];
		for (int i = 0; i < mentees; i++) {
			candidates[i] = IntStream.range(0, mentors).filter(j -> random.nextDouble() < listed)
				.toArray();
			gains[i] = random.ints(candidates[i].length, 1, maxGain + 1).toArray();
		}
		return new AssignmentProblem(mentees, capacities, candidates, gains);
	}

	private static int[][] filled(int rows, int[] row) {
		int[][] filled = new int[rows][];
		Arrays.setAll(filled, i -> row.clone());
		return filled;
	}

	private static long bruteForceMaximum(AssignmentProblem pool) {
		return bruteForce(pool, 0, pool.capacities());
	}

	private static long bruteForce(AssignmentProblem pool, int mentee, int[] room) {
		if (mentee == pool.mentees()) {
			return 0;
		}
		long best = bruteForce(pool, mentee + 1, room);
		int[] mentors = pool.sharedCandidates()[mentee];
		for (int k = 0; k < mentors.length; k++) {
			int j = mentors[k];
			if (room[j] > 0) {
				room[j]--;
				best = Math.max(best, pool.sharedGains()[mentee][k] + bruteForce(pool, mentee + 1, room));
				room[j]++;
			}
		}
		return best;
	}

	private static String describe(AssignmentProblem pool) {
		return "capacities " + Arrays.toString(pool.capacities()) + ", candidates "
				+ Arrays.deepToString(pool.candidates()) + ", gains " + Arrays.deepToString(pool.gains());
	}
}
