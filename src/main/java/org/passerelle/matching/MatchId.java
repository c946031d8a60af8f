package org.passerelle.matching;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The identity of a match: a pair proposed, until the mentorship starts.
 */
public record MatchId(@JsonValue UUID value) {

	public MatchId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
