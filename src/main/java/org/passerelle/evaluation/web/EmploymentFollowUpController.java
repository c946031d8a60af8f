package org.passerelle.evaluation.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.passerelle.core.Forms;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.RuleViolationException;
import org.passerelle.evaluation.AnswerLinkRefusedException;
import org.passerelle.evaluation.EmploymentFollowUps;
import org.passerelle.evaluation.FollowUpSchedules;
import org.passerelle.identity.Actor;
import org.passerelle.mentorship.EmploymentStatus;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of employment follow-ups: a program's schedule and its follow-ups with the response
 * rate, for its coordinators; a follow-up answered signed in — by the person, or recorded by the
 * coordinator from a phone call; and the page an e-mail's link opens without signing in.
 */
@Controller
class EmploymentFollowUpController {

	private final FollowUpSchedules schedules;

	private final EmploymentFollowUps followUps;

	private final ProgramManagement programs;

	private final ParticipantDirectory participants;

	EmploymentFollowUpController(FollowUpSchedules schedules, EmploymentFollowUps followUps, ProgramManagement programs,
			ParticipantDirectory participants) {
		this.schedules = schedules;
		this.followUps = followUps;
		this.programs = programs;
		this.participants = participants;
	}

	// The program's schedule and follow-ups

	@GetMapping("/programs/{id}/follow-up-schedule")
	String schedule(Actor actor, @PathVariable ProgramId id, Model model) {
		model.addAttribute("schedule", FollowUpScheduleForm.of(schedules.of(actor, id)));
		return schedulePage(actor, id, model);
	}

	@PostMapping("/programs/{id}/follow-up-schedule")
	String changeSchedule(Actor actor, @PathVariable ProgramId id,
			@ModelAttribute("schedule") FollowUpScheduleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		schedules.of(actor, id);
		try {
			schedules.change(actor, id, form.parsed());
			redirect.addFlashAttribute("saved", "employment.schedule.saved");
			return "redirect:/programs/" + id + "/follow-up-schedule";
		}
		catch (InvalidFieldException | RuleViolationException ex) {
			Forms.reject(result, ex);
		}
		Forms.keep(model, "schedule", form, result);
		return schedulePage(actor, id, model);
	}

	private String schedulePage(Actor actor, ProgramId id, Model model) {
		model.addAttribute("program", programs.find(actor, id));
		return "evaluation/schedule";
	}

	@GetMapping("/programs/{id}/follow-ups")
	String ofProgram(Actor actor, @PathVariable ProgramId id, Model model) {
		model.addAttribute("followUps", followUps.ofProgram(actor, id));
		return "evaluation/follow-ups";
	}

	// Signed in

	@GetMapping("/follow-ups/{id}")
	String followUp(Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("answer", EmploymentAnswerForm.blank());
		return followUpPage(actor, id, model);
	}

	@PostMapping("/follow-ups/{id}")
	String answer(Actor actor, @PathVariable UUID id, @ModelAttribute("answer") EmploymentAnswerForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		followUps.find(actor, id);
		if (!result.hasErrors()) {
			try {
				followUps.answer(actor, id, form.answer());
				redirect.addFlashAttribute("saved", "employment.followUp.saved");
				return "redirect:/follow-ups/" + id;
			}
			catch (InvalidFieldException | RuleViolationException ex) {
				Forms.reject(result, ex);
			}
		}
		Forms.keep(model, "answer", form, result);
		return followUpPage(actor, id, model);
	}

	private String followUpPage(Actor actor, UUID id, Model model) {
		var followUp = followUps.find(actor, id);
		model.addAttribute("followUp", followUp);
		model.addAttribute("byPhone",
				participants.participantOf(actor.userId()).filter(followUp.participant()::equals).isEmpty());
		model.addAttribute("statuses", EmploymentStatus.values());
		return "evaluation/follow-up";
	}

	// From the e-mail's link, without signing in

	@GetMapping("/answers/follow-ups/{token}")
	String byLink(@PathVariable String token, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("link", followUps.open(token));
		}
		catch (AnswerLinkRefusedException ex) {
			return refused(ex, token, model, response);
		}
		model.addAttribute("token", token);
		model.addAttribute("statuses", EmploymentStatus.values());
		if (!model.containsAttribute("answer")) {
			model.addAttribute("answer", EmploymentAnswerForm.blank());
		}
		return "evaluation/answer";
	}

	@PostMapping("/answers/follow-ups/{token}")
	String answerByLink(@PathVariable String token, @ModelAttribute("answer") EmploymentAnswerForm form,
			BindingResult result, Model model, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				followUps.answer(token, form.answer());
				return "evaluation/answered";
			}
			catch (AnswerLinkRefusedException ex) {
				return refused(ex, token, model, response);
			}
			catch (InvalidFieldException ex) {
				Forms.reject(result, ex);
			}
		}
		Forms.keep(model, "answer", form, result);
		return byLink(token, model, response);
	}

	@PostMapping("/answers/follow-ups/{token}/new-link")
	String newLink(@PathVariable String token, RedirectAttributes redirect) {
		followUps.requestNewLink(token);
		redirect.addFlashAttribute("newLinkSent", true);
		return "redirect:/answers/follow-ups/" + token + "/new-link";
	}

	@GetMapping("/answers/follow-ups/{token}/new-link")
	String newLinkSent() {
		return "evaluation/new-link";
	}

	private static String refused(AnswerLinkRefusedException ex, String token, Model model,
			HttpServletResponse response) {
		response.setStatus(ex.reason() == AnswerLinkRefusedException.Reason.UNKNOWN ? HttpServletResponse.SC_NOT_FOUND
				: HttpServletResponse.SC_GONE);
		model.addAttribute("reason", ex.messageCode());
		model.addAttribute("token", token);
		return "evaluation/link-refused";
	}
}
