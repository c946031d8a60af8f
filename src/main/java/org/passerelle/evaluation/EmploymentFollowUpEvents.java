package org.passerelle.evaluation;

import java.time.Instant;

import org.passerelle.core.Language;

/**
 * What happens to employment follow-ups, for the notifications.
 */
public final class EmploymentFollowUpEvents {

	private EmploymentFollowUpEvents() {
	}

	/**
	 * A follow-up's single-use link was made, to be e-mailed at once in the person's language: the
	 * first sending, the reminder, or a new link the person asked for. The event carries the only
	 * copy of the link, so it is handled in the transaction that made it, never stored.
	 */
	public record FollowUpLinkIssued(String email, Language language, String firstName, String programName,
			int months, String link, Instant expiresAt, boolean reminder) {
	}
}
