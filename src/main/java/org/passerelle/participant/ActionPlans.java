package org.passerelle.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.NotFoundException;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.program.ProgramId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentees' action plans (R-INT-3): goals and steps with due dates, started at orientation by the
 * coordinator; the mentee sees the plan and marks steps done.
 */
@Service
@Transactional
public class ActionPlans {

	private final ActionGoalRepository goals;

	private final ParticipantRepository participants;

	private final ParticipantDirectory directory;

	private final AccessPolicy policy;

	private final Clock clock;

	ActionPlans(ActionGoalRepository goals, ParticipantRepository participants, ParticipantDirectory directory,
			AccessPolicy policy, Clock clock) {
		this.goals = goals;
		this.participants = participants;
		this.directory = directory;
		this.policy = policy;
		this.clock = clock;
	}

	/** The plan of a person the actor may see. */
	@Transactional(readOnly = true)
	public ActionPlanView plan(Actor actor, ParticipantId id) {
		var view = directory.find(actor, id);
		var today = LocalDate.now(clock);
		return new ActionPlanView(id, view.fullName(),
				goals.findByParticipantIdOrderByCreatedAt(id.value()).stream().map(goal -> goal.view(today)).toList(),
				policy.mayManageParticipants(actor));
	}

	/** The plan of the signed-in mentee, if their account is linked to a participant. */
	@Transactional(readOnly = true)
	public java.util.Optional<ActionPlanView> own(Actor actor) {
		return participants.findByUserId(actor.userId().value()).map(participant -> plan(actor, participant.id()));
	}

	public UUID addGoal(Actor actor, ParticipantId id, ProgramId program, String text) {
		policy.require(policy.mayManageParticipants(actor));
		directory.find(actor, id);
		requireText(text);
		if (program != null && !directory.programsOf(id).contains(program)) {
			throw new InvalidFieldException("programId", "plan.program.notTheirs");
		}
		return goals.saveAndFlush(new ActionGoal(id, program, text, clock.instant())).id();
	}

	public UUID addStep(Actor actor, UUID goalId, String text, LocalDate due) {
		policy.require(policy.mayManageParticipants(actor));
		var goal = visibleGoal(actor, goalId);
		requireText(text);
		var step = goal.addStep(text, due);
		goals.saveAndFlush(goal);
		return step;
	}

	/** The mentee, or their coordinator, marks a step done — or not done again. */
	public void markStep(Actor actor, UUID goalId, UUID stepId, boolean done) {
		var goal = visibleGoal(actor, goalId);
		goal.markStep(stepId, done ? LocalDate.now(clock) : null);
		goals.saveAndFlush(goal);
	}

	private ActionGoal visibleGoal(Actor actor, UUID goalId) {
		var goal = goals.findById(goalId).orElseThrow(() -> new NotFoundException("goal", goalId));
		directory.find(actor, goal.participant());
		return goal;
	}

	private static void requireText(String text) {
		if (text == null || text.isBlank() || text.length() > 1000) {
			throw new InvalidFieldException("text", "plan.text.required");
		}
	}
}
