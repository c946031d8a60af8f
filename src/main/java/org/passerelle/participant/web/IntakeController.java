package org.passerelle.participant.web;


import io.swagger.v3.oas.annotations.tags.Tag;
import org.passerelle.identity.Actor;
import org.passerelle.participant.IntakeChecklist;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Who in a program is ready to be matched, and who is blocked on what: the coordinator's view of
 * intake, in the pages and over REST.
 */
@Controller
@Tag(name = "Intake", description = "Intake steps per person and who is ready to be matched")
class IntakeController {

	private final IntakeChecklist participants;

	private final ProgramManagement programs;

	IntakeController(IntakeChecklist participants, ProgramManagement programs) {
		this.participants = participants;
		this.programs = programs;
	}

	@GetMapping("/programs/{id}/intake")
	String overview(Actor actor, @PathVariable ProgramId id, Model model) {
		model.addAttribute("program", programs.find(actor, id));
		model.addAttribute("people", participants.intakeOverview(actor, id));
		return "participants/intake";
	}
}
