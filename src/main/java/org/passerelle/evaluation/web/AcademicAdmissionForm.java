package org.passerelle.evaluation.web;

import java.time.LocalDate;

import org.passerelle.evaluation.AcademicAdmission;
import org.springframework.format.annotation.DateTimeFormat;

/** An academic admission as a form. */
record AcademicAdmissionForm(String programName, String institution, Boolean related,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate admittedOn) {

	AcademicAdmission admission() {
		return new AcademicAdmission(programName, institution, related, admittedOn);
	}
}
