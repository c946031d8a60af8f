package org.passerelle.privacy.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.passerelle.privacy.RequestOutcome;
import org.springframework.format.annotation.DateTimeFormat;

/** The answer given to a request, as of the request's version read. */
record AnswerForm(
		@NotNull(message = "{privacy.request.outcome.required}") RequestOutcome outcome,
		@NotNull(message = "{privacy.request.answeredOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate answeredOn,
		@Size(max = 4000, message = "{field.tooLong}") String response,
		@Size(max = 4000, message = "{field.tooLong}") String refusalReason,
		@NotNull(message = "{field.versionRequired}") Long version) {
}
