package org.passerelle.evaluation;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A program's questionnaire, whatever its version.
 */
public record QuestionnaireId(@JsonValue UUID value) {

	public QuestionnaireId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
