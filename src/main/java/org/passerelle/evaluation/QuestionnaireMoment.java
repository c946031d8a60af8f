package org.passerelle.evaluation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * When a questionnaire is sent, and to whom. A moment falls on dates of each pair's mentorship —
 * {@code days} after its start, every {@code everyDays} after the first while it lasts, on its
 * closure, {@code months} after its closure — or once a year on {@code yearlyMonth}/{@code yearlyDay}
 * for the program's mentors.
 *
 * <p>A moment never reaches back before the day it was attached: a pulse attached today to a
 * program whose pairs started long ago asks them from its next date on, not for every date missed.
 *
 * @param removedOn the day it was detached; requests already made stay, none are added
 */
public record QuestionnaireMoment(UUID id, Kind kind, QuestionnaireAudience audience, Integer days,
		Integer everyDays, Integer months, Integer yearlyMonth, Integer yearlyDay, LocalDate createdOn,
		LocalDate removedOn) {

	/**
	 * A moment as a coordinator chooses it; only the numbers its kind needs are read. A yearly moment
	 * always asks the mentors.
	 */
	public record Draft(Kind kind, QuestionnaireAudience audience, Integer days, Integer everyDays, Integer months,
			Integer yearlyMonth, Integer yearlyDay) {
	}

	/** What a moment follows. */
	public enum Kind {
		/** {@code days} after the mentorship started. */
		AFTER_START,
		/** {@code days} after the start, then every {@code everyDays}, until the closure. */
		DURING,
		/** The day the mentorship closed. */
		AT_CLOSURE,
		/** {@code months} after the closure. */
		AFTER_CLOSURE,
		/** Each year on a day, to the mentors who took part in the year before. */
		YEARLY_FOR_MENTORS
	}

	/**
	 * The latest date on or before {@code today} when this moment falls for a pair that started on
	 * {@code startedOn} and closed on {@code closedOn} ({@code null} while it lasts); empty when it
	 * has not fallen yet, fell before the moment was attached, or does not follow pairs.
	 */
	public Optional<LocalDate> dueFor(LocalDate startedOn, LocalDate closedOn, LocalDate today) {
		LocalDate due = switch (kind) {
			case AFTER_START -> within(startedOn.plusDays(days), closedOn);
			case DURING -> {
				var first = startedOn.plusDays(days);
				var end = closedOn == null || today.isBefore(closedOn) ? today : closedOn;
				if (first.isAfter(end)) {
					yield null;
				}
				long periods = ChronoUnit.DAYS.between(first, end) / everyDays;
				yield first.plusDays(periods * everyDays);
			}
			case AT_CLOSURE -> closedOn;
			case AFTER_CLOSURE -> closedOn == null ? null : closedOn.plusMonths(months);
			case YEARLY_FOR_MENTORS -> null;
		};
		return Optional.ofNullable(due).filter(date -> !date.isAfter(today) && !date.isBefore(createdOn));
	}

	/** For a yearly moment, the latest of its days on or before {@code today}, if it was attached by then. */
	public Optional<LocalDate> yearlyDue(LocalDate today) {
		if (kind != Kind.YEARLY_FOR_MENTORS) {
			return Optional.empty();
		}
		var thisYear = yearly(today.getYear());
		var due = thisYear.isAfter(today) ? yearly(today.getYear() - 1) : thisYear;
		return Optional.of(due).filter(date -> !date.isBefore(createdOn));
	}

	/** Whether the moment still adds requests. */
	public boolean active() {
		return removedOn == null;
	}

	private LocalDate yearly(int year) {
		var month = YearMonth.of(year, yearlyMonth);
		return month.atDay(Math.min(yearlyDay, month.lengthOfMonth()));
	}

	private static LocalDate within(LocalDate date, LocalDate closedOn) {
		return closedOn != null && date.isAfter(closedOn) ? null : date;
	}
}
