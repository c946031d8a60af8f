package org.passerelle.participant.web;

import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.participant.ApplicationRetention;
import org.passerelle.program.ProgramManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The retention of applications not selected, as a page: how many each program still keeps and
 * for how long, and the record of every destruction (R-INT-5).
 */
@Controller
@RequestMapping("/retention")
class RetentionController {

	private final ApplicationRetention retention;

	private final ProgramManagement programs;

	RetentionController(ApplicationRetention retention, ProgramManagement programs) {
		this.retention = retention;
		this.programs = programs;
	}

	@GetMapping
	String show(Actor actor, Model model) {
		model.addAttribute("records", retention.records(actor));
		var kept = retention.keptNotSelected(actor);
		var months = programs.retentionMonths();
		model.addAttribute("programs", programs.list(actor)
			.stream()
			.map(program -> new KeptLine(program.name(), months.getOrDefault(program.id(), 0),
					kept.getOrDefault(program.id(), 0L)))
			.toList());
		model.addAttribute("mayRun", actor.is(Role.ADMIN));
		return "participants/retention";
	}

	@PostMapping("/run")
	String run(Actor actor, RedirectAttributes redirect) {
		var records = retention.destroyNow(actor);
		redirect.addFlashAttribute("saved", records.isEmpty() ? "retention.run.nothing" : "retention.run.done");
		return "redirect:/retention";
	}

	/** A program with its retention period and the applications not selected it still keeps. */
	record KeptLine(String program, int months, long kept) {
	}
}
