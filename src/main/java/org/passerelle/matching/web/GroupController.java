package org.passerelle.matching.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.passerelle.core.Actions;
import org.passerelle.core.NotFoundException;
import org.passerelle.identity.Actor;
import org.passerelle.matching.ConnectorIntroductions;
import org.passerelle.matching.FollowUpOutcome;
import org.passerelle.matching.GroupMatching;
import org.passerelle.matching.MatchSuggestions;
import org.passerelle.matching.Proposals;
import org.passerelle.participant.ParticipantId;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.program.ProgramId;
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

	private final Clock clock;

	private final Actions actions;

	GroupController(GroupMatching groups, ConnectorIntroductions connectors, MatchSuggestions matchSuggestions,
			Proposals proposals,
			ParticipantDirectory participants, Clock clock, Actions actions) {
		this.actions = actions;
		this.groups = groups;
		this.connectors = connectors;
		this.matchSuggestions = matchSuggestions;
		this.proposals = proposals;
		this.participants = participants;
		this.clock = clock;
	}

	@GetMapping("/programs/{program}/cohorts")
	String cohorts(Actor actor, @PathVariable ProgramId program, Locale locale, Model model) {
		model.addAttribute("pool", matchSuggestions.overview(actor, program));
		model.addAttribute("cohorts", groups.cohorts(actor, program, locale));
		return "matching/cohorts";
	}

	@PostMapping("/programs/{program}/cohorts")
	String form(Actor actor, @PathVariable ProgramId program, Locale locale, RedirectAttributes redirect) {
		var formed = groups.formCohorts(actor, program, locale);
		redirect.addFlashAttribute("formedCount", formed.size());
		return "redirect:/programs/" + program + "/cohorts";
	}

	@PostMapping("/cohorts/{cohort}/confirm")
	String confirm(Actor actor, @PathVariable UUID cohort, @RequestParam UUID program, @RequestParam long version,
			Locale locale, RedirectAttributes redirect) {
		return actions.run(redirect, "cohort.confirmed", "/programs/" + program + "/cohorts",
				() -> groups.confirm(actor, cohort, version, locale));
	}

	@PostMapping("/cohorts/{cohort}/discard")
	String discard(Actor actor, @PathVariable UUID cohort, @RequestParam UUID program, @RequestParam long version,
			RedirectAttributes redirect) {
		return actions.run(redirect, "cohort.discarded", "/programs/" + program + "/cohorts",
				() -> groups.discard(actor, cohort, version));
	}

	@PostMapping("/cohorts/{cohort}/remove")
	String remove(Actor actor, @PathVariable UUID cohort, @RequestParam UUID program, @RequestParam long version,
			@RequestParam ParticipantId participant, Locale locale, RedirectAttributes redirect) {
		return actions.run(redirect, "cohort.removed", "/programs/" + program + "/cohorts",
				() -> groups.remove(actor, cohort, version, participant, locale));
	}

	@GetMapping("/programs/{program}/introductions")
	String introductions(Actor actor, @PathVariable ProgramId program, Model model) {
		model.addAttribute("program", program);
		model.addAttribute("introductions", connectors.introductions(actor, program));
		model.addAttribute("coordinates", proposals.mayCoordinate(actor, program));
		if (proposals.mayCoordinate(actor, program)) {
			model.addAttribute("pool", matchSuggestions.overview(actor, program));
		}
		model.addAttribute("me", participants.participantOf(actor.userId()).orElse(null));
		model.addAttribute("minimum", connectors.minimumContacts(program));
		model.addAttribute("today", LocalDate.now(clock));
		return "matching/introductions";
	}

	@PostMapping("/programs/{program}/introductions")
	String record(Actor actor, @PathVariable ProgramId program, @RequestParam ParticipantId connector, @RequestParam ParticipantId newcomer,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate metOn,
			@RequestParam(required = false) Integer minutes, @RequestParam(defaultValue = "") String notes,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		var contacts = new ArrayList<ConnectorIntroductions.ContactDetails>();
		for (int i = 0; i < 5; i++) {
			contacts.add(new ConnectorIntroductions.ContactDetails(form.get("contact" + i + ".name"),
					form.get("contact" + i + ".organisation"), form.get("contact" + i + ".occupation"),
					form.get("contact" + i + ".email")));
		}
		return actions.run(redirect, "introduction.recorded", "/programs/" + program + "/introductions",
				() -> connectors.recordIntroduction(actor, program, connector,
						newcomer, metOn, minutes, notes, contacts));
	}

	@GetMapping("/network/{participant}")
	String network(Actor actor, @PathVariable ParticipantId participant, Model model) {
		model.addAttribute("network", connectors.network(actor, participant));
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
		return actions.run(redirect, "introduction.followUp.recorded", "/network/" + newcomer + "#contact-" + contact,
				() -> connectors.recordFollowUp(actor, contact, on, outcome, notes));
	}

}
