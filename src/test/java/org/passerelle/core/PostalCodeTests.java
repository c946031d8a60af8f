package org.passerelle.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostalCodeTests {

	@Test
	void readsAPostalCodeWhateverItsCaseAndSpacing() {
		assertThat(PostalCode.parse(" k1a0b1 ")).contains(new PostalCode("K1A 0B1"));
		assertThat(PostalCode.parse("J8X  3V9").map(PostalCode::forwardSortationArea)).contains("J8X");
	}

	@Test
	void refusesWhatIsNotACanadianPostalCode() {
		assertThat(PostalCode.parse("90210")).isEmpty();
		assertThat(PostalCode.parse("D1A 1A1")).as("D is never a first letter").isEmpty();
		assertThat(PostalCode.parse("K1A 0B")).isEmpty();
		assertThat(PostalCode.parse(null)).isEmpty();
	}
}
