package org.passerelle.activity;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The identity of a group session or event.
 */
public record ActivityId(@JsonValue UUID value) {

	public ActivityId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
