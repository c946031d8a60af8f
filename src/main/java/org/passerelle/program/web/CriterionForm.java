package org.passerelle.program.web;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.passerelle.core.Language;
import org.passerelle.core.OrganisationId;
import org.passerelle.core.Province;
import org.passerelle.program.Audience;
import org.passerelle.program.EligibilityCriterion;
import org.passerelle.program.EligibilityCriterion.Kind;
import org.passerelle.program.ExperienceRegion;
import org.passerelle.reference.ImmigrationStatus;

/**
 * A new eligibility criterion as the program page's form gives it: its audience, its kind and
 * whichever parameters that kind needs.
 */
record CriterionForm(@NotNull(message = "{criterion.audience.required}") Audience audience,
		@NotNull(message = "{criterion.kind.required}") Kind kind, Set<ImmigrationStatus> statuses,
		Language language, Integer level, Province province, String key, String textEn, String textFr, Integer years,
		ExperienceRegion region, Integer minimum, Integer maximum, UUID organisationId, Integer months) {

	static CriterionForm empty() {
		return new CriterionForm(Audience.MENTEE, null, Set.of(), Language.EN, null, Province.QC, "", "", "", null,
				ExperienceRegion.ANYWHERE, null, null, null, null);
	}

	/**
	 * The criterion these fields describe.
	 * @throws org.passerelle.core.RuleViolationException naming what is missing or impossible
	 */
	EligibilityCriterion criterion() {
		return switch (kind) {
			case IMMIGRATION_STATUS -> new EligibilityCriterion.ImmigrationStatusIn(statuses == null ? Set.of() : statuses);
			case FOREIGN_DIPLOMA -> new EligibilityCriterion.ForeignDiploma();
			case LANGUAGE_BENCHMARK -> new EligibilityCriterion.LanguageBenchmarkAtLeast(language, orZero(level, "level"));
			case RESIDENT_OF -> new EligibilityCriterion.ResidentOf(province);
			case WORKSHOP_ATTENDED -> new EligibilityCriterion.WorkshopAttended(key, textEn, textFr);
			case EXPERIENCE_AT_LEAST -> new EligibilityCriterion.ExperienceAtLeast(orZero(years, "years"), region);
			case YEARS_IN_CANADA_AT_MOST -> new EligibilityCriterion.YearsInCanadaAtMost(orZero(years, "years"));
			case AGE_BETWEEN -> new EligibilityCriterion.AgeBetween(orZero(minimum, "ages"), orZero(maximum, "ages"));
			case MEMBER_OF -> new EligibilityCriterion.MemberOf(
					organisationId == null ? null : new OrganisationId(organisationId));
			case COMMITMENT_AT_LEAST -> new EligibilityCriterion.CommitmentAtLeast(orZero(months, "months"));
			case ATTESTATION -> new EligibilityCriterion.Attestation(key, textEn, textFr);
		};
	}

	private static int orZero(Integer value, String what) {
		if (value == null) {
			throw new org.passerelle.core.RuleViolationException("criterion.invalid." + what);
		}
		return value;
	}
}
