package org.passerelle.participant;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.passerelle.core.RuleViolationException;

/**
 * An invitation link that does not work, or no longer: nothing was changed. Says why, and which
 * invitation it was when known, so that the person can ask for a new one.
 */
public class InvitationRefusedException extends RuleViolationException {

	/** Why the link does not work. */
	public enum Reason {
		/** Past its time. */
		EXPIRED,
		/** Already used to open an account. */
		USED,
		/** Withdrawn by a coordinator. */
		REVOKED,
		/** Not a link Passerelle made, mistyped, or replaced by a newer invitation. */
		UNKNOWN,
		/** The person's record already has an account. */
		ALREADY_LINKED,
		/** The signed-in account has another e-mail address than the invitation. */
		OTHER_ACCOUNT
	}

	private final Reason reason;

	private final transient UUID invitation;

	InvitationRefusedException(Reason reason, Invitation invitation) {
		super("invitation.refused." + reason.name().toLowerCase(Locale.ROOT).replace("_", ""));
		this.reason = reason;
		this.invitation = invitation == null ? null : invitation.id();
	}

	public Reason reason() {
		return reason;
	}

	/** Whether the person may ask the coordinators for a new invitation from this page. */
	public boolean renewable() {
		return invitation != null && (reason == Reason.EXPIRED || reason == Reason.REVOKED);
	}

	Optional<UUID> invitation() {
		return Optional.ofNullable(invitation);
	}
}
