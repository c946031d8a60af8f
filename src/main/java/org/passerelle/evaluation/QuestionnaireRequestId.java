package org.passerelle.evaluation;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One questionnaire asked of one person at one moment.
 */
public record QuestionnaireRequestId(@JsonValue UUID value) {

	public QuestionnaireRequestId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
