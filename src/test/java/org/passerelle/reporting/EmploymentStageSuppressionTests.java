package org.passerelle.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passerelle.core.Period;
import org.passerelle.evaluation.EmploymentOutcomes;
import org.passerelle.evaluation.OutcomeStage;
import org.passerelle.program.ProgramId;

/**
 * The employment stage table as a funder reads it (R-RPT-5): the same mentees at every stage, the
 * follow-ups due at closure being those closed — relations a reader uses, which the suppression
 * must defend. {@link StageAttacker} tries to recompute each withheld count by brute force.
 */
class EmploymentStageSuppressionTests {

	private static final ProgramId PROGRAM = new ProgramId(UUID.randomUUID());

	private static final Period YEAR = new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

	@Test
	void aCohortOfTwelveShowsNoSmallCountAndNoneCanBeRecomputed() {
		// at closure 12 closed, 11 reached, 9 employed, 6 in field; at 3 months 12 due, 10 reached, 8 employed, 5 in field
		var truth = new long[][] { { 12, 12, 11, 0, 9, 6 }, { 12, 12, 10, 0, 8, 5 }, { 12, 0, 0, 0, 0, 0 } };
		var funder = table(truth, true);
		assertThat(funder.rows()).extracting(row -> row.label().key()).containsExactly("CLOSURE", "3", "6");
		assertThat(funder.rows().get(1).figures().stream().anyMatch(ReportTable.Figure::withheld)).isTrue();
		assertThat(StageAttacker.attack(truth, funder)).isEmpty();
		var coordinator = table(truth, false);
		assertThat(StageAttacker.attack(truth, coordinator)).as("every figure shown gives small ones away").isNotEmpty();
		assertThat(CellSuppressionTests.values(coordinator.rows().get(1)).subList(0, 6)).containsExactly(12L, 12L, 10L,
				0L, 8L, 5L);
		assertThat(coordinator.rows().get(1).figure(coordinator.column("responseRate")).value()).isEqualTo(83.3);
		assertThat(coordinator.rows().get(1).figure(coordinator.column("employedRate")).value()).isEqualTo(80.0);
		assertThat(coordinator.rows().get(1).figure(coordinator.column("inFieldRate")).value()).isEqualTo(50.0);
	}

	@Test
	void noWithheldCountOfRandomCohortsCanBeRecomputed() {
		var random = new Random(20260601);
		for (int round = 0; round < 40; round++) {
			long closed = random.nextInt(4) == 0 ? 1 + random.nextInt(4) : 5 + random.nextInt(20);
			var truth = new long[3][];
			for (int s = 0; s < 3; s++) {
				long due = s == 0 ? closed : random.nextInt((int) closed + 1);
				long reached = random.nextInt((int) due + 1);
				long notReachable = s == 0 ? 0 : random.nextInt((int) (due - reached) + 1);
				long employed = random.nextInt((int) reached + 1);
				long inField = random.nextInt((int) employed + 1);
				truth[s] = new long[] { closed, due, reached, notReachable, employed, inField };
			}
			var funder = table(truth, true);
			assertThat(StageAttacker.attack(truth, funder)).as("round %d: %s", round, java.util.Arrays.deepToString(truth))
				.isEmpty();
		}
	}

	@Test
	void theCohortTableWithholdsWhatTheStageTableWithholdsForTheSameYear() {
		var truth = new long[][] { { 12, 12, 11, 0, 9, 6 }, { 12, 12, 10, 0, 8, 5 }, { 12, 0, 0, 0, 0, 0 } };
		var tables = section(truth).tables(new ReportScope(PROGRAM, YEAR, true));
		var stages = tables.get(0);
		var cohorts = tables.get(1);
		assertThat(cohorts.key()).isEqualTo("report.outcome.cohorts");
		assertThat(cohorts.rows()).extracting(row -> row.label().key()).containsExactly("2021", "2022", "2023", "2024",
				"2025");
		var year = cohorts.rows().getLast();
		assertThat(year.figure(cohorts.column("completed"))).isEqualTo(stages.rows().get(0).figure(0));
		assertThat(year.figure(cohorts.column("reached.closure"))).isEqualTo(stages.rows().get(0).figure(2));
		assertThat(year.figure(cohorts.column("reached.m3"))).isEqualTo(stages.rows().get(1).figure(2));
		assertThat(year.figure(cohorts.column("employedRate.m3"))).isEqualTo(stages.rows().get(1).figure(7));
	}

	private static ReportTable table(long[][] truth, boolean suppressed) {
		return section(truth).tables(new ReportScope(PROGRAM, YEAR, suppressed)).getFirst();
	}

	/** The section over outcomes that answer these stages for the year, nothing for the years before. */
	private static EmploymentOutcomeSection section(long[][] truth) {
		var outcomes = mock(EmploymentOutcomes.class);
		var stages = new ArrayList<OutcomeStage>();
		int[] months = { 0, 3, 6 };
		for (int s = 0; s < truth.length; s++) {
			var t = truth[s];
			stages.add(new OutcomeStage(s == 0 ? null : months[s], t[0], t[1], t[2], t[3], t[4], t[5]));
		}
		var none = List.of(new OutcomeStage(null, 0, 0, 0, 0, 0, 0), new OutcomeStage(3, 0, 0, 0, 0, 0, 0),
				new OutcomeStage(6, 0, 0, 0, 0, 0, 0));
		when(outcomes.stages(eq(PROGRAM), any(), any())).thenReturn(none);
		when(outcomes.stages(PROGRAM, YEAR.from(), YEAR.to())).thenReturn(stages);
		return new EmploymentOutcomeSection(outcomes);
	}
}
