package org.passerelle.identity;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The identity of a user account.
 */
public record UserId(@JsonValue UUID value) implements java.io.Serializable {

	public UserId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
