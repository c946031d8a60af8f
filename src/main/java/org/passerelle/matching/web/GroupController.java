package org.passerelle.matching.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.Actor;
import org.passerelle.matching.ConnectorIntroductions;
import org.passerelle.matching.FollowUpOutcome;
import org.passerelle.matching.GroupMatching;
import org.passerelle.matching.MatchSuggestions;
import org.passerelle.matching.Proposals;
import org.passerelle.participant.ParticipantId;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.program.ProgramId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the group and connector formats (R-MAT-6): cohorts formed from the pool, connector
 * introductions with the contacts referred, and the newcomer's growing network.
 */
@Controller
class GroupController {

	private final GroupMatching groups;

	private final ConnectorIntroductions connectors;

	private final MatchSuggestions matchSuggestions;

	private final Proposals proposals;

	private final ParticipantDirectory participants;

	private final MessageSource messages;

	private final Clock clock;

	GroupController(GroupMatching groups, ConnectorIntroductions connectors, MatchSuggestions matchSuggestions,
			Proposals proposals,
			ParticipantDirectory participants, MessageSource messages, Clock clock) {
		this.groups = groups;
		this.connectors = connectors;
		this.matchSuggestions = matchSuggestions;
		this.proposals = proposals;
		this.participants = participants;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/programs/{program}/cohorts")
	String cohorts(Actor actor, @PathVariable UUID program, Locale locale, Model model) {
		var id = new ProgramId(program);
		model.addAttribute("pool", matchSuggestions.overview(actor, id));
		model.addAttribute("cohorts", groups.cohorts(actor, id, locale));
		return "matching/cohorts";
	}

	@PostMapping("/programs/{program}/cohorts")
	String form(Actor actor, @PathVariable UUID program, Locale locale, RedirectAttributes redirect) {
		var formed = groups.formCohorts(actor, new ProgramId(program), locale);
		redirect.addFlashAttribute("formedCount", formed.size());
		return "redirect:/programs/" + program + "/cohorts";
	}

	@PostMapping("/cohorts/{cohort}/confirm")
	String confirm(Actor actor, @PathVariable UUID cohort, @RequestParam UUID program, @RequestParam long version,
			Locale locale, RedirectAttributes redirect) {
		return act(redirect, "cohort.confirmed", "/programs/" + program + "/cohorts",
				() -> groups.confirm(actor, cohort, version, locale));
	}

	@PostMapping("/cohorts/{cohort}/discard")
	String discard(Actor actor, @PathVariable UUID cohort, @RequestParam UUID program, @RequestParam long version,
			RedirectAttributes redirect) {
		return act(redirect, "cohort.discarded", "/programs/" + program + "/cohorts", () -> {
			groups.discard(actor, cohort, version);
			return null;
		});
	}

	@PostMapping("/cohorts/{cohort}/remove")
	String remove(Actor actor, @PathVariable UUID cohort, @RequestParam UUID program, @RequestParam long version,
			@RequestParam UUID participant, Locale locale, RedirectAttributes redirect) {
		return act(redirect, "cohort.removed", "/programs/" + program + "/cohorts",
				() -> groups.remove(actor, cohort, version, new ParticipantId(participant), locale));
	}

	@GetMapping("/programs/{program}/introductions")
	String introductions(Actor actor, @PathVariable UUID program, Model model) {
		var id = new ProgramId(program);
		model.addAttribute("program", id);
		model.addAttribute("introductions", connectors.introductions(actor, id));
		model.addAttribute("coordinates", proposals.mayCoordinate(actor, id));
		if (proposals.mayCoordinate(actor, id)) {
			model.addAttribute("pool", matchSuggestions.overview(actor, id));
		}
		model.addAttribute("me", participants.participantOf(actor.userId()).orElse(null));
		model.addAttribute("minimum", connectors.minimumContacts(id));
		model.addAttribute("today", LocalDate.now(clock));
		return "matching/introductions";
	}

	@PostMapping("/programs/{program}/introductions")
	String record(Actor actor, @PathVariable UUID program, @RequestParam UUID connector, @RequestParam UUID newcomer,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate metOn,
			@RequestParam(required = false) Integer minutes, @RequestParam(defaultValue = "") String notes,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		var contacts = new ArrayList<ConnectorIntroductions.ContactDetails>();
		for (int i = 0; i < 5; i++) {
			contacts.add(new ConnectorIntroductions.ContactDetails(form.get("contact" + i + ".name"),
					form.get("contact" + i + ".organisation"), form.get("contact" + i + ".occupation"),
					form.get("contact" + i + ".email")));
		}
		return act(redirect, "introduction.recorded", "/programs/" + program + "/introductions",
				() -> connectors.recordIntroduction(actor, new ProgramId(program), new ParticipantId(connector),
						new ParticipantId(newcomer), metOn, minutes, notes, contacts));
	}

	@GetMapping("/network/{participant}")
	String network(Actor actor, @PathVariable UUID participant, Model model) {
		model.addAttribute("network", connectors.network(actor, new ParticipantId(participant)));
		model.addAttribute("outcomes", FollowUpOutcome.values());
		model.addAttribute("today", LocalDate.now(clock));
		return "matching/network";
	}

	@GetMapping("/my/network")
	String myNetwork(Actor actor) {
		var me = participants.participantOf(actor.userId())
			.orElseThrow(() -> new NotFoundException("participant", actor.userId()));
		return "redirect:/network/" + me;
	}

	@PostMapping("/network/contacts/{contact}/follow-ups")
	String followUp(Actor actor, @PathVariable UUID contact, @RequestParam UUID newcomer,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) FollowUpOutcome outcome, @RequestParam(defaultValue = "") String notes,
			RedirectAttributes redirect) {
		return act(redirect, "introduction.followUp.recorded", "/network/" + newcomer + "#contact-" + contact,
				() -> connectors.recordFollowUp(actor, contact, on, outcome, notes));
	}

	private String act(RedirectAttributes redirect, String saved, String target, Supplier<?> action) {
		try {
			action.get();
			redirect.addFlashAttribute("saved", saved);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("problem",
					messages.getMessage(ex.messageCode(), ex.arguments(), LocaleContextHolder.getLocale()));
		}
		catch (InvalidFieldException ex) {
			redirect.addFlashAttribute("problem",
					messages.getMessage(ex.messageCode(), ex.arguments(), LocaleContextHolder.getLocale()));
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("failed", "form.concurrentEdit");
		}
		return "redirect:" + target;
	}
}
