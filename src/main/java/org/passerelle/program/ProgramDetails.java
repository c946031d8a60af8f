package org.passerelle.program;

import java.util.Map;
import java.util.Set;

import org.passerelle.core.Language;
import org.passerelle.core.OrganisationId;

/**
 * What describes a program: its name (unique), lead organisation, type, format, rules, languages
 * of service, matching weights and the intake steps it requires of mentees and mentors.
 */
public record ProgramDetails(String name, String description, OrganisationId leadOrganisation, ProgramType type,
		ProgramFormat format, ProgramRules rules, Set<Language> languages, Map<MatchingCriterion, Integer> weights,
		Set<IntakeRequirement> intake) {

	public ProgramDetails {
		intake = intake == null ? Set.of() : Set.copyOf(intake);
	}

	/** The details a template gives a new program named {@code name}. */
	public static ProgramDetails fromTemplate(ProgramTemplate template, String name, OrganisationId lead) {
		var definition = template.definition(lead);
		return new ProgramDetails(name, null, lead, definition.type(), definition.format(), definition.rules(),
				definition.languages(), definition.weights(), template.intake());
	}
}
