package org.passerelle.privacy.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.passerelle.privacy.DataRequestKind;
import org.passerelle.privacy.RequestChannel;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A request received for a person, named by their e-mail address or identifier. No deadline: it is
 * computed from the day received (a deadline sent to the API is ignored).
 */
record DataRequestForm(
		@NotBlank(message = "{privacy.request.person.required}") @Size(max = 320, message = "{field.tooLong}") String person,
		@NotNull(message = "{privacy.request.kind.required}") DataRequestKind kind,
		@NotNull(message = "{privacy.request.receivedOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
		@NotNull(message = "{privacy.request.receivedHow.required}") RequestChannel receivedHow,
		@Size(max = 4000, message = "{field.tooLong}") String details) {

	static DataRequestForm forPerson(String person, LocalDate today) {
		return new DataRequestForm(person, null, today, null, "");
	}
}
