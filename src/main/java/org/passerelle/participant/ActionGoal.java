package org.passerelle.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.passerelle.core.NotFoundException;
import org.passerelle.program.ProgramId;

/**
 * One goal of a mentee's action plan, with the steps toward it and their due dates.
 */
@Entity
class ActionGoal {

	@Id
	private UUID id;

	@Version
	private Long version;

	private UUID participantId;

	private UUID programId;

	private String text;

	@Column(updatable = false)
	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "action_step", joinColumns = @JoinColumn(name = "goal_id"))
	@OrderColumn(name = "position")
	private List<ActionStep> steps = new ArrayList<>();

	protected ActionGoal() {
	}

	ActionGoal(ParticipantId participant, ProgramId program, String text, Instant at) {
		this.id = UUID.randomUUID();
		this.participantId = participant.value();
		this.programId = program == null ? null : program.value();
		this.text = text.strip();
		this.createdAt = at;
	}

	UUID addStep(String text, LocalDate due) {
		var step = new ActionStep(UUID.randomUUID(), text.strip(), due, null);
		steps.add(step);
		return step.id();
	}

	/** Marks a step done on a day, or not done again when {@code on} is null. */
	void markStep(UUID stepId, LocalDate on) {
		for (int i = 0; i < steps.size(); i++) {
			var step = steps.get(i);
			if (step.id().equals(stepId)) {
				steps.set(i, new ActionStep(step.id(), step.text(), step.dueDate(), on));
				return;
			}
		}
		throw new NotFoundException("step", stepId);
	}

	UUID id() {
		return id;
	}

	ParticipantId participant() {
		return new ParticipantId(participantId);
	}

	ActionPlanView.Goal view(LocalDate today) {
		return new ActionPlanView.Goal(id, programId == null ? null : new ProgramId(programId), text, steps.stream()
			.map(step -> new ActionPlanView.Step(step.id(), step.text(), step.dueDate(), step.doneOn(),
					step.doneOn() == null && step.dueDate() != null && step.dueDate().isBefore(today)))
			.toList());
	}
}
