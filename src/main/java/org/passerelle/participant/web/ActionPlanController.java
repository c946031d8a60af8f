package org.passerelle.participant.web;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.identity.Actor;
import org.passerelle.participant.ActionPlanView;
import org.passerelle.participant.ActionPlans;
import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Action plans in the pages — on the person's page for coordinators, on "my action plan" for the
 * mentee — and over REST.
 */
@Controller
@Tag(name = "Action plans", description = "Mentees' goals and steps with due dates")
class ActionPlanController {

	private final ActionPlans plans;

	ActionPlanController(ActionPlans plans) {
		this.plans = plans;
	}

	@GetMapping("/my/plan")
	String own(Actor actor, Model model) {
		model.addAttribute("plan", plans.own(actor).orElse(null));
		return "participants/plan";
	}

	@PostMapping("/participants/{id}/plan/goals")
	String addGoal(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String text,
			@RequestParam(required = false) UUID programId, RedirectAttributes redirect) {
		return act(redirect, "/participants/" + id + "#plan", "plan.goal.added",
				() -> plans.addGoal(actor, new ParticipantId(id), programId == null ? null : new ProgramId(programId), text));
	}

	@PostMapping("/participants/{id}/plan/goals/{goalId}/steps")
	String addStep(Actor actor, @PathVariable UUID id, @PathVariable UUID goalId,
			@RequestParam(defaultValue = "") String text,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
			RedirectAttributes redirect) {
		return act(redirect, "/participants/" + id + "#plan", "plan.step.added",
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

	@GetMapping("/api/participants/{id}/plan")
	@ResponseBody
	@Operation(summary = "A person's action plan")
	ActionPlanView plan(Actor actor, @PathVariable UUID id) {
		return plans.plan(actor, new ParticipantId(id));
	}

	@PostMapping("/api/participants/{id}/plan/goals")
	@ResponseBody
	@Operation(summary = "Add a goal (coordinators)")
	ActionPlanView addGoalApi(Actor actor, @PathVariable UUID id, @Valid @RequestBody GoalRequest request) {
		plans.addGoal(actor, new ParticipantId(id), request.programId() == null ? null : new ProgramId(request.programId()),
				request.text());
		return plans.plan(actor, new ParticipantId(id));
	}

	@PostMapping("/api/participants/{id}/plan/goals/{goalId}/steps")
	@ResponseBody
	@Operation(summary = "Add a step with its due date (coordinators)")
	ActionPlanView addStepApi(Actor actor, @PathVariable UUID id, @PathVariable UUID goalId,
			@Valid @RequestBody StepRequest request) {
		plans.addStep(actor, goalId, request.text(), request.due());
		return plans.plan(actor, new ParticipantId(id));
	}

	@PutMapping("/api/participants/{id}/plan/goals/{goalId}/steps/{stepId}")
	@ResponseBody
	@Operation(summary = "Mark a step done or not done (the mentee, or the coordinator)")
	ActionPlanView markStepApi(Actor actor, @PathVariable UUID id, @PathVariable UUID goalId, @PathVariable UUID stepId,
			@RequestBody DoneRequest request) {
		plans.markStep(actor, goalId, stepId, request.done());
		return plans.plan(actor, new ParticipantId(id));
	}

	private static String act(RedirectAttributes redirect, String back, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", done);
		}
		catch (InvalidFieldException ex) {
			redirect.addFlashAttribute("failed", ex.messageCode());
		}
		return "redirect:" + back;
	}

	/** A goal. */
	record GoalRequest(@NotBlank(message = "{plan.text.required}") @Size(max = 1000, message = "{field.tooLong}") String text,
			UUID programId) {
	}

	/** A step and its due date. */
	record StepRequest(@NotBlank(message = "{plan.text.required}") @Size(max = 1000, message = "{field.tooLong}") String text,
			LocalDate due) {
	}

	/** Whether a step is done. */
	record DoneRequest(boolean done) {
	}
}
