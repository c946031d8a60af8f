package org.passerelle.privacy.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.passerelle.core.Forms;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.RecordKind;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.privacy.RetentionJob;
import org.passerelle.privacy.RetentionSchedule;
import org.passerelle.program.ProgramId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The retention schedule as a page (administrators, the privacy officer): how long each program
 * keeps each kind of record within its limits, a form to change a period, refused with the reason
 * below the minimum, and the record of what the nightly job destroyed or anonymised.
 */
@Controller
@RequestMapping("/privacy/retention")
class RetentionScheduleController {

	private final RetentionSchedule schedule;

	private final RetentionJob job;

	private final AccessPolicy policy;

	RetentionScheduleController(RetentionSchedule schedule, RetentionJob job, AccessPolicy policy) {
		this.schedule = schedule;
		this.job = job;
		this.policy = policy;
	}

	@GetMapping
	String show(Actor actor, Model model) {
		var lines = schedule.schedule(actor);
		model.addAttribute("lines", lines);
		model.addAttribute("programs", lines.stream()
			.filter(line -> line.program() != null)
			.map(line -> new ProgramOption(line.program(), line.programName()))
			.distinct()
			.toList());
		model.addAttribute("kinds", List.of(RecordKind.values()));
		model.addAttribute("destructions", schedule.destructions(actor));
		if (!model.containsAttribute("period")) {
			model.addAttribute("period", new RetentionForm(null, null, null));
		}
		return "privacy/retention";
	}

	@PostMapping
	String set(Actor actor, @Valid @ModelAttribute("period") RetentionForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		policy.require(RetentionSchedule.mayManage(actor));
		if (!result.hasErrors()) {
			try {
				schedule.set(actor, form.program() == null ? null : new ProgramId(form.program()), form.kind(),
						form.months());
				redirect.addFlashAttribute("saved", "privacy.retention.saved");
				return "redirect:/privacy/retention";
			}
			catch (InvalidFieldException ex) {
				Forms.reject(result, ex);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		Forms.keep(model, "period", form, result);
		return show(actor, model);
	}

	@PostMapping("/run")
	String run(Actor actor, RedirectAttributes redirect) {
		var done = job.retireNow(actor);
		redirect.addFlashAttribute("saved", done.isEmpty() ? "privacy.retention.run.nothing" : "privacy.retention.run.done");
		return "redirect:/privacy/retention";
	}

	/** A program to choose in the form. */
	record ProgramOption(ProgramId id, String name) {
	}
}
