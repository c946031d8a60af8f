package org.passerelle.program;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.passerelle.core.Language;
import org.passerelle.core.OrganisationId;
import org.passerelle.identity.UserId;

/**
 * A program as its pages and the API show it.
 */
public record ProgramView(ProgramId id, long version, String name, String description,
		OrganisationId leadOrganisation, String leadOrganisationName, ProgramType type, ProgramFormat format,
		ProgramTemplate template, ProgramRules rules, Set<Language> languages, Map<MatchingCriterion, Integer> weights,
		List<Criterion> criteria, Set<UserId> coordinators, Set<IntakeRequirement> intake, Instant createdAt) {

	/** The intake steps required of an audience, in their natural order. */
	public List<IntakeStep> intakeFor(Audience audience) {
		return intake.stream()
			.filter(requirement -> requirement.audience() == audience)
			.map(IntakeRequirement::step)
			.sorted()
			.toList();
	}

	/** The criteria for one audience, in their order. */
	public List<Criterion> criteriaFor(Audience audience) {
		return criteria.stream().filter(criterion -> criterion.audience() == audience).toList();
	}

	/** What the criteria for one audience ask of a person, written in the language of {@code locale}. */
	public EligibilityQuestions questionsFor(Audience audience, Locale locale) {
		return EligibilityQuestions.of(id, audience, criteriaFor(audience).stream().map(Criterion::rule).toList(), locale);
	}

	/** An eligibility criterion with its id, so that it can be removed. */
	public record Criterion(UUID id, Audience audience, EligibilityCriterion rule) {
	}
}
