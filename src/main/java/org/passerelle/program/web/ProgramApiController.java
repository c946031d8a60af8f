package org.passerelle.program.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import org.passerelle.core.Language;
import org.passerelle.core.OrganisationId;
import org.passerelle.identity.Actor;
import org.passerelle.identity.UserId;
import org.passerelle.program.Audience;
import org.passerelle.program.Eligibility;
import org.passerelle.program.EligibilityCriterion;
import org.passerelle.program.EligibilityFacts;
import org.passerelle.program.EligibilityQuestions;
import org.passerelle.program.MatchingCriterion;
import org.passerelle.program.ProgramFormat;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.passerelle.program.ProgramSummary;
import org.passerelle.program.ProgramTemplate;
import org.passerelle.program.ProgramType;
import org.passerelle.program.ProgramView;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Programs and their templates over REST, scoped like the pages: administrators create programs
 * and assign coordinators; the assigned coordinators change rules and criteria.
 */
@RestController
@Tag(name = "Programs", description = "Programs, their templates, rules, eligibility criteria and coordinators")
class ProgramApiController {

	private final ProgramManagement programs;

	private final MessageSource messages;

	ProgramApiController(ProgramManagement programs, MessageSource messages) {
		this.programs = programs;
		this.messages = messages;
	}

	@GetMapping("/api/program-templates")
	@Operation(summary = "Every program model of the seeds, with the rules a new program gets from it")
	List<TemplateResource> templates(Locale locale) {
		return java.util.Arrays.stream(ProgramTemplate.values()).map(template -> {
			var definition = template.definition(ProgramTemplate.LEAD);
			return new TemplateResource(template, messages.getMessage(template.nameKey(), null, locale),
					messages.getMessage(template.nameKey() + ".description", null, locale), definition.type(),
					definition.format(), definition.rules(), definition.languages(), definition.weights(),
					definition.menteeCriteria(), definition.mentorCriteria());
		}).toList();
	}

	@PostMapping("/api/program-templates/{template}/programs")
	@Operation(summary = "Create a program from a template (administrators)")
	ResponseEntity<ProgramResource> createFromTemplate(Actor actor, @PathVariable ProgramTemplate template,
			@Valid @RequestBody NewProgramFromTemplate request, Locale locale) {
		var program = programs.createFromTemplate(actor, template, request.name(),
				new OrganisationId(request.leadOrganisationId()));
		return ResponseEntity.created(URI.create("/api/programs/" + program.id()))
			.body(resource(actor, program, locale));
	}

	@GetMapping("/api/programs")
	@Operation(summary = "The programs the caller may see")
	List<ProgramSummary> list(Actor actor) {
		return programs.list(actor);
	}

	@GetMapping("/api/programs/{id}")
	@Operation(summary = "One program; 404 when it does not exist or lies outside the caller's scope")
	ProgramResource find(Actor actor, @PathVariable ProgramId id, Locale locale) {
		return resource(actor, programs.find(actor, id), locale);
	}

	@PostMapping("/api/programs")
	@Operation(summary = "Create a program from explicit rules (administrators)")
	ResponseEntity<ProgramResource> create(Actor actor, @Valid @RequestBody ProgramForm request, Locale locale) {
		var program = programs.create(actor, request.details());
		return ResponseEntity.created(URI.create("/api/programs/" + program.id()))
			.body(resource(actor, program, locale));
	}

	@PutMapping("/api/programs/{id}")
	@Operation(summary = "Change a program's rules; 409 when it changed since the given version")
	ProgramResource change(Actor actor, @PathVariable ProgramId id,
			@Validated({ Default.class, ProgramForm.Change.class }) @RequestBody ProgramForm request, Locale locale) {
		return resource(actor, programs.change(actor, id, request.version(), request.details()), locale);
	}

	@PostMapping("/api/programs/{id}/criteria")
	@Operation(summary = "Add an eligibility criterion for mentees or mentors")
	ProgramResource addCriterion(Actor actor, @PathVariable ProgramId id, @Valid @RequestBody NewCriterion request,
			Locale locale) {
		return resource(actor, programs.addCriterion(actor, id, request.audience(), request.criterion()),
				locale);
	}

	@DeleteMapping("/api/programs/{id}/criteria/{criterionId}")
	@Operation(summary = "Remove an eligibility criterion")
	ProgramResource removeCriterion(Actor actor, @PathVariable ProgramId id, @PathVariable UUID criterionId, Locale locale) {
		return resource(actor, programs.removeCriterion(actor, id, criterionId), locale);
	}

	@PutMapping("/api/programs/{id}/coordinators")
	@Operation(summary = "Assign the program's coordinators (administrators)")
	ProgramResource assignCoordinators(Actor actor, @PathVariable ProgramId id, @Valid @RequestBody Coordinators request,
			Locale locale) {
		var chosen = request.coordinators().stream().map(UserId::new).collect(Collectors.toSet());
		return resource(actor, programs.assignCoordinators(actor, id, chosen), locale);
	}

	@PostMapping("/api/programs/{id}/eligibility")
	@Operation(summary = "Evaluate a person against the program's criteria: each passes, fails or lacks data")
	Eligibility evaluate(Actor actor, @PathVariable ProgramId id, @Valid @RequestBody EligibilityRequest request,
			Locale locale) {
		return programs.evaluate(actor, id, request.audience(),
				request.facts() == null ? EligibilityFacts.unknown() : request.facts(), locale);
	}

	@GetMapping("/api/programs/{id}/questions")
	@Operation(summary = "What the program's criteria for an audience ask of a person — the facts they read, each "
			+ "attestation and each workshop — in the caller's language: the fields to fill in a referral, an "
			+ "application or a profile")
	EligibilityQuestions questions(Actor actor, @PathVariable ProgramId id,
			@RequestParam(defaultValue = "MENTEE") Audience audience, Locale locale) {
		return programs.find(actor, id).questionsFor(audience, locale);
	}

	private ProgramResource resource(Actor actor, ProgramView program, Locale locale) {
		var descriptions = programs.describeCriteria(actor, program.id(), locale);
		return new ProgramResource(program.id().value(), program.version(), program.name(), program.description(),
				program.leadOrganisation().value(), program.leadOrganisationName(), program.type(), program.format(),
				program.template(), program.rules(), program.languages(), program.weights(),
				program.criteria()
					.stream()
					.map(criterion -> new CriterionResource(criterion.id(), criterion.audience(), criterion.rule(),
							descriptions.get(criterion.id())))
					.toList(),
				program.coordinators().stream().map(UserId::value).collect(Collectors.toSet()), program.intake(),
				program.createdAt());
	}

	/** A template and what a new program takes from it. */
	record TemplateResource(ProgramTemplate template, String name, String description, ProgramType type,
			ProgramFormat format, ProgramRules rules, Set<Language> languages, Map<MatchingCriterion, Integer> weights,
			List<EligibilityCriterion> menteeCriteria, List<EligibilityCriterion> mentorCriteria) {
	}

	/** A program as the API shows it, each criterion with its description in the caller's language. */
	record ProgramResource(UUID id, long version, String name, String description, UUID leadOrganisationId,
			String leadOrganisationName, ProgramType type, ProgramFormat format, ProgramTemplate template,
			ProgramRules rules, Set<Language> languages, Map<MatchingCriterion, Integer> weights,
			List<CriterionResource> criteria, Set<UUID> coordinators, Set<org.passerelle.program.IntakeRequirement> intake,
			Instant createdAt) {
	}

	/** An eligibility criterion with its id and description. */
	record CriterionResource(UUID id, Audience audience, EligibilityCriterion rule, String description) {
	}

	/** A new program from a template: its name and lead organisation. */
	record NewProgramFromTemplate(
			@NotBlank(message = "{program.name.required}") @Size(max = 200, message = "{field.tooLong}") String name,
			@NotNull(message = "{program.leadOrganisation.required}") UUID leadOrganisationId) {
	}

	/** A criterion to add, and whom it applies to. */
	record NewCriterion(@NotNull(message = "{criterion.audience.required}") Audience audience,
			@NotNull(message = "{criterion.kind.required}") EligibilityCriterion criterion) {
	}

	/** The coordinators of a program: accounts with the coordinator role. */
	record Coordinators(@NotNull(message = "{field.required}") Set<UUID> coordinators) {
	}

	/** What is known of a person, and whether they would be a mentee or a mentor. */
	record EligibilityRequest(@NotNull(message = "{criterion.audience.required}") Audience audience,
			EligibilityFacts facts) {
	}
}
