package org.passerelle.privacy;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** The identity of a confidentiality incident in the register. */
public record IncidentId(@JsonValue UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}
}
