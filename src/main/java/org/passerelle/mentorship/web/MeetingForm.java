package org.passerelle.mentorship.web;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.passerelle.mentorship.MeetingDetails;
import org.passerelle.mentorship.MeetingMode;
import org.passerelle.mentorship.MeetingTheme;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A meeting as a form and an API body; {@code version} says which state a correction was made from.
 * Serializable: kept in the session (in PostgreSQL) across the redirect when it is refused.
 */
record MeetingForm(@NotNull(message = "{meeting.heldOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
		@NotNull(message = "{meeting.minutes.range}") @Min(value = 1, message = "{meeting.minutes.range}") @Max(value = 720, message = "{meeting.minutes.range}") Integer minutes,
		@NotNull(message = "{meeting.mode.required}") MeetingMode mode, Set<MeetingTheme> themes,
		@Size(max = 4000, message = "{field.tooLong}") String sharedNote,
		@Size(max = 4000, message = "{field.tooLong}") String privateNote, Long version) implements java.io.Serializable {

	MeetingDetails details() {
		return new MeetingDetails(heldOn, minutes, mode, themes, sharedNote, privateNote);
	}
}
