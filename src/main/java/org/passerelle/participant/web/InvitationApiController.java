package org.passerelle.participant.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.passerelle.core.Language;
import org.passerelle.core.LocalizedProblems;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.identity.PasswordPolicy;
import org.passerelle.participant.InvitationLookup;
import org.passerelle.participant.InvitationNeedsSignInException;
import org.passerelle.participant.InvitationRefusedException;
import org.passerelle.participant.InvitationView;
import org.passerelle.participant.ParticipantId;
import org.passerelle.participant.ParticipantInvitations;
import org.passerelle.program.ProgramId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Invitations over REST: the program's coordinators list, send, send again and withdraw them;
 * the invited person reads theirs and accepts it with the token of the e-mailed link (no
 * credentials, or their own when an account already has the address).
 */
@RestController
@Tag(name = "Invitations", description = "Invitations of admitted participants to open their account")
class InvitationApiController {

	private final ParticipantInvitations invitations;

	private final AccessPolicy policy;

	private final LocalizedProblems problems;

	InvitationApiController(ParticipantInvitations invitations, AccessPolicy policy, LocalizedProblems problems) {
		this.invitations = invitations;
		this.policy = policy;
		this.problems = problems;
	}

	@GetMapping("/api/programs/{id}/invitations")
	@Operation(summary = "The program's admitted participants and where each stands with their invitation")
	List<InvitationView> list(Actor actor, @PathVariable ProgramId id) {
		return invitations.list(actor, id);
	}

	@PostMapping("/api/programs/{id}/invitations")
	@Operation(summary = "Invite the given admitted participants (participantIds), or all not yet invited (all: true)")
	List<InvitationView> invite(Actor actor, @PathVariable ProgramId id, @RequestBody InviteRequest request) {
		if (request.all()) {
			return invitations.inviteAll(actor, id);
		}
		var people = request.participantIds() == null ? List.<ParticipantId>of()
				: request.participantIds().stream().map(ParticipantId::new).toList();
		return invitations.invite(actor, id, people);
	}

	@PostMapping("/api/invitations/{id}/resend")
	@Operation(summary = "Send a new link for an invitation; the earlier link stops working")
	InvitationView resend(Actor actor, @PathVariable UUID id) {
		return invitations.resend(actor, id);
	}

	@DeleteMapping("/api/invitations/{id}")
	@Operation(summary = "Withdraw an invitation not yet accepted; its link stops working")
	InvitationView revoke(Actor actor, @PathVariable UUID id) {
		return invitations.revoke(actor, id);
	}

	@GetMapping("/api/invitations/{token}")
	@Operation(summary = "Read an invitation by the token of its link (public); 410 when the link does not work")
	InvitationResource read(@PathVariable String token) {
		return InvitationResource.of(invitations.open(token));
	}

	@PostMapping("/api/invitations/{token}")
	@Operation(summary = "Accept an invitation (public): opens the account with the password chosen, or, "
			+ "called with the credentials of the account that has the invited address, links it; "
			+ "409 when such an account exists and the call has no credentials")
	ResponseEntity<AcceptedResource> accept(@PathVariable String token, @Valid @RequestBody AcceptRequest request) {
		var signedIn = policy.signedInActor();
		if (signedIn.isPresent()) {
			invitations.acceptAsSignedIn(token, signedIn.get());
			return ResponseEntity.ok(new AcceptedResource(signedIn.get().email(), false));
		}
		if (request.password() == null) {
			throw new org.passerelle.core.InvalidFieldException("password", "password.required");
		}
		var email = invitations.accept(token, request.password(), request.language());
		return ResponseEntity.status(HttpStatus.CREATED).body(new AcceptedResource(email, true));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> refused(InvitationRefusedException ex) {
		var status = ex.reason() == InvitationRefusedException.Reason.ALREADY_LINKED
				|| ex.reason() == InvitationRefusedException.Reason.OTHER_ACCOUNT ? HttpStatus.CONFLICT : HttpStatus.GONE;
		return problem(status, "invitation.refused.title", ex.messageCode());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> signInFirst(InvitationNeedsSignInException ex) {
		return problem(HttpStatus.CONFLICT, "invitation.account.title", ex.messageCode());
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
		return ResponseEntity.status(status).body(problems.of(status, title, detail));
	}

	/** Whom to invite: some participants, or everyone not yet invited. */
	record InviteRequest(List<UUID> participantIds, boolean all) {
	}

	/** The password chosen (not needed to link an existing account) and the language of the account. */
	record AcceptRequest(@Size(max = PasswordPolicy.MAXIMUM_LENGTH, message = "{field.tooLong}") String password,
			Language language) {
	}

	/** The account to sign in with; {@code opened} is false when an existing account was linked. */
	record AcceptedResource(String email, boolean opened) {
	}

	/** An invitation as its link shows it. */
	record InvitationResource(String firstName, String email, String programName, String role, Language language,
			Instant expiresAt, boolean accountExists) {

		static InvitationResource of(InvitationLookup lookup) {
			return new InvitationResource(lookup.firstName(), lookup.email(), lookup.programName(),
					lookup.role().name(), lookup.language(), lookup.expiresAt(), lookup.accountExists());
		}
	}
}
