package org.passerelle.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The iCalendar writer follows RFC 5545: CRLF lines of at most 75 octets, escaped text, all-day
 * and timed events in UTC.
 */
class ICalendarTests {

	static final Instant STAMP = Instant.parse("2026-12-01T13:00:00Z");

	@Test
	void anAllDayEventAndATimedOneInTheOrganisationsZone() {
		var text = ICalendar.write("Passerelle — Awa", List.of(
				ICalendar.Event.allDay("m-1@passerelle", LocalDate.of(2026, 11, 20), "Rencontre de mentorat", null, null),
				ICalendar.Event.at("a-1@passerelle", LocalDateTime.of(2026, 12, 3, 18, 30), 90, "Réseautage",
						"Soirée; apportez vos CV, SVP", "1200, rue Sainte-Catherine", "https://example.org/activities/1")),
				ZoneId.of("America/Toronto"), STAMP);
		assertThat(text).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(text).contains("DTSTART;VALUE=DATE:20261120\r\n", "DTEND;VALUE=DATE:20261121\r\n");
		assertThat(text).as("18:30 in Toronto in December is 23:30 UTC")
			.contains("DTSTART:20261203T233000Z\r\n", "DTEND:20261204T010000Z\r\n");
		assertThat(text).contains("DESCRIPTION:Soirée\\; apportez vos CV\\, SVP\r\n",
				"LOCATION:1200\\, rue Sainte-Catherine\r\n", "DTSTAMP:20261201T130000Z\r\n");
		assertThat(text.split("\r\n")).allSatisfy(line -> assertThat(line).doesNotContain("\n"));
	}

	@Test
	void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
		var summary = "é".repeat(100);
		var text = ICalendar.write("x", List.of(ICalendar.Event.allDay("u", LocalDate.of(2026, 1, 1), summary,
				"une\nligne", null)), ZoneId.of("UTC"), STAMP);
		for (var line : text.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		var unfolded = text.replace("\r\n ", "");
		assertThat(unfolded).contains("SUMMARY:" + summary + "\r\n", "DESCRIPTION:une\\nligne\r\n");
	}
}
