package org.passerelle.mentorship.web;

import java.util.List;

import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.Actor;
import org.passerelle.mentorship.EmploymentStatus;
import org.passerelle.mentorship.ExitInterviews;
import org.passerelle.mentorship.GoalsReached;
import org.passerelle.mentorship.MentorshipId;
import org.passerelle.mentorship.MentorshipManagement;
import org.passerelle.mentorship.Party;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The exit interview's page (R-MEN-7): one of the pair fills or corrects their own; the
 * coordinator reads both and records one for a person interviewed by phone.
 */
@Controller
class ExitInterviewController {

	private final ExitInterviews interviews;

	private final MentorshipManagement mentorships;

	private final MessageSource messages;

	ExitInterviewController(ExitInterviews interviews, MentorshipManagement mentorships, MessageSource messages) {
		this.interviews = interviews;
		this.mentorships = mentorships;
		this.messages = messages;
	}

	@GetMapping("/mentorships/{id}/exit-interview")
	String show(Actor actor, @PathVariable MentorshipId id, @RequestParam(required = false) Party party, Model model) {
		var view = interviews.of(actor, id);
		model.addAttribute("mentorship", mentorships.find(actor, id));
		model.addAttribute("interviews", view);
		// the side whose form is shown: one's own, or the one the coordinator chose (the mentee first)
		var side = view.viewer() != Party.COORDINATOR ? view.viewer()
				: party == Party.MENTOR ? Party.MENTOR : Party.MENTEE;
		model.addAttribute("side", side);
		model.addAttribute("shown", view.viewer() == Party.COORDINATOR ? List.of(Party.MENTEE, Party.MENTOR)
				: List.of(view.viewer()));
		model.addAttribute("goals", GoalsReached.values());
		model.addAttribute("employment", EmploymentStatus.values());
		// what was typed and refused comes back; otherwise the answers given before, to correct them
		model.addAttribute("exitInterview", model.containsAttribute("exitInterviewKept")
				? model.getAttribute("exitInterviewKept") : ExitInterviewForm.of(side, view.of(side)));
		return "mentorships/exit-interview";
	}

	@PostMapping("/mentorships/{id}/exit-interview")
	String fill(Actor actor, @PathVariable MentorshipId id, @ModelAttribute("exitInterview") ExitInterviewForm form,
			BindingResult result, RedirectAttributes redirect) {
		var back = "redirect:/mentorships/" + id + "/exit-interview"
				+ (form.party() == null ? "" : "?party=" + form.party());
		if (result.hasErrors()) {
			return kept(redirect, form, back,
					messages.getMessage(result.getAllErrors().get(0), LocaleContextHolder.getLocale()));
		}
		try {
			interviews.fill(actor, id, form.party(), form.answers());
		}
		catch (RuleViolationException | InvalidFieldException ex) {
			return kept(redirect, form, back, messages.getMessage(ex, LocaleContextHolder.getLocale()));
		}
		redirect.addFlashAttribute("saved", "exitInterview.saved");
		return back;
	}

	/** What was typed comes back in the form, with the message. */
	private static String kept(RedirectAttributes redirect, ExitInterviewForm form, String back, String problem) {
		redirect.addFlashAttribute("problem", problem);
		// kept under another name than the posted form's, so that it never stands in for a later post
		redirect.addFlashAttribute("exitInterviewKept", form);
		return back;
	}
}
