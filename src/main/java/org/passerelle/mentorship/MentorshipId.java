package org.passerelle.mentorship;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The identity of a mentorship.
 */
public record MentorshipId(@JsonValue UUID value) {

	public MentorshipId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
