package org.passerelle.activity.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.passerelle.activity.ActivityDetails;
import org.passerelle.activity.ActivityKind;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new event — or a series of them, when it repeats — as the coordinator fills it in: the day,
 * the start time, and either the end time or the duration.
 *
 * @param mandatory empty for the program's rule
 * @param occurrences how many sessions, every {@code everyWeeks} weeks (by default the program's rhythm)
 */
record ActivityForm(@NotNull(message = "{activity.program.required}") UUID programId,
		@NotNull(message = "{activity.kind.required}") ActivityKind kind,
		@NotBlank(message = "{activity.title.required}") @Size(max = 200, message = "{field.tooLong}") String title,
		@Size(max = 4000, message = "{field.tooLong}") String description,
		@NotNull(message = "{activity.startsAt.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
		@NotNull(message = "{activity.startsAt.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startTime,
		@DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime endTime, Integer durationMinutes,
		@Size(max = 500, message = "{field.tooLong}") String place, Boolean mandatory,
		@Min(value = 1, message = "{activity.capacity.positive}") Integer capacity,
		@Min(value = 1, message = "{activity.series.occurrences.range}") @Max(value = 52, message = "{activity.series.occurrences.range}") Integer occurrences,
		@Min(value = 1, message = "{activity.series.everyWeeks.range}") @Max(value = 52, message = "{activity.series.everyWeeks.range}") Integer everyWeeks) {

	static ActivityForm blank(UUID program, LocalDate day) {
		// neither the end nor the length: the coordinator gives the one they know
		return new ActivityForm(program, ActivityKind.PEER_SUPPORT, "", "", day, LocalTime.of(18, 0), null, null, "", null,
				null, 1, null);
	}

	ActivityDetails details() {
		var start = date.atTime(startTime);
		return new ActivityDetails(kind, title, description, start, durationMinutes,
				endTime == null ? null : date.atTime(endTime), place, mandatory, capacity);
	}

	boolean series() {
		return occurrences != null && occurrences > 1;
	}

	/** The form's field for a field the service names. */
	static String field(String serviceField) {
		return switch (serviceField) {
			case "startsAt" -> "date";
			case "endsAt" -> "endTime";
			case "program" -> "programId";
			default -> serviceField;
		};
	}
}
