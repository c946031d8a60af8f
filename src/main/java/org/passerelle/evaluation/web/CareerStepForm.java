package org.passerelle.evaluation.web;

import java.time.LocalDate;

import org.passerelle.evaluation.CareerStep;
import org.passerelle.evaluation.CareerStepKind;
import org.springframework.format.annotation.DateTimeFormat;

/** An interview obtained or a training followed, as a form. */
record CareerStepForm(CareerStepKind kind, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate happenedOn,
		String description) {

	CareerStep step() {
		return new CareerStep(kind, happenedOn, description);
	}
}
