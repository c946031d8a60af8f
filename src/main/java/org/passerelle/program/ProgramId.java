package org.passerelle.program;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The identity of a program.
 */
public record ProgramId(@JsonValue UUID value) {

	public ProgramId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
