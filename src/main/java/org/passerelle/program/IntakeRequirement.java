package org.passerelle.program;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One intake step a program requires of its mentees or of its mentors.
 */
@Embeddable
public record IntakeRequirement(@Enumerated(EnumType.STRING) Audience audience,
		@Enumerated(EnumType.STRING) IntakeStep step) {
}
