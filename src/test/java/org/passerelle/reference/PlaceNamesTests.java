package org.passerelle.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passerelle.core.Province;

class PlaceNamesTests {

	@Test
	void aQuebecAreaNamedByAPlaceAndADirectionHasAFrenchName() {
		assertThat(PlaceNames.french("Hull Central", Province.QC)).contains("Hull Centre");
		assertThat(PlaceNames.french("Gatineau Southeast", Province.QC)).contains("Gatineau Sud-Est");
		assertThat(PlaceNames.french("Rouyn-Noranda North", Province.QC)).contains("Rouyn-Noranda Nord");
	}

	@Test
	void noFrenchNameIsMadeUpForOtherWordsOrOutsideQuebec() {
		assertThat(PlaceNames.french("Downtown Montreal North", Province.QC)).isEmpty();
		assertThat(PlaceNames.french("Ottawa West", Province.ON)).isEmpty();
		assertThat(PlaceNames.french("Sainte-Adèle", Province.QC)).isEmpty();
	}

	@Test
	void namesWithEnglishWordsAreToldFromProperNames() {
		assertThat(PlaceNames.english("Ottawa (Lower Town / Sandy Hill / University of Ottawa)")).isTrue();
		assertThat(PlaceNames.english("Gloucester (West Orleans)")).isTrue();
		assertThat(PlaceNames.english("Kanata (Marchwood)")).isFalse();
		assertThat(PlaceNames.english("Val-des-Monts")).isFalse();
	}
}
