package org.passerelle.evaluation.web;

import org.passerelle.core.Forms;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.RuleViolationException;
import org.passerelle.evaluation.AcademicAdmissions;
import org.passerelle.evaluation.CareerStepKind;
import org.passerelle.evaluation.EmploymentHistory;
import org.passerelle.identity.Actor;
import org.passerelle.mentorship.EmploymentStatus;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.participant.ParticipantId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's employment history page — also loaded into the person's page — where the coordinator
 * records a change of employment, an interview, a training or an academic admission.
 */
@Controller
class EmploymentHistoryController {

	private final EmploymentHistory history;

	private final AcademicAdmissions admissions;

	private final ParticipantDirectory participants;

	EmploymentHistoryController(EmploymentHistory history, AcademicAdmissions admissions,
			ParticipantDirectory participants) {
		this.history = history;
		this.admissions = admissions;
		this.participants = participants;
	}

	@GetMapping("/participants/{id}/employment-history")
	String show(Actor actor, @PathVariable ParticipantId id, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		page(actor, id, model);
		return htmx != null ? "evaluation/history :: history" : "evaluation/history";
	}

	@PostMapping("/participants/{id}/employment-history")
	String record(Actor actor, @PathVariable ParticipantId id, @ModelAttribute("entry") EmploymentAnswerForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		history.of(actor, id);
		if (!result.hasErrors()) {
			try {
				history.record(actor, id, form.recordedOn(), form.answer());
				return saved(redirect, id);
			}
			catch (InvalidFieldException | RuleViolationException ex) {
				Forms.reject(result, ex);
			}
		}
		Forms.keep(model, "entry", form, result);
		return page(actor, id, model);
	}

	@PostMapping("/participants/{id}/career-steps")
	String recordStep(Actor actor, @PathVariable ParticipantId id, @ModelAttribute("step") CareerStepForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		history.of(actor, id);
		if (!result.hasErrors()) {
			try {
				history.recordStep(actor, id, form.step());
				return saved(redirect, id);
			}
			catch (InvalidFieldException | RuleViolationException ex) {
				Forms.reject(result, ex);
			}
		}
		Forms.keep(model, "step", form, result);
		return page(actor, id, model);
	}

	@PostMapping("/participants/{id}/academic-admissions")
	String recordAdmission(Actor actor, @PathVariable ParticipantId id,
			@ModelAttribute("admission") AcademicAdmissionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		history.of(actor, id);
		if (!result.hasErrors()) {
			try {
				admissions.record(actor, id, form.admission());
				return saved(redirect, id);
			}
			catch (InvalidFieldException | RuleViolationException ex) {
				Forms.reject(result, ex);
			}
		}
		Forms.keep(model, "admission", form, result);
		return page(actor, id, model);
	}

	private static String saved(RedirectAttributes redirect, ParticipantId id) {
		redirect.addFlashAttribute("saved", "employment.history.saved");
		return "redirect:/participants/" + id + "/employment-history";
	}

	private String page(Actor actor, ParticipantId id, Model model) {
		model.addAttribute("history", history.of(actor, id));
		model.addAttribute("person", participants.find(actor, id));
		model.addAttribute("statuses", EmploymentStatus.values());
		model.addAttribute("stepKinds", CareerStepKind.values());
		if (!model.containsAttribute("entry")) {
			model.addAttribute("entry", EmploymentAnswerForm.blank());
		}
		if (!model.containsAttribute("step")) {
			model.addAttribute("step", new CareerStepForm(null, null, ""));
		}
		if (!model.containsAttribute("admission")) {
			model.addAttribute("admission", new AcademicAdmissionForm("", "", null, null));
		}
		return "evaluation/history";
	}
}
