package org.passerelle.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.passerelle.program.ProgramId;

/**
 * A mentee's action plan as they, their coordinator and later their mentor see it.
 *
 * @param mayPlan whether the reader may add goals and steps (coordinators); the mentee marks steps done
 */
public record ActionPlanView(ParticipantId participant, String name, List<Goal> goals, boolean mayPlan) {

	/** A goal and its steps. */
	public record Goal(UUID id, ProgramId program, String text, List<Step> steps) {
	}

	/** A step; {@code late} when its due date passed and it is not done. */
	public record Step(UUID id, String text, LocalDate dueDate, LocalDate doneOn, boolean late) {
	}
}
