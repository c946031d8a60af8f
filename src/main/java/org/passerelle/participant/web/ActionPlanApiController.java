package org.passerelle.participant.web;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.passerelle.identity.Actor;
import org.passerelle.participant.ActionPlanView;
import org.passerelle.participant.ActionPlans;
import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Action plans over REST, answering errors as problem details like the rest of the API.
 */
@RestController
@Tag(name = "Action plans", description = "A person's goals and steps, set at orientation")
class ActionPlanApiController {

	private final ActionPlans plans;

	ActionPlanApiController(ActionPlans plans) {
		this.plans = plans;
	}

	@GetMapping("/api/participants/{id}/plan")
	@Operation(summary = "A person's action plan")
	ActionPlanView plan(Actor actor, @PathVariable ParticipantId id) {
		return plans.plan(actor, id);
	}

	@PostMapping("/api/participants/{id}/plan/goals")
	@Operation(summary = "Add a goal (coordinators)")
	ActionPlanView addGoalApi(Actor actor, @PathVariable ParticipantId id, @Valid @RequestBody GoalRequest request) {
		plans.addGoal(actor, id, request.programId() == null ? null : new ProgramId(request.programId()),
				request.text());
		return plans.plan(actor, id);
	}

	@PostMapping("/api/participants/{id}/plan/goals/{goalId}/steps")
	@Operation(summary = "Add a step with its due date (coordinators)")
	ActionPlanView addStepApi(Actor actor, @PathVariable ParticipantId id, @PathVariable UUID goalId,
			@Valid @RequestBody StepRequest request) {
		plans.addStep(actor, goalId, request.text(), request.due());
		return plans.plan(actor, id);
	}

	@PutMapping("/api/participants/{id}/plan/goals/{goalId}/steps/{stepId}")
	@Operation(summary = "Mark a step done or not done (the mentee, or the coordinator)")
	ActionPlanView markStepApi(Actor actor, @PathVariable ParticipantId id, @PathVariable UUID goalId, @PathVariable UUID stepId,
			@RequestBody DoneRequest request) {
		plans.markStep(actor, goalId, stepId, request.done());
		return plans.plan(actor, id);
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
