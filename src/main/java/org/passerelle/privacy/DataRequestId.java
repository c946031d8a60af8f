package org.passerelle.privacy;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** The identity of a person's request about their personal information. */
public record DataRequestId(@JsonValue UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}
}
