package org.passerelle.evaluation.web;

import java.time.LocalDate;

import org.passerelle.evaluation.EmploymentAnswer;
import org.passerelle.mentorship.EmploymentStatus;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Where a person stands with work, as a form: a follow-up's answer, or an entry the coordinator
 * adds to the history on a date ({@code recordedOn}, only there).
 */
record EmploymentAnswerForm(EmploymentStatus status, String employer, String occupationCode,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn, Integer hoursPerWeek,
		Boolean throughMentorNetwork, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate recordedOn) {

	static EmploymentAnswerForm blank() {
		return new EmploymentAnswerForm(null, "", "", null, null, false, null);
	}

	EmploymentAnswer answer() {
		return new EmploymentAnswer(status, employer, occupationCode, startedOn, hoursPerWeek,
				Boolean.TRUE.equals(throughMentorNetwork));
	}
}
