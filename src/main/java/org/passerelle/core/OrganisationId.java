package org.passerelle.core;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The identity of an organisation, shared by every module that refers to one (users belong to an
 * organisation, referrals come from one, programs are led by one).
 */
public record OrganisationId(@JsonValue UUID value) implements java.io.Serializable {

	public OrganisationId {
		java.util.Objects.requireNonNull(value, "value");
	}

	public static OrganisationId of(String value) {
		return new OrganisationId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
