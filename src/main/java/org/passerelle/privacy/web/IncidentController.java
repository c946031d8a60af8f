package org.passerelle.privacy.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.passerelle.core.Actions;
import org.passerelle.core.Forms;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.privacy.IncidentId;
import org.passerelle.privacy.IncidentRegister;
import org.passerelle.privacy.NoticeMeans;
import org.passerelle.privacy.NoticeRecipient;
import org.passerelle.privacy.RiskLevel;
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
 * The pages of the incident register: the list (open incidents first), a new incident with the
 * assessment of its risk, and one incident with its notices, measures and closure. A refused value
 * comes back on its field, with everything typed kept.
 */
@Controller
@RequestMapping("/privacy/incidents")
class IncidentController {

	private final IncidentRegister register;

	private final AccessPolicy policy;

	private final Actions actions;

	private final Clock clock;

	IncidentController(IncidentRegister register, AccessPolicy policy, Actions actions, Clock clock) {
		this.register = register;
		this.policy = policy;
		this.actions = actions;
		this.clock = clock;
	}

	@ModelAttribute
	void choices(Actor actor, Model model) {
		model.addAttribute("levels", RiskLevel.values());
		model.addAttribute("recipients", NoticeRecipient.values());
		model.addAttribute("means", NoticeMeans.values());
		model.addAttribute("mayManage", policy.mayManageIncidents(actor));
	}

	@GetMapping
	String list(Actor actor, Model model) {
		model.addAttribute("incidents", register.list(actor));
		return "privacy/incidents";
	}

	@GetMapping("/new")
	String newIncident(Actor actor, Model model) {
		policy.require(policy.mayManageIncidents(actor));
		model.addAttribute("incident", IncidentForm.empty());
		return "privacy/incident-form";
	}

	@PostMapping
	String record(Actor actor, @Valid @ModelAttribute("incident") IncidentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		policy.require(policy.mayManageIncidents(actor));
		// every date rule at once, beside the fields the form already refused
		form.details().problems(LocalDate.now(clock)).forEach(problem -> {
			if (!result.hasFieldErrors(problem.field())) {
				Forms.reject(result, problem);
			}
		});
		if (!result.hasErrors()) {
			try {
				var incident = register.record(actor, form.details());
				redirect.addFlashAttribute("saved", "privacy.incident.recorded");
				return "redirect:/privacy/incidents/" + incident.id();
			}
			catch (InvalidFieldException | RuleViolationException ex) {
				Forms.reject(result, ex);
			}
		}
		Forms.keep(model, "incident", form, result);
		return "privacy/incident-form";
	}

	@GetMapping("/{id}")
	String show(Actor actor, @PathVariable IncidentId id, Model model) {
		var incident = register.find(actor, id);
		model.addAttribute("shown", incident);
		if (!model.containsAttribute("notice")) {
			model.addAttribute("notice", new NoticeForm(null, null, null, incident.version()));
		}
		if (!model.containsAttribute("measure")) {
			model.addAttribute("measure", new MeasureForm(null, "", incident.version()));
		}
		return "privacy/incident";
	}

	@PostMapping("/{id}/notices")
	String noticeSent(Actor actor, @PathVariable IncidentId id, @Valid @ModelAttribute("notice") NoticeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				register.noticeSent(actor, id, form.version(), form.recipient(), form.sentOn(), form.means());
				redirect.addFlashAttribute("saved", "privacy.incident.notice.saved");
				return "redirect:/privacy/incidents/" + id + "#notices";
			}
			catch (InvalidFieldException | RuleViolationException ex) {
				Forms.reject(result, ex);
			}
			catch (OptimisticLockingFailureException ex) {
				result.reject("form.concurrentEdit");
			}
		}
		Forms.keep(model, "notice", form, result);
		return show(actor, id, model);
	}

	@PostMapping("/{id}/measures")
	String measureTaken(Actor actor, @PathVariable IncidentId id, @Valid @ModelAttribute("measure") MeasureForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				register.measureTaken(actor, id, form.version(), form.takenOn(), form.description());
				redirect.addFlashAttribute("saved", "privacy.incident.measure.saved");
				return "redirect:/privacy/incidents/" + id + "#measures";
			}
			catch (InvalidFieldException | RuleViolationException ex) {
				Forms.reject(result, ex);
			}
			catch (OptimisticLockingFailureException ex) {
				result.reject("form.concurrentEdit");
			}
		}
		Forms.keep(model, "measure", form, result);
		return show(actor, id, model);
	}

	@PostMapping("/{id}/close")
	String close(Actor actor, @PathVariable IncidentId id, @RequestParam long version, RedirectAttributes redirect) {
		return actions.run(redirect, "privacy.incident.closed.saved", "/privacy/incidents/" + id,
				() -> register.close(actor, id, version));
	}
}
