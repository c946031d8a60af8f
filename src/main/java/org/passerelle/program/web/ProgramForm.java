package org.passerelle.program.web;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.passerelle.core.Language;
import org.passerelle.core.OrganisationId;
import org.passerelle.program.Audience;
import org.passerelle.program.IntakeRequirement;
import org.passerelle.program.IntakeStep;
import org.passerelle.program.MatchingCriterion;
import org.passerelle.program.ProgramDetails;
import org.passerelle.program.ProgramFormat;
import org.passerelle.program.ProgramRules;
import org.passerelle.program.ProgramType;
import org.passerelle.program.ProgramView;

/**
 * A program's description and rules, as a form and as an API request body; {@code version} says
 * which state a change was made from.
 */
record ProgramForm(
		@NotBlank(message = "{program.name.required}") @Size(max = 200, message = "{field.tooLong}") String name,
		@Size(max = 4000, message = "{field.tooLong}") String description,
		@NotNull(message = "{program.leadOrganisation.required}") UUID leadOrganisationId,
		@NotNull(message = "{program.type.required}") ProgramType type,
		@NotNull(message = "{program.format.required}") ProgramFormat format, @Valid @NotNull ProgramRules rules,
		@NotEmpty(message = "{program.languages.required}") Set<Language> languages,
		Map<MatchingCriterion, @NotNull(message = "{field.required}") @Min(value = 0,
				message = "{field.min}") @Max(value = 100, message = "{field.max}") Integer> weights,
		Set<IntakeStep> menteeIntake, Set<IntakeStep> mentorIntake,
		@NotNull(groups = Change.class, message = "{field.versionRequired}") Long version) {

	/** Validation group of a change, which must say which version it changes. */
	interface Change {
	}

	static ProgramForm blank() {
		var weights = new EnumMap<MatchingCriterion, Integer>(MatchingCriterion.class);
		for (var criterion : MatchingCriterion.values()) {
			weights.put(criterion, 10);
		}
		return new ProgramForm("", "", null, ProgramType.OPEN, ProgramFormat.ONE_TO_ONE, ProgramRules.basic(),
				EnumSet.of(Language.FR, Language.EN), weights, EnumSet.of(IntakeStep.INTERVIEW),
				EnumSet.of(IntakeStep.INTERVIEW), null);
	}

	static ProgramForm of(ProgramView program) {
		return new ProgramForm(program.name(), program.description(), program.leadOrganisation().value(),
				program.type(), program.format(), program.rules(), program.languages(), program.weights(),
				Set.copyOf(program.intakeFor(Audience.MENTEE)), Set.copyOf(program.intakeFor(Audience.MENTOR)),
				program.version());
	}

	ProgramDetails details() {
		var allWeights = new EnumMap<MatchingCriterion, Integer>(MatchingCriterion.class);
		for (var criterion : MatchingCriterion.values()) {
			allWeights.put(criterion, weights == null ? 0 : weights.getOrDefault(criterion, 0));
		}
		var intake = new java.util.HashSet<IntakeRequirement>();
		(menteeIntake == null ? Set.<IntakeStep>of() : menteeIntake)
			.forEach(step -> intake.add(new IntakeRequirement(Audience.MENTEE, step)));
		(mentorIntake == null ? Set.<IntakeStep>of() : mentorIntake)
			.forEach(step -> intake.add(new IntakeRequirement(Audience.MENTOR, step)));
		return new ProgramDetails(name, description, new OrganisationId(leadOrganisationId), type, format, rules,
				languages, allWeights, intake);
	}
}
