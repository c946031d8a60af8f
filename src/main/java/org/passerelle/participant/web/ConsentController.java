package org.passerelle.participant.web;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.passerelle.core.Actions;
import org.passerelle.core.NotFoundException;
import org.passerelle.identity.Actor;
import org.passerelle.identity.UserId;
import org.passerelle.identity.UserManagement;
import org.passerelle.participant.ConsentRecord;
import org.passerelle.participant.ConsentPurpose;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.participant.ParticipantView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's own consents, from their account: what they answered for each purpose with the
 * wording they saw, every earlier answer, and a button to withdraw (or give again) each one —
 * as a page and through the API.
 */
@Controller
class ConsentController {

	private final ParticipantManagement participants;

	private final ParticipantDirectory directory;

	private final Actions actions;

	private final UserManagement users;

	ConsentController(ParticipantManagement participants, ParticipantDirectory directory, Actions actions,
			UserManagement users) {
		this.users = users;
		this.participants = participants;
		this.directory = directory;
		this.actions = actions;
	}

	@GetMapping("/account/consents")
	String own(Actor actor, Model model) {
		var person = own(actor);
		model.addAttribute("person", person);
		model.addAttribute("consentRecorders", recorders(users, person));
		model.addAttribute("consentPurposes", ConsentPurpose.values());
		return "participants/own-consents";
	}

	@PostMapping("/account/consents")
	String answer(Actor actor, @RequestParam ConsentPurpose purpose, @RequestParam(defaultValue = "false") boolean granted,
			RedirectAttributes redirect) {
		return actions.run(redirect, granted ? "privacy.consent.own.given" : "privacy.consent.own.withdrawn",
				"/account/consents", () -> participants.answerOwnConsent(actor, purpose, granted));
	}

	/** The names of those who recorded the person's answers, by user id, for the history. */
	static Map<UUID, String> recorders(UserManagement users, ParticipantView person) {
		var ids = person.consentHistory()
			.stream()
			.map(ConsentRecord::recordedBy)
			.filter(Objects::nonNull)
			.map(UserId::new)
			.collect(Collectors.toSet());
		return users.names(ids)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(entry -> entry.getKey().value(), Map.Entry::getValue));
	}

	private ParticipantView own(Actor actor) {
		var id = directory.participantOf(actor.userId())
			.orElseThrow(() -> new NotFoundException("participant", actor.userId()));
		return directory.find(actor, id);
	}

}
