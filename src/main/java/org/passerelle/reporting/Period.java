package org.passerelle.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

import org.passerelle.core.InvalidFieldException;

/**
 * The days a report covers, both included.
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

	/** The calendar year of {@code today}, from January 1 to December 31. */
	public static Period yearOf(LocalDate today) {
		return new Period(today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()));
	}

	/**
	 * The period a person asked for, as ISO dates ({@code 2026-01-31}, what date fields send); a
	 * date left out is that end of the current year.
	 *
	 * @throws InvalidFieldException naming the date that is not one, or as the constructor does
	 */
	public static Period parse(String from, String to, LocalDate today) {
		var year = yearOf(today);
		return new Period(date("from", from, year.from()), date("to", to, year.to()));
	}

	private static LocalDate date(String field, String text, LocalDate absent) {
		if (text == null || text.isBlank()) {
			return absent;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidFieldException(field, "reports.period." + field + "Invalid");
		}
	}
}
