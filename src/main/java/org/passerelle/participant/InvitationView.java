package org.passerelle.participant;

import java.time.Instant;
import java.util.UUID;

import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;

/**
 * One admitted participant of a program and their invitation to open an account, as coordinators
 * see it: {@code id} and the dates are null for someone not invited yet.
 *
 * @param hasEmail whether the person can be invited: without an address they take part through
 *        their coordinator
 */
public record InvitationView(UUID id, ParticipantId participant, String name, String email, boolean hasEmail,
		ProgramId program, Audience role, InvitationStatus status, Instant sentAt, Instant expiresAt, Instant openedAt,
		Instant acceptedAt, Instant revokedAt) {

	/** Whether a coordinator can send (or send again) an invitation now. */
	public boolean mayInvite() {
		return hasEmail && status != InvitationStatus.JOINED;
	}

	/** Whether a coordinator can withdraw the invitation. */
	public boolean mayRevoke() {
		return id != null && (status == InvitationStatus.INVITED || status == InvitationStatus.OPENED);
	}
}
