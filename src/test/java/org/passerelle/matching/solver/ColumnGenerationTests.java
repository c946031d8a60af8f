package org.passerelle.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.passerelle.matching.solver.ColumnGeneration.Settings;
import org.passerelle.matching.solver.MatrixPool.Kind;

class ColumnGenerationTests {

	/** Lists so short that nearly every optimum needs pairs found by pricing. */
	private static final Settings SHORT_LISTS = new Settings(2, 1, 2, 1_000, 1);

	@Test
	void equalsTheExactMinCostFlowOnRandomPoolsOfEveryKindForBothObjectives() {
		SplittableRandom random = new SplittableRandom(2_026);
		int pricedOut = 0;
		int pricedAgainInPart = 0;
		for (int round = 0; round < 400; round++) {
			Kind kind = Kind.values()[round % Kind.values().length];
			MatrixPool pool = MatrixPool.random(random, random.nextInt(1, 25), random.nextInt(1, 13), kind,
					random.nextDouble(0.2, 1.0), 3);
			for (Objective objective : Objective.values()) {
				ExactFlow.Optimum exact = ExactFlow.solve(pool, objective);
				for (Settings settings : new Settings[] { SHORT_LISTS, Settings.defaults().withThreads(2) }) {
					CertifiedAssignment result = ColumnGeneration.solve(pool, objective, settings);

					String what = "round " + round + " " + kind + " " + objective + " " + settings;
					assertThat(pool.isFeasible(result.assignment())).as(what).isTrue();
					assertThat(result.assignment().total()).as(what).isEqualTo(exact.total());
					if (objective == Objective.MOST_MATCHED_THEN_TOTAL) {
						assertThat(result.assignment().matched()).as(what).isEqualTo(exact.matched());
					}
					assertThat(result.certificate().provenOptimal()).as(what).isTrue();
					assertThat(result.objective()).isEqualTo(objective);
					if (result.certificate().pairsAdded() > 0) {
						pricedOut++;
					}
					if (result.certificate().iterations() >= 3) {
						pricedAgainInPart++;
					}
				}
			}
		}
		// Otherwise these pools would never exercise the pricing, nor the passes after the second,
		// which price only the rows and columns whose duals fell.
		assertThat(pricedOut).isGreaterThan(100);
		assertThat(pricedAgainInPart).isGreaterThan(20);
	}

	@Test
	void mostMatchedGivesUpTotalToMatchOneMore() {
		// Ana–Xavier gains 10; Ana–Yann 1 and Bea–Xavier 1. The largest total leaves Bea unmatched
		// (10); matching both gives 2.
		MatrixPool pool = new MatrixPool(new int[][] { { 10, 1 }, { 1, 0 } }, new int[] { 1, 1 });

		Assignment total = ColumnGeneration.solve(pool, Objective.MAXIMUM_TOTAL).assignment();
		Assignment most = ColumnGeneration.solve(pool, Objective.MOST_MATCHED_THEN_TOTAL).assignment();

		assertThat(total.mentorOf()).containsExactly(0, -1);
		assertThat(total.total()).isEqualTo(10);
		assertThat(most.mentorOf()).containsExactly(1, 0);
		assertThat(most.total()).isEqualTo(2);
	}

	@Test
	void matchesEveryMentorWhenAllProfilesAreIdentical() {
		// The reproduction: 667 mentees, 333 mentors of capacity 1, every pair 71.05.
		int[][] gains = new int[667][333];
		for (int[] row : gains) {
			Arrays.fill(row, 7_105);
		}
		MatrixPool pool = new MatrixPool(gains, filled(333, 1));

		for (Objective objective : Objective.values()) {
			CertifiedAssignment result = ColumnGeneration.solve(pool, objective);

			assertThat(result.assignment().matched()).isEqualTo(333);
			assertThat(result.assignment().total()).isEqualTo(333L * 7_105);
			assertThat(result.certificate().provenOptimal()).isTrue();
		}
		assertThat(PoolSolver.greedy(pool).matched()).isEqualTo(333);
	}

	@Test
	void matchesEveryMentorWhenScoresAreCorrelatedWithTheMentor() {
		// The reproduction: 1,000 mentees × 500 mentors of capacity 1, every pair acceptable,
		// at correlation 0.8 and 0.5; the exact reference solves every one of the 500,000 pairs.
		for (double rho : new double[] { 0.8, 0.5 }) {
			SplittableRandom random = new SplittableRandom(8);
			double[] quality = random.doubles(500).toArray();
			int[][] gains = new int[1_000][500];
			for (int[] row : gains) {
				for (int j = 0; j < 500; j++) {
					row[j] = MatrixPool.correlated(random, quality[j], rho);
				}
			}
			MatrixPool pool = new MatrixPool(gains, filled(500, 1));
			long exact = PoolSolver.optimal(pool.problem()).total();

			CertifiedAssignment result = ColumnGeneration.solve(pool, Objective.MAXIMUM_TOTAL);

			assertThat(result.assignment().matched()).as("ρ = %s", rho).isEqualTo(500);
			assertThat(result.assignment().total()).as("ρ = %s", rho).isEqualTo(exact);
			assertThat(result.certificate().provenOptimal()).isTrue();
			assertThat(pool.isFeasible(result.assignment())).isTrue();
			if (rho == 0.8) {
				// The defect it replaces: each mentee's best 100 are mostly the same mentors.
				assertThat(PoolSolver.optimal(bestHundred(gains)).matched()).isLessThan(500);
			}
		}
	}

	@Test
	void certifiesWithoutScoringPairsThatCannotPriceOut() {
		SplittableRandom random = new SplittableRandom(3);
		MatrixPool pool = MatrixPool.random(random, 600, 300, Kind.RANDOM, 0.7, 3);

		CertifiedAssignment result = ColumnGeneration.solve(pool, Objective.MAXIMUM_TOTAL, Settings.defaults());

		Certificate certificate = result.certificate();
		assertThat(certificate.provenOptimal()).isTrue();
		assertThat(certificate.pairsScored()).isEqualTo(600L * Arrays.stream(pool.capacities()).filter(c -> c > 0).count());
		assertThat(certificate.pairsPriced()).isLessThan(certificate.iterations() * certificate.pairsScored());
		assertThat(result.assignment().total()).isEqualTo(PoolSolver.optimal(pool.problem()).total());
	}

	@Test
	void givesTheSameAssignmentWhateverTheNumberOfThreads() {
		MatrixPool pool = MatrixPool.random(new SplittableRandom(17), 500, 200, Kind.HEAVY_TIES, 0.6, 3);

		CertifiedAssignment one = ColumnGeneration.solve(pool, Objective.MAXIMUM_TOTAL, Settings.defaults().withThreads(1));
		CertifiedAssignment three = ColumnGeneration.solve(pool, Objective.MAXIMUM_TOTAL,
				Settings.defaults().withThreads(3));

		assertThat(three.assignment()).isEqualTo(one.assignment());
		assertThat(three.certificate()).isEqualTo(one.certificate());
	}

	@Test
	void takesAFloorHintAsAScorerMay() {
		SplittableRandom random = new SplittableRandom(29);
		for (int round = 0; round < 50; round++) {
			MatrixPool pool = MatrixPool.random(random, 40, 20, Kind.values()[round % 5], 0.5, 2);
			// Answers NONE below the floor, as a scorer that stops early would.
			PairGains skipping = new PairGains() {

				@Override
				public int mentees() {
					return pool.mentees();
				}

				@Override
				public int mentors() {
					return pool.mentors();
				}

				@Override
				public int capacity(int mentor) {
					return pool.capacity(mentor);
				}

				@Override
				public int gain(int mentee, int mentor) {
					return pool.gain(mentee, mentor);
				}

				@Override
				public int gain(int mentee, int mentor, int floor) {
					int g = pool.gain(mentee, mentor);
					return g < floor ? NONE : g;
				}
			};

			for (Objective objective : Objective.values()) {
				assertThat(ColumnGeneration.solve(skipping, objective, SHORT_LISTS).assignment().total())
					.isEqualTo(ExactFlow.solve(pool, objective).total());
			}
			assertThat(PoolSolver.greedy(skipping)).isEqualTo(PoolSolver.greedy(pool.problem()));
		}
	}

	@Test
	void saysWhenTheIterationLimitStoppedItBeforeTheProof() {
		MatrixPool pool = MatrixPool.random(new SplittableRandom(4), 60, 30, Kind.MENTOR_DRIVEN, 1.0, 1);

		CertifiedAssignment cut = ColumnGeneration.solve(pool, Objective.MAXIMUM_TOTAL, new Settings(1, 0, 1, 1, 1));

		assertThat(cut.certificate().provenOptimal()).isFalse();
		assertThat(cut.certificate().iterations()).isEqualTo(1);
		assertThat(pool.isFeasible(cut.assignment())).isTrue();
		assertThat(cut.assignment().total()).isLessThan(ExactFlow.solve(pool, Objective.MAXIMUM_TOTAL).total());
	}

	@Test
	void leavesEveryoneUnmatchedWhenNoPairIsAcceptableOrNoMentorHasRoom() {
		MatrixPool noPair = new MatrixPool(new int[3][2], new int[] { 1, 2 });
		MatrixPool noRoom = new MatrixPool(new int[][] { { 5, 6 }, { 7, 8 } }, new int[] { 0, 0 });
		MatrixPool empty = new MatrixPool(new int[0][0], new int[0]);

		for (MatrixPool pool : new MatrixPool[] { noPair, noRoom, empty }) {
			for (Objective objective : Objective.values()) {
				CertifiedAssignment result = ColumnGeneration.solve(pool, objective);
				assertThat(result.assignment().matched()).isZero();
				assertThat(result.assignment().total()).isZero();
				assertThat(result.certificate().provenOptimal()).isTrue();
			}
			assertThat(PoolSolver.greedy(pool).matched()).isZero();
		}
	}

	@Test
	void refusesANegativeGainOrCapacity() {
		MatrixPool negativeGain = new MatrixPool(new int[][] { { 3, -1 } }, new int[] { 1, 1 });
		MatrixPool negativeCapacity = new MatrixPool(new int[][] { { 3, 1 } }, new int[] { 1, -1 });

		assertThatIllegalArgumentException().isThrownBy(() -> ColumnGeneration.solve(negativeGain, Objective.MAXIMUM_TOTAL))
			.withMessageContaining("negative gain");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ColumnGeneration.solve(negativeCapacity, Objective.MAXIMUM_TOTAL))
			.withMessageContaining("negative capacity");
	}

	@Test
	void greedyOverTheLazyPoolIsGreedyOverEveryPairListed() {
		SplittableRandom random = new SplittableRandom(61);
		for (int round = 0; round < 200; round++) {
			MatrixPool pool = MatrixPool.random(random, random.nextInt(1, 120), random.nextInt(1, 90),
					Kind.values()[round % 5], random.nextDouble(0.1, 1.0), 3);

			Assignment lazy = PoolSolver.greedy(pool);

			assertThat(lazy).as("round %d", round).isEqualTo(PoolSolver.greedy(pool.problem()));
		}
	}

	private static int[] filled(int length, int value) {
		int[] array = new int[length];
		Arrays.fill(array, value);
		return array;
	}

	/** Each mentee's 100 best mentors by a stable sort, as pool runs kept them before column generation. */
	private static AssignmentProblem bestHundred(int[][] gains) {
		int[][] candidates = new int[gains.length][];
		int[][] kept = new int[gains.length][];
		for (int i = 0; i < gains.length; i++) {
			int[] row = gains[i];
			candidates[i] = java.util.stream.IntStream.range(0, row.length)
				.boxed()
				.sorted((a, b) -> Integer.compare(row[b], row[a]))
				.limit(100)
				.mapToInt(Integer::intValue)
				.toArray();
			kept[i] = Arrays.stream(candidates[i]).map(j -> row[j]).toArray();
		}
		return new AssignmentProblem(gains.length, filled(gains[0].length, 1), candidates, kept);
	}
}
