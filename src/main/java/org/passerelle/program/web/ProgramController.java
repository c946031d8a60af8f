package org.passerelle.program.web;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.passerelle.core.DuplicateValueException;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.Forms;
import org.passerelle.core.Language;
import org.passerelle.core.OrganisationId;
import org.passerelle.core.Province;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.identity.OrganisationDirectory;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserId;
import org.passerelle.identity.UserManagement;
import org.passerelle.program.Audience;
import org.passerelle.program.EligibilityCriterion;
import org.passerelle.program.ExperienceRegion;
import org.passerelle.program.MatchingCriterion;
import org.passerelle.program.MatchingObjective;
import org.passerelle.program.MeetingCadence;
import org.passerelle.program.ProgramFormat;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramTemplate;
import org.passerelle.program.ProgramType;
import org.passerelle.reference.ImmigrationStatus;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of programs: the list, a new program from a template or from blank rules, one
 * program with its rules, criteria and coordinators, and the form that changes its rules.
 */
@Controller
@RequestMapping("/programs")
class ProgramController {

	private final ProgramManagement programs;

	private final AccessPolicy policy;

	private final OrganisationDirectory organisations;

	private final UserManagement users;

	ProgramController(ProgramManagement programs, AccessPolicy policy, OrganisationDirectory organisations,
			UserManagement users) {
		this.programs = programs;
		this.policy = policy;
		this.organisations = organisations;
		this.users = users;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("types", ProgramType.values());
		model.addAttribute("formats", ProgramFormat.values());
		model.addAttribute("cadences", MeetingCadence.values());
		model.addAttribute("objectives", MatchingObjective.values());
		model.addAttribute("allLanguages", Language.values());
		model.addAttribute("matchingCriteria", MatchingCriterion.values());
		model.addAttribute("templates", ProgramTemplate.values());
		model.addAttribute("intakeSteps", org.passerelle.program.IntakeStep.values());
	}

	@GetMapping
	String list(Actor actor, Model model) {
		model.addAttribute("programs", programs.list(actor));
		model.addAttribute("mayCreate", policy.mayCreatePrograms(actor));
		return "programs/list";
	}

	@GetMapping("/new")
	String chooseTemplate(Actor actor, Model model) {
		policy.require(policy.mayCreatePrograms(actor));
		return templateForm(model, new TemplateForm(null, "", null));
	}

	@PostMapping("/from-template")
	String createFromTemplate(Actor actor, @Valid @ModelAttribute("start") TemplateForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		policy.require(policy.mayCreatePrograms(actor));
		if (!result.hasErrors()) {
			try {
				var program = programs.createFromTemplate(actor, form.template(), form.name(),
						new OrganisationId(form.leadOrganisationId()));
				redirect.addFlashAttribute("saved", "program.created");
				return "redirect:/programs/" + program.id();
			}
			catch (DuplicateValueException | InvalidFieldException | RuleViolationException ex) {
				Forms.reject(result, ex, ProgramController::formField);
			}
		}
		Forms.keep(model, "start", form, result);
		return templateForm(model, form);
	}

	@GetMapping("/new/blank")
	String newBlank(Actor actor, Model model) {
		policy.require(policy.mayCreatePrograms(actor));
		return form(model, ProgramForm.blank(), null);
	}

	@PostMapping
	String create(Actor actor, @Valid @ModelAttribute("program") ProgramForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		policy.require(policy.mayCreatePrograms(actor));
		if (!result.hasErrors()) {
			try {
				var program = programs.create(actor, form.details());
				redirect.addFlashAttribute("saved", "program.saved");
				return "redirect:/programs/" + program.id();
			}
			catch (DuplicateValueException | InvalidFieldException | RuleViolationException ex) {
				Forms.reject(result, ex, ProgramController::formField);
			}
		}
		Forms.keep(model, "program", form, result);
		return form(model, form, null);
	}

	@GetMapping("/{id}")
	String show(Actor actor, @PathVariable ProgramId id, Model model) {
		return detail(actor, id, model, CriterionForm.empty());
	}

	@GetMapping("/{id}/edit")
	String edit(Actor actor, @PathVariable ProgramId id, Model model) {
		policy.require(programs.mayChange(actor, id));
		return form(model, ProgramForm.of(programs.find(actor, id)), id);
	}

	@PostMapping("/{id}")
	String change(Actor actor, @PathVariable ProgramId id, @Valid @ModelAttribute("program") ProgramForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		policy.require(programs.mayChange(actor, id));
		if (!result.hasErrors()) {
			try {
				programs.change(actor, id, form.version() == null ? -1 : form.version(), form.details());
				redirect.addFlashAttribute("saved", "program.saved");
				return "redirect:/programs/" + id;
			}
			catch (DuplicateValueException | InvalidFieldException | RuleViolationException ex) {
				Forms.reject(result, ex, ProgramController::formField);
			}
			catch (OptimisticLockingFailureException ex) {
				result.reject("form.concurrentEdit");
			}
		}
		Forms.keep(model, "program", form, result);
		return form(model, form, id);
	}

	@PostMapping("/{id}/criteria")
	String addCriterion(Actor actor, @PathVariable ProgramId id, @Valid @ModelAttribute("criterion") CriterionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				programs.addCriterion(actor, id, form.audience(), form.criterion());
				redirect.addFlashAttribute("saved", "program.criteria.added");
				return "redirect:/programs/" + id + "#criteria";
			}
			catch (RuleViolationException ex) {
				Forms.reject(result, ex);
			}
		}
		model.addAttribute("criterionFormOpen", true);
		Forms.keep(model, "criterion", form, result);
		return detail(actor, id, model, form);
	}

	@PostMapping("/{id}/criteria/{criterionId}/remove")
	String removeCriterion(Actor actor, @PathVariable ProgramId id, @PathVariable UUID criterionId,
			RedirectAttributes redirect) {
		programs.removeCriterion(actor, id, criterionId);
		redirect.addFlashAttribute("saved", "program.criteria.removed");
		return "redirect:/programs/" + id + "#criteria";
	}

	@PostMapping("/{id}/coordinators")
	String assignCoordinators(Actor actor, @PathVariable ProgramId id,
			@RequestParam(name = "coordinators", required = false) Set<UserId> coordinators,
			RedirectAttributes redirect) {
		var chosen = coordinators == null ? Set.<UserId>of() : coordinators;
		try {
			programs.assignCoordinators(actor, id, chosen);
			redirect.addFlashAttribute("saved", "program.coordinators.saved");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("failed", ex.messageCode());
		}
		return "redirect:/programs/" + id + "#coordinators";
	}

	private String detail(Actor actor, ProgramId id, Model model, CriterionForm criterion) {
		var program = programs.find(actor, id);
		model.addAttribute("program", program);
		model.addAttribute("descriptions", programs.describeCriteria(actor, id, LocaleContextHolder.getLocale()));
		model.addAttribute("mayChange", programs.mayChange(actor, id));
		model.addAttribute("mayAssign", policy.mayCreatePrograms(actor));
		if (policy.mayCreatePrograms(actor)) {
			model.addAttribute("coordinatorChoices", users.list(actor, Role.COORDINATOR));
		}
		model.addAttribute("coordinatorNames",
				users.names(program.coordinators()).values().stream().sorted().toList());
		if (!model.containsAttribute("criterion")) {
			model.addAttribute("criterion", criterion);
		}
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("kinds", EligibilityCriterion.Kind.values());
		model.addAttribute("statuses", ImmigrationStatus.values());
		model.addAttribute("provinces", Province.values());
		model.addAttribute("regions", ExperienceRegion.values());
		model.addAttribute("organisations", organisations.choices());
		return "programs/detail";
	}

	/** The service names the lead organisation {@code leadOrganisation}; the forms, by its id. */
	private static String formField(String field) {
		return field.equals("leadOrganisation") ? "leadOrganisationId" : field;
	}

	private String form(Model model, ProgramForm form, ProgramId id) {
		if (!model.containsAttribute("program")) {
			model.addAttribute("program", form);
		}
		model.addAttribute("programId", id);
		model.addAttribute("organisations", organisations.leadAgencies());
		return "programs/form";
	}

	private String templateForm(Model model, TemplateForm form) {
		if (!model.containsAttribute("start")) {
			model.addAttribute("start", form);
		}
		model.addAttribute("organisations", organisations.leadAgencies());
		return "programs/new";
	}



	/** Starting a program from a template: which template, its name and its lead organisation. */
	record TemplateForm(@NotNull(message = "{program.template.required}") ProgramTemplate template,
			@NotBlank(message = "{program.name.required}") @Size(max = 200, message = "{field.tooLong}") String name,
			@NotNull(message = "{program.leadOrganisation.required}") UUID leadOrganisationId) {
	}
}
