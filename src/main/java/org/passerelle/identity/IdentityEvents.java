package org.passerelle.identity;

import java.time.Instant;

import org.passerelle.core.Language;

/**
 * What happens to accounts, for the modules that react: notification e-mails the links.
 */
public final class IdentityEvents {

	private IdentityEvents() {
	}

	/**
	 * A link to choose a password was made for an account, to be e-mailed to it at once. The link
	 * holds the only copy of its token (Passerelle keeps a hash): listeners must handle the event
	 * within the publishing transaction (a plain {@code @EventListener}), never keep it.
	 *
	 * @param link the whole address to open, token included
	 */
	public record PasswordLinkIssued(UserId user, String email, String fullName, Language language,
			PasswordLinkPurpose purpose, String link, Instant expiresAt) {
	}
}
