package org.passerelle.mentorship;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.passerelle.program.CompletionRule;
import org.springframework.context.support.StaticMessageSource;

/**
 * The completion rule (R-MEN-8), as the CSCPQ placement program sets it: 144 hours and the
 * mandatory peer meetings attended; or a job in the field; or admission to a related academic
 * program — and the other shapes a program may give it.
 */
class CompletionTests {

	static final CompletionRule CSCPQ = new CompletionRule(null, BigDecimal.valueOf(144), true, true, true);

	@Test
	void hoursAndSessionsComplete() {
		var completion = Completion.evaluate(CSCPQ, 20, 144, true, EmploymentStatus.SEEKING);
		assertThat(completion.holds()).isTrue();
		assertThat(completion.basis()).isEqualTo(CompletionBasis.HOURS_AND_SESSIONS);
		assertThat(completion.missing()).isEmpty();
		assertThat(completion.hoursRequired()).isEqualTo(144.0);
	}

	@Test
	void hoursWithoutTheSessionsDoNotComplete() {
		var completion = Completion.evaluate(CSCPQ, 20, 200, false, EmploymentStatus.SEEKING);
		assertThat(completion.holds()).isFalse();
		assertThat(completion.basis()).isNull();
		assertThat(completion.missing()).containsExactly(Completion.MISSING_SESSIONS, Completion.OR_JOB,
				Completion.OR_ADMISSION);
	}

	@Test
	void sessionsNotKnownYetDoNotCompleteAndSaySo() {
		var completion = Completion.evaluate(CSCPQ, 20, 150, null, EmploymentStatus.UNKNOWN);
		assertThat(completion.holds()).isFalse();
		assertThat(completion.missing()).startsWith(Completion.SESSIONS_UNKNOWN)
			.doesNotContain(Completion.MISSING_SESSIONS, Completion.MISSING_HOURS);
	}

	@Test
	void anHourShortDoesNotComplete() {
		var completion = Completion.evaluate(CSCPQ, 20, 143.9, true, EmploymentStatus.SEEKING);
		assertThat(completion.holds()).isFalse();
		assertThat(completion.missing()).containsExactly(Completion.MISSING_HOURS, Completion.OR_JOB,
				Completion.OR_ADMISSION);
		assertThat(completion.hoursDone()).isEqualTo(143.9);
	}

	@Test
	void hoursJustShortNeverReadAsTheMinimum() {
		var completion = Completion.evaluate(CSCPQ, 20, 143.99, true, EmploymentStatus.SEEKING);
		assertThat(completion.holds()).isFalse();
		assertThat(completion.hoursDone()).isEqualTo(143.9);
	}

	@Test
	void aJobInTheFieldCompletesAtAnyTime() {
		var completion = Completion.evaluate(CSCPQ, 1, 3, null, EmploymentStatus.EMPLOYED_IN_FIELD);
		assertThat(completion.holds()).isTrue();
		assertThat(completion.basis()).isEqualTo(CompletionBasis.JOB_IN_FIELD);
		assertThat(completion.missing()).isEmpty();
	}

	@Test
	void admissionToAnAcademicProgramCompletesAtAnyTime() {
		var completion = Completion.evaluate(CSCPQ, 0, 0, false, EmploymentStatus.STUDYING);
		assertThat(completion.holds()).isTrue();
		assertThat(completion.basis()).isEqualTo(CompletionBasis.ACADEMIC_ADMISSION);
	}

	@Test
	void theHoursComeFirstWhenSeveralPartsHold() {
		assertThat(Completion.evaluate(CSCPQ, 30, 160, true, EmploymentStatus.EMPLOYED_IN_FIELD).basis())
			.isEqualTo(CompletionBasis.HOURS_AND_SESSIONS);
	}

	@ParameterizedTest
	@EnumSource(value = EmploymentStatus.class, names = { "EMPLOYED_OTHER", "SEEKING", "NOT_SEEKING", "UNKNOWN" })
	void noOtherEmploymentCompletes(EmploymentStatus employment) {
		assertThat(Completion.evaluate(CSCPQ, 30, 10, true, employment).holds()).isFalse();
	}

	@Test
	void noEmploymentKnownIsNotAJob() {
		assertThat(Completion.evaluate(CSCPQ, 30, 10, true, null).holds()).isFalse();
	}

	@Test
	void aJobCompletesOnlyWhereTheProgramSaysSo() {
		var hoursOnly = new CompletionRule(null, BigDecimal.valueOf(24), false, false, false);
		var completion = Completion.evaluate(hoursOnly, 10, 5, null, EmploymentStatus.EMPLOYED_IN_FIELD);
		assertThat(completion.holds()).isFalse();
		assertThat(completion.missing()).containsExactly(Completion.MISSING_HOURS);
		assertThat(Completion.evaluate(hoursOnly, 10, 5, null, EmploymentStatus.STUDYING).holds()).isFalse();
		assertThat(Completion.evaluate(hoursOnly, 10, 24, null, EmploymentStatus.SEEKING).holds())
			.as("no session asked: unknown attendance does not matter")
			.isTrue();
	}

	@Test
	void weeksAndHoursBothCount() {
		var rule = new CompletionRule(12, BigDecimal.valueOf(24), false, false, false);
		assertThat(Completion.evaluate(rule, 12, 24, null, null).holds()).isTrue();
		var tooShort = Completion.evaluate(rule, 11, 30, null, null);
		assertThat(tooShort.holds()).isFalse();
		assertThat(tooShort.missing()).containsExactly(Completion.MISSING_WEEKS);
		var neither = Completion.evaluate(rule, 3, 6, null, null);
		assertThat(neither.missing()).containsExactly(Completion.MISSING_WEEKS, Completion.MISSING_HOURS);
		assertThat(neither.weeksDone()).isEqualTo(3);
		assertThat(neither.weeksRequired()).isEqualTo(12);
	}

	@Test
	void theWeeksAloneMayBeTheRule() {
		var rule = CompletionRule.afterWeeks(26);
		assertThat(Completion.evaluate(rule, 26, 0, null, EmploymentStatus.SEEKING).basis())
			.isEqualTo(CompletionBasis.HOURS_AND_SESSIONS);
		assertThat(Completion.evaluate(rule, 25, 0, null, EmploymentStatus.SEEKING).missing())
			.containsExactly(Completion.MISSING_WEEKS, Completion.OR_JOB);
	}

	@Test
	void aJobAloneMayBeTheRule() {
		var rule = new CompletionRule(null, null, false, true, false);
		assertThat(Completion.evaluate(rule, 100, 500, true, EmploymentStatus.SEEKING).missing())
			.containsExactly(Completion.OR_JOB);
		assertThat(Completion.evaluate(rule, 0, 0, null, EmploymentStatus.EMPLOYED_IN_FIELD).basis())
			.isEqualTo(CompletionBasis.JOB_IN_FIELD);
	}

	@Test
	void aProgramWithoutARuleNeverCompletes() {
		var none = new CompletionRule(null, null, false, false, false);
		var completion = Completion.evaluate(none, 52, 500, true, EmploymentStatus.EMPLOYED_IN_FIELD);
		assertThat(completion.holds()).isFalse();
		assertThat(completion.missing()).containsExactly(Completion.NO_RULE);
		assertThat(completion.noRule()).isTrue();
		assertThat(Completion.evaluate(CSCPQ, 1, 1, true, null).noRule()).isFalse();
	}

	@Test
	void theExplanationNamesEachMandatorySessionMissed() {
		var rule = new CompletionRule(null, null, true, false, false);
		var completion = Completion.evaluate(rule, 10, 40, false, null)
			.withMissedSessions(List.of(new Completion.MissedSession("Pairs 2", LocalDate.of(2027, 3, 12)),
					new Completion.MissedSession("Pairs 4", LocalDate.of(2027, 4, 9))));
		var messages = new StaticMessageSource();
		messages.addMessage("completion.missing.sessionsNamed", Locale.ENGLISH, "missed “{0}” of {1,date,long}");
		assertThat(completion.explanation()).extracting(item -> messages.getMessage(item, Locale.ENGLISH))
			.containsExactly("missed “Pairs 2” of March 12, 2027", "missed “Pairs 4” of April 9, 2027");
		assertThat(Completion.evaluate(rule, 10, 40, false, null).explanation())
			.extracting(item -> item.getCodes()[0])
			.containsExactly(Completion.MISSING_SESSIONS);
	}

	@Test
	void sessionsAloneMayBeTheRule() {
		var rule = new CompletionRule(null, null, true, false, false);
		assertThat(Completion.evaluate(rule, 0, 0, true, null).holds()).isTrue();
		assertThat(Completion.evaluate(rule, 40, 400, false, null).missing()).containsExactly(Completion.MISSING_SESSIONS);
		assertThat(Completion.evaluate(rule, 40, 400, null, null).missing()).containsExactly(Completion.SESSIONS_UNKNOWN);
	}

	@Test
	void theExplanationCarriesTheNumbers() {
		var completion = Completion.evaluate(new CompletionRule(12, BigDecimal.valueOf(144), false, true, false), 4,
				37.25, null, EmploymentStatus.SEEKING);
		var explanation = completion.explanation();
		assertThat(explanation).hasSize(3);
		assertThat(explanation.get(0).getCodes()).containsExactly(Completion.MISSING_WEEKS);
		assertThat(explanation.get(0).getArguments()).containsExactly(4L, 12);
		assertThat(explanation.get(1).getArguments()).containsExactly(37.2, 144.0);
		assertThat(explanation.get(2).getCodes()).containsExactly(Completion.OR_JOB);
	}
}
