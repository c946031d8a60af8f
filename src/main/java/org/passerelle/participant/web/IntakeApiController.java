package org.passerelle.participant.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.passerelle.identity.Actor;
import org.passerelle.participant.IntakeStatus;
import org.passerelle.participant.IntakeChecklist;
import org.passerelle.program.ProgramId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The intake checklist of a program over REST, answering errors as problem details.
 */
@RestController
@Tag(name = "Intake", description = "Who is blocked at intake, and on what")
class IntakeApiController {

	private final IntakeChecklist participants;

	IntakeApiController(IntakeChecklist participants) {
		this.participants = participants;
	}

	@GetMapping("/api/programs/{id}/intake")
	@Operation(summary = "Everyone enrolled in the program with their intake steps; blocked first")
	List<IntakeStatus> intake(Actor actor, @PathVariable ProgramId id) {
		return participants.intakeOverview(actor, id);
	}
}
