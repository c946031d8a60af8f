package org.passerelle.referral;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The identity of a referral.
 */
public record ReferralId(@JsonValue UUID value) {

	public ReferralId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
