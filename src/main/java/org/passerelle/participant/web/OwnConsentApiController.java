package org.passerelle.participant.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.passerelle.core.NotFoundException;
import org.passerelle.identity.Actor;
import org.passerelle.participant.ConsentPurpose;
import org.passerelle.participant.ConsentRecord;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.participant.ParticipantManagement;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's own consents through the API: every answer, and giving or withdrawing one.
 */
@RestController
@RequestMapping("/api/account/consents")
@Tag(name = "Own consents", description = "The signed-in person's own consents: read, give, withdraw")
class OwnConsentApiController {

	private final ParticipantManagement participants;

	private final ParticipantDirectory directory;

	OwnConsentApiController(ParticipantManagement participants, ParticipantDirectory directory) {
		this.participants = participants;
		this.directory = directory;
	}

	@GetMapping
	@Operation(summary = "Every consent answer of the signed-in person, oldest first; 404 without a participant record")
	List<ConsentRecord> history(Actor actor) {
		var id = directory.participantOf(actor.userId())
			.orElseThrow(() -> new NotFoundException("participant", actor.userId()));
		return directory.find(actor, id).consentHistory();
	}

	@PostMapping
	@Operation(summary = "Give or withdraw one's own consent for a purpose; it holds at once")
	List<ConsentRecord> answer(Actor actor, @Valid @RequestBody OwnAnswer answer) {
		return participants.answerOwnConsent(actor, answer.purpose(), answer.granted()).consentHistory();
	}

	/** One's own answer for a purpose. */
	record OwnAnswer(@NotNull(message = "{field.required}") ConsentPurpose purpose, boolean granted) {
	}
}
