package org.passerelle.mentorship;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.passerelle.program.CompletionRule;
import org.passerelle.program.MeetingCadence;
import org.passerelle.program.ProgramRules;

/**
 * Where a pair stands against its program's rhythm, as OCISO's weekly meetings of at least an
 * hour set it.
 */
class CadenceTests {

	static final LocalDate START = LocalDate.of(2026, 12, 7);

	static final ProgramRules WEEKLY_HOUR = ProgramRules.builder()
		.durationWeeks(13)
		.meetingCadence(MeetingCadence.WEEKLY)
		.minimumMeetingMinutes(60)
		.completion(CompletionRule.afterWeeks(13))
		.build();

	@Test
	void aMeetingShorterThanTheMinimumIsNotCountedAndThePairFallsBehind() {
		var cadence = Cadence.evaluate(WEEKLY_HOUR, MentorshipStatus.ACTIVE, START, 28, 13, fourWeeks(), Map.of(),
				START.plusWeeks(4));
		assertThat(cadence.meetingsDone()).isEqualTo(3);
		assertThat(cadence.meetingsDue()).isEqualTo(4);
		assertThat(cadence.standing()).isEqualTo(Standing.BEHIND);
	}

	@Test
	void hoursDoneReadAsTheHoursThatCountTowardCompletion() {
		// 75 + 45 + 75 + 60 minutes: 4.25 hours, which the mentorship page showed as 4.3 above and 4.2 below
		var cadence = Cadence.evaluate(WEEKLY_HOUR, MentorshipStatus.ACTIVE, START, 28, 13, fourWeeks(), Map.of(),
				START.plusWeeks(4));
		var completion = Completion.evaluate(WEEKLY_HOUR.completion(), 4, 4.25, null, EmploymentStatus.SEEKING);
		assertThat(cadence.hoursDone()).isEqualTo(4.2).isEqualTo(completion.hoursDone());
	}

	private static List<Map.Entry<LocalDate, Integer>> fourWeeks() {
		return List.of(Map.entry(START.plusWeeks(1), 75), Map.entry(START.plusWeeks(2), 45),
				Map.entry(START.plusWeeks(3), 75), Map.entry(START.plusWeeks(4), 60));
	}
}
