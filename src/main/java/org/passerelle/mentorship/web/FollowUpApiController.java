package org.passerelle.mentorship.web;

import java.util.List;
import java.util.UUID;

import org.passerelle.identity.Actor;
import org.passerelle.mentorship.DifficultyKind;
import org.passerelle.mentorship.FollowUp.DueCheckIn;
import org.passerelle.mentorship.FollowUp;
import org.passerelle.mentorship.FollowUpViews.DifficultyView;
import org.passerelle.mentorship.FollowUpViews.FollowUpView;
import org.passerelle.mentorship.MentorshipId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The follow-up of mentorships over REST: check-ins and difficulties.
 */
@RestController
@Tag(name = "Mentorships")
class FollowUpApiController {

	private final FollowUp followUp;

	FollowUpApiController(FollowUp followUp) {
		this.followUp = followUp;
	}

	@GetMapping("/api/mentorships/{id}/follow-up")
	@Operation(summary = "Check-ins due and recorded (coordinators), difficulties (the one who raised them and coordinators)")
	FollowUpView of(Actor actor, @PathVariable MentorshipId id) {
		return followUp.of(actor, id);
	}

	@PostMapping("/api/mentorships/{id}/check-ins")
	@Operation(summary = "Record a check-in with one of the pair, with its short evaluation (coordinators)")
	FollowUpView checkIn(Actor actor, @PathVariable MentorshipId id, @Valid @RequestBody CheckInForm checkIn) {
		return followUp.recordCheckIn(actor, id, checkIn.details());
	}

	@GetMapping("/api/check-ins/due")
	@Operation(summary = "Check-ins due within a week or overdue, in the programs the caller coordinates")
	List<DueCheckIn> due(Actor actor) {
		return followUp.checkInsDue(actor);
	}

	@PostMapping("/api/mentorships/{id}/difficulties")
	@Operation(summary = "Raise a difficulty; the program's coordinators are told at once")
	FollowUpView raise(Actor actor, @PathVariable MentorshipId id, @Valid @RequestBody DifficultyRequest request) {
		return followUp.raiseDifficulty(actor, id, request.kind(), request.description());
	}

	@GetMapping("/api/difficulties")
	@Operation(summary = "Difficulties not yet resolved in the programs the caller coordinates, oldest first")
	List<DifficultyView> open(Actor actor) {
		return followUp.openDifficulties(actor);
	}

	@PostMapping("/api/difficulties/{id}/follow")
	@Operation(summary = "Take a difficulty up or note where it stands, as of its version (coordinators)")
	FollowUpView follow(Actor actor, @PathVariable UUID id, @Valid @RequestBody StepRequest request) {
		return followUp.followDifficulty(actor, id, request.version(), request.note());
	}

	@PostMapping("/api/difficulties/{id}/resolve")
	@Operation(summary = "Say how a difficulty was resolved, as of its version (coordinators)")
	FollowUpView resolve(Actor actor, @PathVariable UUID id, @Valid @RequestBody StepRequest request) {
		return followUp.resolveDifficulty(actor, id, request.version(), request.note());
	}

	/** A difficulty raised. */
	record DifficultyRequest(@NotNull(message = "{difficulty.kind.required}") DifficultyKind kind,
			@NotNull(message = "{difficulty.description.required}") @Size(max = 4000, message = "{field.tooLong}") String description) {
	}

	/** A step toward resolution, as of a version. */
	record StepRequest(@NotNull(message = "{field.versionRequired}") Long version,
			@Size(max = 4000, message = "{field.tooLong}") String note) {
	}
}
