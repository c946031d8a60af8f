package org.passerelle.mentorship.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import org.passerelle.core.Actions;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.mentorship.CheckInProgress;
import org.passerelle.mentorship.ClosureReason;
import org.passerelle.mentorship.DifficultyKind;
import org.passerelle.mentorship.EmploymentStatus;
import org.passerelle.mentorship.FollowUp;
import org.passerelle.mentorship.MeetingMode;
import org.passerelle.mentorship.MeetingTheme;
import org.passerelle.mentorship.Meetings;
import org.passerelle.mentorship.MentorshipId;
import org.passerelle.mentorship.MentorshipManagement;
import org.passerelle.mentorship.Party;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
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
 * The pages of mentorships: the coordinator's dashboard, one's own mentorships, and a mentorship
 * with its cadence, its meetings to log, confirm or correct, its hours, pauses, extension and closure.
 */
@Controller
class MentorshipController {

	private final MentorshipManagement mentorships;

	private final Meetings meetings;

	private final FollowUp followUp;

	private final MessageSource messages;

	private final Clock clock;

	private final Actions actions;

	MentorshipController(MentorshipManagement mentorships, Meetings meetings, FollowUp followUp, MessageSource messages,
			Clock clock, Actions actions) {
		this.actions = actions;
		this.mentorships = mentorships;
		this.meetings = meetings;
		this.followUp = followUp;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/mentorships")
	String list(Actor actor, Model model) {
		var coordinator = actor.is(Role.COORDINATOR) || actor.is(Role.ADMIN);
		model.addAttribute("coordinator", coordinator);
		model.addAttribute("mentorships", coordinator ? mentorships.dashboard(actor) : mentorships.mine(actor));
		if (coordinator) {
			model.addAttribute("checkInsDue", followUp.checkInsDue(actor));
			model.addAttribute("difficulties", followUp.openDifficulties(actor));
		}
		return "mentorships/list";
	}

	@GetMapping("/mentorships/{id}")
	String show(Actor actor, @PathVariable MentorshipId id, Model model) {
		var mentorship = mentorships.find(actor, id);
		model.addAttribute("mentorship", mentorship);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("modes", MeetingMode.values());
		model.addAttribute("themes", MeetingTheme.values());
		model.addAttribute("reasons", ClosureReason.values());
		model.addAttribute("employment", EmploymentStatus.values());
		model.addAttribute("followUp", followUp.of(actor, id));
		model.addAttribute("difficultyKinds", DifficultyKind.values());
		model.addAttribute("progressChoices", CheckInProgress.values());
		if (!model.containsAttribute("checkIn")) {
			model.addAttribute("checkIn", new CheckInForm(Party.MENTEE, LocalDate.now(clock), MeetingMode.PHONE, 4,
					CheckInProgress.AS_PLANNED, true, false, ""));
		}
		if (!model.containsAttribute("meeting")) {
			model.addAttribute("meeting", new MeetingForm(LocalDate.now(clock), 60, MeetingMode.IN_PERSON, null, "", "", null));
		}
		return "mentorships/detail";
	}

	@PostMapping("/mentorships/{id}/meetings")
	String log(Actor actor, @PathVariable MentorshipId id, @Valid @ModelAttribute("meeting") MeetingForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("problem", messages.getMessage(result.getAllErrors().get(0),
					LocaleContextHolder.getLocale()));
			redirect.addFlashAttribute("meeting", form);
			return "redirect:/mentorships/" + id + "#log";
		}
		var target = actions.run(redirect, "meeting.logged", "/mentorships/" + id + "#meetings",
				() -> meetings.log(actor, id, form.details()));
		if (!redirect.getFlashAttributes().containsKey("saved")) {
			// what was typed comes back in the form, with the message
			redirect.addFlashAttribute("meeting", form);
			return "redirect:/mentorships/" + id + "#log";
		}
		return target;
	}

	@PostMapping("/meetings/{meeting}/confirm")
	String confirm(Actor actor, @PathVariable UUID meeting, @RequestParam UUID mentorship, @RequestParam long version,
			RedirectAttributes redirect) {
		return actions.run(redirect, "meeting.confirmedNow", "/mentorships/" + mentorship + "#meetings",
				() -> meetings.confirm(actor, meeting, version));
	}

	@PostMapping("/meetings/{meeting}/correct")
	String correct(Actor actor, @PathVariable UUID meeting, @RequestParam UUID mentorship,
			@Valid @ModelAttribute("correction") MeetingForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors() || form.version() == null) {
			redirect.addFlashAttribute("problem", result.hasErrors()
					? messages.getMessage(result.getAllErrors().get(0), LocaleContextHolder.getLocale())
					: messages.getMessage("field.versionRequired", null, LocaleContextHolder.getLocale()));
			return "redirect:/mentorships/" + mentorship + "#meetings";
		}
		return actions.run(redirect, "meeting.corrected.saved", "/mentorships/" + mentorship + "#meetings",
				() -> meetings.correct(actor, meeting, form.version(), form.details()));
	}

	@PostMapping("/mentorships/{id}/placement")
	String placement(Actor actor, @PathVariable MentorshipId id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate weekStart,
			@RequestParam(required = false) BigDecimal hours, @RequestParam(required = false) BigDecimal agreedHours,
			RedirectAttributes redirect) {
		return actions.run(redirect, "placement.logged", "/mentorships/" + id + "#placement",
				() -> mentorships.logPlacementWeek(actor, id, weekStart, hours, agreedHours));
	}

	@PostMapping("/mentorships/{id}/pause")
	String pause(Actor actor, @PathVariable MentorshipId id, @RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(defaultValue = "") String why, RedirectAttributes redirect) {
		return actions.run(redirect, "mentorship.paused", "/mentorships/" + id,
				() -> mentorships.pause(actor, id, version, from, why));
	}

	@PostMapping("/mentorships/{id}/resume")
	String resume(Actor actor, @PathVariable MentorshipId id, @RequestParam long version, RedirectAttributes redirect) {
		return actions.run(redirect, "mentorship.resumed", "/mentorships/" + id,
				() -> mentorships.resume(actor, id, version, null));
	}

	@PostMapping("/mentorships/{id}/extension")
	String extension(Actor actor, @PathVariable MentorshipId id, @RequestParam long version,
			@RequestParam(defaultValue = "0") int weeks, @RequestParam(defaultValue = "") String why,
			RedirectAttributes redirect) {
		return actions.run(redirect, "mentorship.extension.asked", "/mentorships/" + id,
				() -> mentorships.requestExtension(actor, id, version, weeks, why));
	}

	@PostMapping("/mentorships/{id}/extension/agree")
	String agree(Actor actor, @PathVariable MentorshipId id, @RequestParam long version, RedirectAttributes redirect) {
		return actions.run(redirect, "mentorship.extended", "/mentorships/" + id,
				() -> mentorships.agreeToExtension(actor, id, version));
	}

	@PostMapping("/mentorships/{id}/close")
	String close(Actor actor, @PathVariable MentorshipId id, @RequestParam long version,
			@RequestParam(required = false) ClosureReason reason,
			@RequestParam(required = false) EmploymentStatus employment,
			@RequestParam(defaultValue = "false") boolean endedBadly, @RequestParam(defaultValue = "") String why,
			RedirectAttributes redirect) {
		return actions.run(redirect, "mentorship.closedNow", "/mentorships/" + id, () -> mentorships.close(actor,
				id, version, reason, employment, endedBadly, null, why));
	}

	@PostMapping("/mentorships/{id}/check-ins")
	String checkIn(Actor actor, @PathVariable MentorshipId id, @Valid @ModelAttribute("checkIn") CheckInForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("problem", messages.getMessage(result.getAllErrors().get(0),
					LocaleContextHolder.getLocale()));
			redirect.addFlashAttribute("checkIn", form);
			redirect.addFlashAttribute("checkInKept", true);
			return "redirect:/mentorships/" + id + "#check-ins";
		}
		var target = actions.run(redirect, "checkIn.recorded", "/mentorships/" + id + "#check-ins",
				() -> followUp.recordCheckIn(actor, id, form.details()));
		if (!redirect.getFlashAttributes().containsKey("saved")) {
			redirect.addFlashAttribute("checkIn", form);
			redirect.addFlashAttribute("checkInKept", true);
		}
		return target;
	}

	@PostMapping("/mentorships/{id}/difficulties")
	String raise(Actor actor, @PathVariable MentorshipId id, @RequestParam(required = false) DifficultyKind kind,
			@RequestParam(defaultValue = "") String description, RedirectAttributes redirect) {
		var target = actions.run(redirect, "difficulty.raised", "/mentorships/" + id + "#difficulties",
				() -> followUp.raiseDifficulty(actor, id, kind, description));
		if (!redirect.getFlashAttributes().containsKey("saved")) {
			redirect.addFlashAttribute("difficultyDraft", description);
		}
		return target;
	}

	@PostMapping("/difficulties/{difficulty}/follow")
	String follow(Actor actor, @PathVariable UUID difficulty, @RequestParam UUID mentorship, @RequestParam long version,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		return actions.run(redirect, "difficulty.followed", "/mentorships/" + mentorship + "#difficulties",
				() -> followUp.followDifficulty(actor, difficulty, version, note));
	}

	@PostMapping("/difficulties/{difficulty}/resolve")
	String resolve(Actor actor, @PathVariable UUID difficulty, @RequestParam UUID mentorship,
			@RequestParam long version, @RequestParam(defaultValue = "") String resolution,
			RedirectAttributes redirect) {
		return actions.run(redirect, "difficulty.resolvedNow", "/mentorships/" + mentorship + "#difficulties",
				() -> followUp.resolveDifficulty(actor, difficulty, version, resolution));
	}

}
