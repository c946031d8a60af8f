package org.passerelle.participant;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.passerelle.core.Language;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.UserId;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;

/**
 * The invitation of a participant admitted to a program to open their Passerelle account (R-ACC-1):
 * sent, maybe opened, then joined — or expired, or revoked. Only a hash of the link's token is
 * kept; sending again replaces it, so that only the last link works.
 */
@Entity
@Table(name = "participant_invitation")
class Invitation {

	/** A person may ask for a new invitation at most this often: each request notifies coordinators. */
	static final Duration RENEWAL_REQUEST_INTERVAL = Duration.ofDays(1);

	@Id
	private UUID id;

	@Version
	private Long version;

	private UUID participantId;

	private UUID programId;

	@Enumerated(EnumType.STRING)
	private Audience role;

	private String email;

	@Enumerated(EnumType.STRING)
	private Language language;

	private String tokenHash;

	private UUID invitedBy;

	private Instant sentAt;

	private Instant expiresAt;

	private Instant openedAt;

	private Instant acceptedAt;

	private Instant revokedAt;

	private Instant renewalRequestedAt;

	private UUID userId;

	protected Invitation() {
	}

	static Invitation send(ParticipantId participant, ProgramId program, Audience role, String email,
			Language language, String tokenHash, UserId by, Instant at, Instant expires) {
		var invitation = new Invitation();
		invitation.id = UUID.randomUUID();
		invitation.participantId = participant.value();
		invitation.programId = program.value();
		invitation.role = role;
		invitation.sendAgain(email, language, tokenHash, by, at, expires);
		return invitation;
	}

	/** A new link, to the address and in the language known now; the earlier link stops working. */
	void sendAgain(String email, Language language, String tokenHash, UserId by, Instant at, Instant expires) {
		if (acceptedAt != null) {
			throw new RuleViolationException("invitation.alreadyJoined");
		}
		this.email = email.strip().toLowerCase(java.util.Locale.ROOT);
		this.language = language;
		this.tokenHash = tokenHash;
		this.invitedBy = by == null ? null : by.value();
		this.sentAt = at;
		this.expiresAt = expires;
		this.openedAt = null;
		this.revokedAt = null;
		this.renewalRequestedAt = null;
	}

	void revoke(Instant at) {
		if (acceptedAt != null) {
			throw new RuleViolationException("invitation.alreadyJoined");
		}
		if (revokedAt == null) {
			revokedAt = at;
		}
	}

	/**
	 * Checks that the link still works, and notes the first time it was opened.
	 *
	 * @throws InvitationRefusedException when it does not
	 */
	void open(Instant at) {
		if (acceptedAt != null) {
			throw new InvitationRefusedException(InvitationRefusedException.Reason.USED, this);
		}
		if (revokedAt != null) {
			throw new InvitationRefusedException(InvitationRefusedException.Reason.REVOKED, this);
		}
		if (!at.isBefore(expiresAt)) {
			throw new InvitationRefusedException(InvitationRefusedException.Reason.EXPIRED, this);
		}
		if (openedAt == null) {
			openedAt = at;
		}
	}

	void accept(UserId user, Instant at) {
		open(at);
		this.userId = user.value();
		this.acceptedAt = at;
	}

	/** Whether this request for a new invitation should reach the coordinators (not more than once a day). */
	boolean askForRenewal(Instant at) {
		if (acceptedAt != null || renewalRequestedAt != null && at.isBefore(renewalRequestedAt.plus(RENEWAL_REQUEST_INTERVAL))) {
			return false;
		}
		renewalRequestedAt = at;
		return true;
	}

	InvitationStatus status(Instant now) {
		if (acceptedAt != null) {
			return InvitationStatus.JOINED;
		}
		if (revokedAt != null) {
			return InvitationStatus.REVOKED;
		}
		if (!now.isBefore(expiresAt)) {
			return InvitationStatus.EXPIRED;
		}
		return openedAt == null ? InvitationStatus.INVITED : InvitationStatus.OPENED;
	}

	UUID id() {
		return id;
	}

	ParticipantId participant() {
		return new ParticipantId(participantId);
	}

	ProgramId program() {
		return new ProgramId(programId);
	}

	Audience role() {
		return role;
	}

	String email() {
		return email;
	}

	Language language() {
		return language;
	}

	Instant sentAt() {
		return sentAt;
	}

	Instant expiresAt() {
		return expiresAt;
	}

	Instant openedAt() {
		return openedAt;
	}

	Instant acceptedAt() {
		return acceptedAt;
	}

	Instant revokedAt() {
		return revokedAt;
	}
}
