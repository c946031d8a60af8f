package org.passerelle.program;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.passerelle.core.Language;
import org.passerelle.core.OrganisationId;
import org.passerelle.core.Province;
import org.passerelle.reference.ImmigrationStatus;

/**
 * What is known of a person that eligibility criteria look at. A null value is "not known": a
 * criterion that needs it lacks data rather than fails.
 *
 * @param languageLevels Canadian Language Benchmark (English) or NCLC (French) level per language
 * @param workshopsAttended keys of the workshops attended, such as {@code job-search}
 * @param attestations yes/no answers to a program's attestations, by key
 */
public record EligibilityFacts(ImmigrationStatus immigrationStatus, Boolean foreignDiploma,
		Map<Language, Integer> languageLevels, Province province, Set<String> workshopsAttended,
		Integer yearsExperienceAbroad, Integer yearsExperienceCanada, LocalDate arrivalInCanada, LocalDate birthDate,
		Set<OrganisationId> organisations, Integer commitmentMonths, Map<String, Boolean> attestations) {

	public EligibilityFacts {
		languageLevels = languageLevels == null ? Map.of() : Map.copyOf(languageLevels);
		attestations = attestations == null ? Map.of() : Map.copyOf(attestations);
	}

	/** Nothing known. */
	public static EligibilityFacts unknown() {
		return new EligibilityFacts(null, null, null, null, null, null, null, null, null, null, null, null);
	}
}
