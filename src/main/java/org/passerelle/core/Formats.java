package org.passerelle.core;

import java.text.Normalizer;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and numbers written the way the reader's language writes them: "23 novembre 2026" and
 * "1 234" in French, "November 23, 2026" and "1,234" in English. Templates call it as
 * {@code ${@formats.date(...)}}.
 */
@Component("formats")
public class Formats {

	/** Names whose h is aspirated, which keep « de » in front of them. */
	private static final Set<String> ASPIRATED_H = Set.of("hull", "hongrie", "hollande", "honduras");

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

	/**
	 * A name after the French « de », elided before a vowel or a mute h: « d’Amina », « d’Hélène »,
	 * « d’Yves », « d’Emploi-Québec », but « de Jean », « de Yasmine », « de SITO », « de 2026 ».
	 * French messages need not call it: {@link TypographicMessageSource} applies it to every
	 * {@code de {n}} whose argument is a text.
	 */
	public static String deName(String name) {
		var text = name == null ? "" : name.strip();
		return (elidesDe(text) ? "d’" : "de ") + text;
	}

	private static boolean elidesDe(String word) {
		if (word.isEmpty()) {
			return false;
		}
		char first = baseLetter(word.charAt(0));
		if ("aeiouœæ".indexOf(first) >= 0) {
			return true;
		}
		if (first == 'y') {
			// Yves, Yvonne: y sounds as a vowel before a consonant; Yasmine, Yolande: as a consonant
			return word.length() > 1 && "aeiouy".indexOf(baseLetter(word.charAt(1))) < 0;
		}
		if (first == 'h') {
			// most names take a mute h (Hélène, Hugo, Halifax); the few aspirated ones keep « de »
			var firstWord = word.split("[\\s-]", 2)[0].toLowerCase(Locale.ROOT);
			return word.length() > 1 && Character.isLowerCase(word.charAt(1)) && !ASPIRATED_H.contains(firstWord);
		}
		return false;
	}

	private static char baseLetter(char c) {
		var decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
		return Character.toLowerCase(decomposed.charAt(0));
	}
}
