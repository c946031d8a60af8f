package org.passerelle.program;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * When a participation counts as completed (R-MEN-8): the minimum weeks and hours, with the
 * mandatory group sessions attended if required; or, where the program says so, a job in the
 * field or admission to a related academic program at any time.
 *
 * @param minimumWeeks weeks the relationship must last, or null for no minimum
 * @param minimumHours contact or placement hours, or null for no minimum
 * @param mandatorySessionsAttended whether the mandatory group sessions must all be attended
 * @param employmentInFieldCompletes whether a job in the field completes at any time
 * @param academicAdmissionCompletes whether admission to a related program completes at any time
 */
@Embeddable
public record CompletionRule(
		@Min(value = 1, message = "{field.min}") @Max(value = 520, message = "{field.max}") Integer minimumWeeks,
		@DecimalMin(value = "0.5", message = "{field.min}") @DecimalMax(value = "10000", message = "{field.max}") BigDecimal minimumHours,
		boolean mandatorySessionsAttended,
		boolean employmentInFieldCompletes, boolean academicAdmissionCompletes) {

	public static CompletionRule afterWeeks(int weeks) {
		return new CompletionRule(weeks, null, false, true, false);
	}
}
