package org.passerelle.participant.web;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.passerelle.core.Actions;
import org.passerelle.identity.Actor;
import org.passerelle.participant.ActionPlans;
import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Action plans in the pages — on the person's page for coordinators, on "my action plan" for the
 * mentee — and over REST.
 */
@Controller
@Tag(name = "Action plans", description = "Mentees' goals and steps with due dates")
class ActionPlanController {

	private final ActionPlans plans;

	private final Actions actions;

	ActionPlanController(ActionPlans plans, Actions actions) {
		this.actions = actions;
		this.plans = plans;
	}

	@GetMapping("/my/plan")
	String own(Actor actor, Model model) {
		model.addAttribute("plan", plans.own(actor).orElse(null));
		return "participants/plan";
	}

	@PostMapping("/participants/{id}/plan/goals")
	String addGoal(Actor actor, @PathVariable ParticipantId id, @RequestParam(defaultValue = "") String text,
			@RequestParam(required = false) ProgramId programId, RedirectAttributes redirect) {
		return actions.run(redirect, "plan.goal.added", "/participants/" + id + "#plan",
				() -> plans.addGoal(actor, id, programId, text));
	}

	@PostMapping("/participants/{id}/plan/goals/{goalId}/steps")
	String addStep(Actor actor, @PathVariable UUID id, @PathVariable UUID goalId,
			@RequestParam(defaultValue = "") String text,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
			RedirectAttributes redirect) {
		return actions.run(redirect, "plan.step.added", "/participants/" + id + "#plan",
				() -> plans.addStep(actor, goalId, text, due));
	}

	@PostMapping("/plan/goals/{goalId}/steps/{stepId}")
	String markStep(Actor actor, @PathVariable UUID goalId, @PathVariable UUID stepId,
			@RequestParam(defaultValue = "false") boolean done, @RequestParam(defaultValue = "/my/plan") String back,
			RedirectAttributes redirect) {
		plans.markStep(actor, goalId, stepId, done);
		redirect.addFlashAttribute("saved", done ? "plan.step.done" : "plan.step.undone");
		return "redirect:" + (back.startsWith("/") && !back.startsWith("//") ? back : "/my/plan");
	}

}
