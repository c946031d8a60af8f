package org.passerelle.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.program.EligibilityOutcome.FAIL;
import static org.passerelle.program.EligibilityOutcome.LACKS_DATA;
import static org.passerelle.program.EligibilityOutcome.PASS;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passerelle.core.Language;
import org.passerelle.core.OrganisationId;
import org.passerelle.core.Province;
import org.passerelle.core.RuleViolationException;
import org.passerelle.program.EligibilityCriterion.AgeBetween;
import org.passerelle.program.EligibilityCriterion.ExperienceAtLeast;
import org.passerelle.program.EligibilityCriterion.ImmigrationStatusIn;
import org.passerelle.program.EligibilityCriterion.LanguageBenchmarkAtLeast;
import org.passerelle.program.EligibilityCriterion.MemberOf;
import org.passerelle.program.EligibilityCriterion.YearsInCanadaAtMost;
import org.passerelle.reference.ImmigrationStatus;

class EligibilityCriterionTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	EligibilityFacts facts = EligibilityFacts.unknown();

	@Test
	void whatIsNotKnownLacksDataRatherThanFails() {
		for (var template : ProgramTemplate.values()) {
			template.definition(new OrganisationId(UUID.randomUUID()))
				.menteeCriteria()
				.forEach(criterion -> assertThat(criterion.evaluate(facts, TODAY)).as(criterion.toString())
					.isEqualTo(LACKS_DATA));
		}
	}

	@Test
	void immigrationStatusMustBeOneOfTheSet() {
		var rule = new ImmigrationStatusIn(Set.of(ImmigrationStatus.PERMANENT_RESIDENT, ImmigrationStatus.CONVENTION_REFUGEE));
		assertThat(rule.evaluate(with(ImmigrationStatus.CONVENTION_REFUGEE), TODAY)).isEqualTo(PASS);
		assertThat(rule.evaluate(with(ImmigrationStatus.TEMPORARY_WORKER), TODAY)).isEqualTo(FAIL);
	}

	@Test
	void languageBenchmarkIsCheckedInItsOwnLanguage() {
		var rule = new LanguageBenchmarkAtLeast(Language.EN, 5);
		assertThat(rule.evaluate(languages(Map.of(Language.EN, 5)), TODAY)).isEqualTo(PASS);
		assertThat(rule.evaluate(languages(Map.of(Language.EN, 4)), TODAY)).isEqualTo(FAIL);
		assertThat(rule.evaluate(languages(Map.of(Language.FR, 9)), TODAY)).isEqualTo(LACKS_DATA);
	}

	@Test
	void yearsInCanadaCountFromTheArrivalDate() {
		var rule = new YearsInCanadaAtMost(5);
		assertThat(rule.evaluate(arrived(TODAY.minusYears(5)), TODAY)).isEqualTo(PASS);
		assertThat(rule.evaluate(arrived(TODAY.minusYears(5).minusDays(1)), TODAY)).isEqualTo(FAIL);
	}

	@Test
	void ageIsBetweenBothBoundsIncluded() {
		var rule = new AgeBetween(16, 21);
		assertThat(rule.evaluate(born(TODAY.minusYears(16)), TODAY)).isEqualTo(PASS);
		assertThat(rule.evaluate(born(TODAY.minusYears(22).plusDays(1)), TODAY)).isEqualTo(PASS);
		assertThat(rule.evaluate(born(TODAY.minusYears(22)), TODAY)).isEqualTo(FAIL);
		assertThat(rule.evaluate(born(TODAY.minusYears(16).plusDays(1)), TODAY)).isEqualTo(FAIL);
	}

	@Test
	void experienceAnywhereAddsBothAndPassesAsSoonAsKnownYearsSuffice() {
		var rule = new ExperienceAtLeast(5, ExperienceRegion.ANYWHERE);
		assertThat(rule.evaluate(experience(3, 2), TODAY)).isEqualTo(PASS);
		assertThat(rule.evaluate(experience(6, null), TODAY)).isEqualTo(PASS);
		assertThat(rule.evaluate(experience(3, null), TODAY)).isEqualTo(LACKS_DATA);
		assertThat(rule.evaluate(experience(3, 1), TODAY)).isEqualTo(FAIL);
		assertThat(new ExperienceAtLeast(2, ExperienceRegion.CANADA).evaluate(experience(10, 1), TODAY)).isEqualTo(FAIL);
	}

	@Test
	void membershipIsOfTheNamedOrganisation() {
		var host = new OrganisationId(UUID.randomUUID());
		var rule = new MemberOf(host);
		assertThat(rule.evaluate(members(Set.of(host)), TODAY)).isEqualTo(PASS);
		assertThat(rule.evaluate(members(Set.of(new OrganisationId(UUID.randomUUID()))), TODAY)).isEqualTo(FAIL);
	}

	@Test
	void impossibleCriteriaAreRefusedWithANamedRule() {
		assertThatThrownBy(() -> new LanguageBenchmarkAtLeast(Language.EN, 13)).isInstanceOf(RuleViolationException.class)
			.hasMessage("criterion.invalid.level");
		assertThatThrownBy(() -> new AgeBetween(30, 20)).hasMessage("criterion.invalid.ages");
		assertThatThrownBy(() -> new ImmigrationStatusIn(Set.of())).hasMessage("criterion.invalid.statuses");
	}

	static EligibilityFacts with(ImmigrationStatus status) {
		return new EligibilityFacts(status, null, null, null, null, null, null, null, null, null, null, null);
	}

	static EligibilityFacts languages(Map<Language, Integer> levels) {
		return new EligibilityFacts(null, null, levels, null, null, null, null, null, null, null, null, null);
	}

	static EligibilityFacts arrived(LocalDate date) {
		return new EligibilityFacts(null, null, null, null, null, null, null, date, null, null, null, null);
	}

	static EligibilityFacts born(LocalDate date) {
		return new EligibilityFacts(null, null, null, null, null, null, null, null, date, null, null, null);
	}

	static EligibilityFacts experience(Integer abroad, Integer canada) {
		return new EligibilityFacts(null, null, null, null, null, abroad, canada, null, null, null, null, null);
	}

	static EligibilityFacts members(Set<OrganisationId> organisations) {
		return new EligibilityFacts(null, null, null, Province.ON, null, null, null, null, null, organisations, null, null);
	}
}
