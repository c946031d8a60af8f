package org.passerelle.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passerelle.program.EligibilityCriterion.Attestation;
import org.passerelle.program.EligibilityCriterion.ForeignDiploma;
import org.passerelle.program.EligibilityCriterion.WorkshopAttended;

/** The answer of an evaluation as a whole, without Spring. */
class EligibilityStatusTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	static final Attestation NEWCOMER = new Attestation("newcomer", "I am a newcomer.", "Je suis nouvellement arrivée.");

	static final WorkshopAttended JOB_SEARCH = new WorkshopAttended("job-search", "Job-search workshop",
			"Atelier de recherche d’emploi");

	static Eligibility evaluate(EligibilityFacts facts, EligibilityCriterion... criteria) {
		var program = new ProgramId(UUID.randomUUID());
		return new Eligibility(program, Audience.MENTEE, List.of(criteria)
			.stream()
			.map(criterion -> new Eligibility.Result(UUID.randomUUID(), criterion.kind(), criterion.evaluate(facts, TODAY),
					criterion.kind().name()))
			.toList());
	}

	static EligibilityFacts facts(Boolean diploma, Set<String> workshops, Map<String, Boolean> attestations) {
		return new EligibilityFacts(null, diploma, null, null, workshops, null, null, null, null, null, null, attestations);
	}

	@Test
	void isEligibleWhenEveryCriterionPassesAndWithoutCriteria() {
		var all = evaluate(facts(true, Set.of("job-search"), Map.of("newcomer", true)), NEWCOMER, JOB_SEARCH,
				new ForeignDiploma());
		assertThat(all.status()).isEqualTo(EligibilityStatus.ELIGIBLE);
		assertThat(all.eligible()).isTrue();
		assertThat(evaluate(EligibilityFacts.unknown()).status()).isEqualTo(EligibilityStatus.ELIGIBLE);
	}

	@Test
	void isIncompleteNamingWhatIsMissingWhenNothingFails() {
		var evaluation = evaluate(facts(true, null, Map.of()), NEWCOMER, JOB_SEARCH, new ForeignDiploma());
		assertThat(evaluation.status()).isEqualTo(EligibilityStatus.INCOMPLETE);
		assertThat(evaluation.eligible()).isFalse();
		assertThat(evaluation.lackingData()).extracting(Eligibility.Result::kind)
			.containsExactly(EligibilityCriterion.Kind.ATTESTATION, EligibilityCriterion.Kind.WORKSHOP_ATTENDED);
	}

	@Test
	void noWorkshopAttendedFailsTheWorkshopCriterionWhereNotKnownLacksData() {
		assertThat(JOB_SEARCH.evaluate(facts(null, Set.of(), Map.of()), TODAY)).isEqualTo(EligibilityOutcome.FAIL);
		assertThat(JOB_SEARCH.evaluate(facts(null, null, Map.of()), TODAY)).isEqualTo(EligibilityOutcome.LACKS_DATA);
	}

	@Test
	void isNotEligibleNamingTheFailedCriterionEvenWhenSomethingElseIsMissing() {
		var evaluation = evaluate(facts(null, Set.of(), Map.of()), NEWCOMER, JOB_SEARCH, new ForeignDiploma());
		assertThat(evaluation.status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
		assertThat(evaluation.failed()).extracting(Eligibility.Result::kind)
			.containsExactly(EligibilityCriterion.Kind.WORKSHOP_ATTENDED);
		assertThat(evaluation.lackingData()).hasSize(2);

		var refused = evaluate(facts(true, Set.of("job-search"), Map.of("newcomer", false)), NEWCOMER, JOB_SEARCH);
		assertThat(refused.status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
	}
}
