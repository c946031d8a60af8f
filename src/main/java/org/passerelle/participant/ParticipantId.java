package org.passerelle.participant;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The identity of a participant: one person, whatever programs they take part in.
 */
public record ParticipantId(@JsonValue UUID value) {

	public ParticipantId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
