package org.passerelle.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passerelle.evaluation.QuestionnaireMoment.Kind;

/**
 * The dates a moment falls on for a pair: after the start, regularly during the mentorship, at and
 * after closure, yearly; never before the moment was attached.
 */
class QuestionnaireMomentTests {

	static final LocalDate START = LocalDate.of(2026, 1, 10);

	static QuestionnaireMoment moment(Kind kind, Integer days, Integer every, Integer months, LocalDate createdOn) {
		return new QuestionnaireMoment(UUID.randomUUID(), kind, QuestionnaireAudience.BOTH, days, every, months, 6, 30,
				createdOn, null);
	}

	@Test
	void aPulseFallsAt30DaysThenEvery60UntilClosure() {
		var pulse = moment(Kind.DURING, 30, 60, null, START);
		var dates = new ArrayList<LocalDate>();
		for (var day = START; day.isBefore(START.plusDays(400)); day = day.plusDays(1)) {
			pulse.dueFor(START, START.plusDays(200), day).filter(due -> !dates.contains(due)).ifPresent(dates::add);
		}
		assertThat(dates).containsExactly(START.plusDays(30), START.plusDays(90), START.plusDays(150));
		assertThat(pulse.dueFor(START, null, START.plusDays(29))).isEmpty();
		assertThat(pulse.dueFor(START, null, START.plusDays(89))).contains(START.plusDays(30));
	}

	@Test
	void neverReachesBackBeforeTheMomentWasAttached() {
		var pulse = moment(Kind.DURING, 30, 60, null, START.plusDays(100));
		assertThat(pulse.dueFor(START, null, START.plusDays(100))).as("day 90 fell before it was attached").isEmpty();
		assertThat(pulse.dueFor(START, null, START.plusDays(150))).contains(START.plusDays(150));
	}

	@Test
	void afterTheStartOnlyWhileThePairLasts() {
		var afterStart = moment(Kind.AFTER_START, 14, null, null, START);
		assertThat(afterStart.dueFor(START, null, START.plusDays(20))).contains(START.plusDays(14));
		assertThat(afterStart.dueFor(START, START.plusDays(10), START.plusDays(20))).isEmpty();
	}

	@Test
	void closureMomentsFollowTheClosure() {
		var closed = START.plusDays(120);
		assertThat(moment(Kind.AT_CLOSURE, null, null, null, START).dueFor(START, null, closed)).isEmpty();
		assertThat(moment(Kind.AT_CLOSURE, null, null, null, START).dueFor(START, closed, closed)).contains(closed);
		var later = moment(Kind.AFTER_CLOSURE, null, null, 3, START);
		assertThat(later.dueFor(START, closed, closed.plusMonths(3).minusDays(1))).isEmpty();
		assertThat(later.dueFor(START, closed, closed.plusMonths(4))).contains(closed.plusMonths(3));
	}

	@Test
	void theYearlyMomentFallsOnItsDayEachYear() {
		var yearly = moment(Kind.YEARLY_FOR_MENTORS, null, null, null, LocalDate.of(2026, 3, 1));
		assertThat(yearly.yearlyDue(LocalDate.of(2026, 6, 29))).as("last year's fell before it was attached").isEmpty();
		assertThat(yearly.yearlyDue(LocalDate.of(2026, 6, 30))).contains(LocalDate.of(2026, 6, 30));
		assertThat(yearly.yearlyDue(LocalDate.of(2027, 2, 1))).contains(LocalDate.of(2026, 6, 30));
	}
}
