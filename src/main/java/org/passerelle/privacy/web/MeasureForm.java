package org.passerelle.privacy.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A measure taken about an incident, as of the incident's version read. */
record MeasureForm(
		@NotNull(message = "{privacy.incident.measure.takenOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate takenOn,
		@NotBlank(message = "{privacy.incident.measure.description.required}") @Size(max = 4000, message = "{field.tooLong}") String description,
		@NotNull(message = "{field.versionRequired}") Long version) {
}
