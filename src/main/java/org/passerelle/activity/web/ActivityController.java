package org.passerelle.activity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import org.passerelle.core.Actions;
import org.passerelle.activity.Activities;
import org.passerelle.activity.ActivityId;
import org.passerelle.activity.ActivityKind;
import org.passerelle.activity.Attendance;
import org.passerelle.activity.InvitationAnswer;
import org.passerelle.core.Forms;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.Actor;
import org.passerelle.participant.ParticipantId;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;
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
 * The pages of group sessions and events: the list, a new event or series, and an event with its
 * invitations, the invited person's answer, the attendance sheet and the cancellation.
 */
@Controller
class ActivityController {

	static final String MARK = "attendance-";

	private final Activities activities;

	private final Clock clock;

	private final Actions actions;

	ActivityController(Activities activities, Clock clock, Actions actions) {
		this.actions = actions;
		this.activities = activities;
		this.clock = clock;
	}

	@GetMapping("/activities")
	String list(Actor actor, Model model) {
		model.addAttribute("activities", activities.list(actor));
		model.addAttribute("maySchedule", !activities.schedulable(actor).isEmpty());
		return "activities/list";
	}

	@GetMapping("/activities/new")
	String create(Actor actor, @RequestParam(required = false) UUID program, Model model) {
		var chosen = program;
		if (chosen == null) {
			var schedulable = activities.schedulable(actor);
			chosen = schedulable.size() == 1 ? schedulable.getFirst().id().value() : null;
		}
		return form(actor, model, ActivityForm.blank(chosen, LocalDate.now(clock).plusDays(7)));
	}

	@PostMapping("/activities")
	String create(Actor actor, @Valid @ModelAttribute("activity") ActivityForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				var program = new ProgramId(form.programId());
				if (form.series()) {
					var scheduled = activities.scheduleSeries(actor, program, form.details(), form.everyWeeks(),
							form.occurrences());
					redirect.addFlashAttribute("saved", "activity.series.scheduled");
					return "redirect:/activities/" + scheduled.getFirst().id();
				}
				var activity = activities.schedule(actor, program, form.details());
				redirect.addFlashAttribute("saved", "activity.scheduled");
				return "redirect:/activities/" + activity.id();
			}
			catch (InvalidFieldException | RuleViolationException ex) {
				Forms.reject(result, ex, field -> ActivityForm.field(field));
			}
		}
		Forms.keep(model, "activity", form, result);
		return form(actor, model, form);
	}

	private String form(Actor actor, Model model, ActivityForm form) {
		var programs = activities.schedulable(actor);
		if (programs.isEmpty()) {
			throw new NotFoundException("programs", actor.userId());
		}
		model.addAttribute("programs", programs);
		model.addAttribute("kinds", ActivityKind.values());
		if (!model.containsAttribute("activity")) {
			model.addAttribute("activity", form);
		}
		return "activities/new";
	}

	@GetMapping("/activities/{id}")
	String show(Actor actor, @PathVariable ActivityId id, Model model) {
		var activity = activities.find(actor, id);
		model.addAttribute("activity", activity);
		model.addAttribute("candidates",
				activity.coordinator() ? activities.candidates(actor, activity.id()) : List.of());
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("marks", Attendance.values());
		model.addAttribute("answers", InvitationAnswer.values());
		return "activities/detail";
	}

	@PostMapping("/activities/{id}/invitations")
	String invite(Actor actor, @PathVariable ActivityId id, @RequestParam long version,
			@RequestParam(required = false) Set<Audience> audiences,
			@RequestParam(required = false) List<UUID> participants, RedirectAttributes redirect) {
		var people = participants == null ? List.<ParticipantId>of() : participants.stream().map(ParticipantId::new).toList();
		return actions.run(redirect, "activity.invited", "/activities/" + id + "#invitations",
				() -> activities.invite(actor, id, version, audiences, people));
	}

	@PostMapping("/activities/{id}/answer")
	String answer(Actor actor, @PathVariable ActivityId id, @RequestParam(required = false) InvitationAnswer answer,
			RedirectAttributes redirect) {
		return actions.run(redirect, "activity.answered", "/activities/" + id,
				() -> activities.answer(actor, id, answer));
	}

	@PostMapping("/activities/{id}/attendance")
	String attendance(Actor actor, @PathVariable ActivityId id, @RequestParam long version,
			@RequestParam Map<String, String> parameters, RedirectAttributes redirect) {
		var marks = new LinkedHashMap<ParticipantId, Attendance>();
		for (var parameter : parameters.entrySet()) {
			if (parameter.getKey().startsWith(MARK)) {
				try {
					marks.put(new ParticipantId(UUID.fromString(parameter.getKey().substring(MARK.length()))),
							Attendance.valueOf(parameter.getValue()));
				}
				catch (IllegalArgumentException ex) {
					redirect.addFlashAttribute("failed", "activity.attendance.invalid");
					return "redirect:/activities/" + id + "#attendance";
				}
			}
		}
		return actions.run(redirect, "activity.attendance.taken", "/activities/" + id + "#attendance",
				() -> activities.takeAttendance(actor, id, version, marks));
	}

	@PostMapping("/activities/{id}/cancel")
	String cancel(Actor actor, @PathVariable ActivityId id, @RequestParam long version,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return actions.run(redirect, "activity.cancelledNow", "/activities/" + id,
				() -> activities.cancel(actor, id, version, reason));
	}

}
