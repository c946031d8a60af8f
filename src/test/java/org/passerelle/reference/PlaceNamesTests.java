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
	void compoundDirectionsReadInFrenchToo() {
		assertThat(PlaceNames.french("Plateau Mont-Royal Southeast", Province.QC)).contains("Plateau Mont-Royal Sud-Est");
		assertThat(PlaceNames.french("Gatineau Northwest", Province.QC)).contains("Gatineau Nord-Ouest");
		assertThat(PlaceNames.french("Plateau Mont-Royal North Central", Province.QC))
			.contains("Plateau Mont-Royal Centre-Nord");
		assertThat(PlaceNames.french("Ahuntsic South Central", Province.QC)).contains("Ahuntsic Centre-Sud");
		assertThat(PlaceNames.french("Hull South East", Province.QC)).contains("Hull Sud-Est");
		assertThat(PlaceNames.french("Hull South-West", Province.QC)).contains("Hull Sud-Ouest");
		assertThat(PlaceNames.french("Centre-Sud South", Province.QC)).contains("Centre-Sud Sud");
		assertThat(PlaceNames.french("Downtown Montreal North Central", Province.QC)).isEmpty();
		assertThat(PlaceNames.french("Verdun Central North", Province.QC)).isEmpty();
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
