package org.passerelle.core;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The days a report or a count covers, both included: one kind of period for every page and API
 * that counts over dates (the results of a period, the referrals per agency, the home page).
 *
 * <p><b>Unless said, the year to date</b>: from January 1 of the current year to today. A start
 * left out is January 1 of the end's year; an end left out is today. Days still to come hold nothing
 * to count, so a period never claims them by default.
 *
 * <p><b>Reversed dates are refused, never swapped</b>: an end before the start is a mistake the
 * person should see and correct, said on the end date in their language
 * ({@code reports.period.reversed}), like a date that is not one or one outside the years 1900 to
 * 2999.
 *
 * @throws InvalidFieldException on {@code to} when it comes before {@code from}, and on either
 *         date outside the years 1900 to 2999
 */
public record Period(LocalDate from, LocalDate to) {

	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

	public Period {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (from.isBefore(EARLIEST) || from.isAfter(LATEST)) {
			throw new InvalidFieldException("from", "reports.period.outOfRange");
		}
		if (to.isBefore(EARLIEST) || to.isAfter(LATEST)) {
			throw new InvalidFieldException("to", "reports.period.outOfRange");
		}
		if (to.isBefore(from)) {
			throw new InvalidFieldException("to", "reports.period.reversed");
		}
	}

	/** The year to date: from January 1 of {@code today}'s year to {@code today}. */
	public static Period yearToDate(LocalDate today) {
		return new Period(today.withDayOfYear(1), today);
	}

	/**
	 * The period asked for as dates already read (a date left out is {@code null}), completed as
	 * the class says: an end left out is today, a start left out is January 1 of the end's year.
	 *
	 * @throws InvalidFieldException as the constructor does
	 */
	public static Period of(LocalDate from, LocalDate to, LocalDate today) {
		var end = to == null ? today : to;
		return new Period(from == null ? end.withDayOfYear(1) : from, end);
	}

	/**
	 * The period a person asked for, as ISO dates ({@code 2026-01-31}, what date fields send),
	 * completed as {@link #of} does.
	 *
	 * @throws InvalidFieldException naming the date that is not one, or as the constructor does
	 */
	public static Period parse(String from, String to, LocalDate today) {
		return of(date("from", from), date("to", to), today);
	}

	private static LocalDate date(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidFieldException(field, "reports.period." + field + "Invalid");
		}
	}
}
