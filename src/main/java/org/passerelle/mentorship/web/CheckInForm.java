package org.passerelle.mentorship.web;

import java.time.LocalDate;

import org.passerelle.mentorship.CheckInDetails;
import org.passerelle.mentorship.CheckInProgress;
import org.passerelle.mentorship.MeetingMode;
import org.passerelle.mentorship.Party;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A check-in as a form and an API body.
 * Serializable: kept in the session (in PostgreSQL) across the redirect when it is refused.
 */
record CheckInForm(@NotNull(message = "{checkIn.party.required}") Party party,
		@NotNull(message = "{checkIn.heldOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
		@NotNull(message = "{meeting.mode.required}") MeetingMode mode,
		@NotNull(message = "{checkIn.satisfaction.range}") @Min(value = 1, message = "{checkIn.satisfaction.range}") @Max(value = 5, message = "{checkIn.satisfaction.range}") Integer satisfaction,
		@NotNull(message = "{checkIn.progress.required}") CheckInProgress progress, Boolean meetingsAsAgreed,
		Boolean needsFollowUp, @Size(max = 4000, message = "{field.tooLong}") String notes) implements java.io.Serializable {

	CheckInDetails details() {
		return new CheckInDetails(party, heldOn, mode, satisfaction, progress, Boolean.TRUE.equals(meetingsAsAgreed),
				Boolean.TRUE.equals(needsFollowUp), notes);
	}
}
