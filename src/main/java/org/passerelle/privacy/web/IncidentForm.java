package org.passerelle.privacy.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.passerelle.privacy.IncidentDetails;
import org.passerelle.privacy.RiskLevel;
import org.springframework.format.annotation.DateTimeFormat;

/** A confidentiality incident as the privacy officer records it, on the page and through the API. */
record IncidentForm(
		@NotBlank(message = "{privacy.incident.whatHappened.required}") @Size(max = 4000, message = "{field.tooLong}") String whatHappened,
		@NotBlank(message = "{privacy.incident.informationConcerned.required}") @Size(max = 4000, message = "{field.tooLong}") String informationConcerned,
		@NotNull(message = "{privacy.incident.personsCount.required}") @Min(value = 0, message = "{privacy.incident.personsCount.negative}") Integer personsCount,
		@NotBlank(message = "{privacy.incident.personsDescription.required}") @Size(max = 4000, message = "{field.tooLong}") String personsDescription,
		@NotNull(message = "{privacy.incident.occurredOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
		@NotNull(message = "{privacy.incident.knownOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate knownOn,
		@NotNull(message = "{privacy.incident.sensitivity.required}") RiskLevel sensitivity,
		@NotBlank(message = "{privacy.incident.consequences.required}") @Size(max = 4000, message = "{field.tooLong}") String consequences,
		@NotNull(message = "{privacy.incident.likelihood.required}") RiskLevel likelihood,
		Boolean seriousRisk,
		@NotBlank(message = "{privacy.incident.reasoning.required}") @Size(max = 4000, message = "{field.tooLong}") String reasoning,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate commissionNoticePlanned,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate personsNoticePlanned) {

	static IncidentForm empty() {
		return new IncidentForm("", "", null, "", null, null, null, "", null, false, "", null, null);
	}

	IncidentDetails details() {
		return new IncidentDetails(whatHappened, informationConcerned, personsCount, personsDescription, occurredOn,
				knownOn, sensitivity, consequences, likelihood, Boolean.TRUE.equals(seriousRisk), reasoning,
				commissionNoticePlanned, personsNoticePlanned);
	}
}
