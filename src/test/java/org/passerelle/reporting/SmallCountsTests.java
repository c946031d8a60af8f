package org.passerelle.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Funders never read a count that could single out a person (R-RPT-5), not even by taking the
 * other rows from the total.
 */
class SmallCountsTests {

	@Test
	void countsFromOneToFourAreWithheldAndZerosAndFivesShown() {
		var table = SmallCounts.suppress(List.of(new long[] { 0, 1, 4, 5, 12 }), new long[] { 0, 1, 4, 5, 12 });
		assertThat(table.rows().getFirst()).containsExactly(0L, null, null, 5L, 12L);
		assertThat(table.total()).containsExactly(0L, null, null, 5L, 12L);
	}

	@Test
	void aLoneWithheldCountTakesTheSmallestOtherWithItWhereTheTotalIsShown() {
		var table = SmallCounts.suppress(List.of(new long[] { 3 }, new long[] { 9 }, new long[] { 7 }, new long[] { 0 }),
				new long[] { 19 });
		assertThat(table.rows()).extracting(row -> row[0]).containsExactly(null, 9L, null, 0L);
		assertThat(table.total()).containsExactly(19L);
	}

	@Test
	void twoWithheldCountsNeedNoOther() {
		var table = SmallCounts.suppress(List.of(new long[] { 3 }, new long[] { 2 }, new long[] { 7 }), new long[] { 12 });
		assertThat(table.rows()).extracting(row -> row[0]).containsExactly(null, null, 7L);
		assertThat(table.total()).containsExactly(12L);
	}

	@Test
	void aWithheldTotalProtectsItsRows() {
		var table = SmallCounts.suppress(List.of(new long[] { 3 }, new long[] { 0 }), new long[] { 3 });
		assertThat(table.rows()).extracting(row -> row[0]).containsExactly(null, 0L);
		assertThat(table.total()).containsExactly((Long) null);
	}

	@Test
	void everyCountIsKeptForThoseWhoMaySeeThem() {
		var table = SmallCounts.keep(List.of(new long[] { 1, 2 }), new long[] { 1, 2 });
		assertThat(table.rows().getFirst()).containsExactly(1L, 2L);
		assertThat(table.total()).containsExactly(1L, 2L);
	}
}
