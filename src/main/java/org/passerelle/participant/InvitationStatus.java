package org.passerelle.participant;

/**
 * Where a participant stands with their invitation to open an account in one program.
 */
public enum InvitationStatus {
	/** Admitted, not invited yet. */
	NOT_INVITED,
	/** Invited, the link not opened yet. */
	INVITED,
	/** The link was opened, no account yet. */
	OPENED,
	/** The person has their account, linked to their record. */
	JOINED,
	/** The link is past its time. */
	EXPIRED,
	/** A coordinator withdrew the invitation. */
	REVOKED
}
