package org.passerelle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passerelle.mentorship.CertificateLanguage;

class LanguageCodeTests {

	@ParameterizedTest
	@ValueSource(strings = { "fr", "FR", "fr-CA", "fr_CA", " Fr ", "FR-ca", "fr-FR" })
	void everyFormOfAFrenchCodeIsFrench(String code) {
		assertThat(Language.fromCode(code)).contains(Language.FR);
		assertThat(Language.parse(code)).isEqualTo(Language.FR);
		assertThat(CertificateLanguage.fromCode(code)).contains(CertificateLanguage.FR);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "EN", "en-CA", "en_CA", " En ", "en-US" })
	void everyFormOfAnEnglishCodeIsEnglish(String code) {
		assertThat(Language.fromCode(code)).contains(Language.EN);
		assertThat(Language.parse(code)).isEqualTo(Language.EN);
		assertThat(CertificateLanguage.fromCode(code)).contains(CertificateLanguage.EN);
	}

	@Test
	void otherLanguagesAndEmptyCodesAreNotPasserellesLanguages() {
		assertThat(Language.fromCode("de")).isEmpty();
		assertThat(Language.fromCode("fra")).isEmpty();
		assertThat(Language.fromCode("")).isEmpty();
		assertThat(Language.fromCode(null)).isEmpty();
		assertThatThrownBy(() -> Language.parse("es-MX")).isInstanceOf(IllegalArgumentException.class);
		assertThat(Language.of(Locale.GERMANY)).isEmpty();
		assertThat(Language.of(Locale.CANADA_FRENCH)).contains(Language.FR);
		assertThat(CertificateLanguage.fromCode(" Both ")).contains(CertificateLanguage.BOTH);
	}

	@Test
	void aSpokenLanguageCodeKeepsOnlyItsLanguageInLowerCase() {
		assertThat(Language.primaryCode(" CMN ")).isEqualTo("cmn");
		assertThat(Language.primaryCode("yue-HK")).isEqualTo("yue");
		assertThat(Language.primaryCode("pt_BR")).isEqualTo("pt");
		assertThat(Language.primaryCode(null)).isEmpty();
	}
}
