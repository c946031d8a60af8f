package org.passerelle.core;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and numbers written the way the reader's language writes them: "23 novembre 2026" and
 * "1 234" in French, "November 23, 2026" and "1,234" in English. Templates call it as
 * {@code ${@formats.date(...)}}.
 */
@Component("formats")
public class Formats {

	private final Clock clock;

	Formats(Clock clock) {
		this.clock = clock;
	}

	public String date(TemporalAccessor date) {
		return date(date, LocaleContextHolder.getLocale());
	}

	/** A date as a reader of {@code locale} writes it, for what is written outside a request: e-mails, files. */
	public String date(TemporalAccessor date, Locale locale) {
		if (date == null) {
			return "";
		}
		var local = date instanceof Instant instant ? LocalDate.ofInstant(instant, clock.getZone()) : date;
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(local);
	}

	/** A day and a time of the organisation's zone, as a reader of {@code locale} writes them. */
	public String dateTime(LocalDateTime dateTime, Locale locale) {
		if (dateTime == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale).format(dateTime);
	}

	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(LocaleContextHolder.getLocale())
			.withZone(clock.getZone())
			.format(instant);
	}

	/** A matching score or points, always with one decimal: "71.1", « 71,1 ». */
	public String score(Number score) {
		if (score == null) {
			return "";
		}
		var format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		return format.format(score);
	}

	public String number(Number number) {
		return number == null ? "" : NumberFormat.getNumberInstance(LocaleContextHolder.getLocale()).format(number);
	}
}
