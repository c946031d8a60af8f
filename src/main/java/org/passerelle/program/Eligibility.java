package org.passerelle.program;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A person evaluated against a program's criteria for one audience: each criterion's outcome,
 * described in the reader's language, and the {@link #status() answer} they make together.
 */
public record Eligibility(ProgramId program, Audience audience, List<Result> results) {

	/** Eligible when every criterion passes. */
	@JsonProperty("eligible")
	public boolean eligible() {
		return results.stream().allMatch(result -> result.outcome() == EligibilityOutcome.PASS);
	}

	/**
	 * Not eligible when a criterion fails, even if others lack data; incomplete when none fails but
	 * some lack data; otherwise eligible.
	 */
	@JsonProperty("status")
	public EligibilityStatus status() {
		if (!failed().isEmpty()) {
			return EligibilityStatus.NOT_ELIGIBLE;
		}
		return lackingData().isEmpty() ? EligibilityStatus.ELIGIBLE : EligibilityStatus.INCOMPLETE;
	}

	/** The criteria that fail, which make the person not eligible. */
	@JsonProperty("failed")
	public List<Result> failed() {
		return withOutcome(EligibilityOutcome.FAIL);
	}

	/** The criteria that lack data: what is missing to tell. */
	@JsonProperty("missing")
	public List<Result> lackingData() {
		return withOutcome(EligibilityOutcome.LACKS_DATA);
	}

	private List<Result> withOutcome(EligibilityOutcome outcome) {
		return results.stream().filter(result -> result.outcome() == outcome).toList();
	}

	/** One criterion's outcome. */
	public record Result(UUID criterion, EligibilityCriterion.Kind kind, EligibilityOutcome outcome,
			String description) {
	}
}
