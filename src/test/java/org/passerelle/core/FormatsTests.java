package org.passerelle.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class FormatsTests {

	final Formats formats = new Formats(Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneId.of("America/Toronto")));

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void writesDatesAsEachLanguageDoes() {
		LocaleContextHolder.setLocale(Language.FR.locale());
		assertThat(formats.date(LocalDate.of(2026, 11, 23))).isEqualTo("23 novembre 2026");
		LocaleContextHolder.setLocale(Language.EN.locale());
		assertThat(formats.date(LocalDate.of(2026, 11, 23))).isEqualTo("November 23, 2026");
	}

	@Test
	void anInstantIsADateInTheOrganisationsTimeZone() {
		LocaleContextHolder.setLocale(Language.EN.locale());
		// 02:30 UTC on the 24th is still the 23rd in Ottawa
		assertThat(formats.date(Instant.parse("2026-11-24T02:30:00Z"))).isEqualTo("November 23, 2026");
	}

	@Test
	void writesNumbersAsEachLanguageDoes() {
		LocaleContextHolder.setLocale(Language.FR.locale());
		assertThat(formats.number(1234567).replace('\u202f', ' ').replace('\u00a0', ' ')).isEqualTo("1 234 567");
		LocaleContextHolder.setLocale(Language.EN.locale());
		assertThat(formats.number(1234567)).isEqualTo("1,234,567");
		assertThat(formats.number(null)).isEmpty();
	}

	@Test
	void aNameAfterDeElidesBeforeAVowelOrAMuteH() {
		assertThat(Formats.deName("Amina")).isEqualTo("d’Amina");
		assertThat(Formats.deName("Émilie")).isEqualTo("d’Émilie");
		assertThat(Formats.deName("Hélène")).isEqualTo("d’Hélène");
		assertThat(Formats.deName("Yves")).isEqualTo("d’Yves");
		assertThat(Formats.deName("OCISO")).isEqualTo("d’OCISO");
		assertThat(Formats.deName("Jean")).isEqualTo("de Jean");
		assertThat(Formats.deName("Yasmine")).isEqualTo("de Yasmine");
		assertThat(Formats.deName("Hull")).isEqualTo("de Hull");
		assertThat(Formats.deName("SITO")).isEqualTo("de SITO");
		assertThat(Formats.deName("2026")).isEqualTo("de 2026");
	}
}
