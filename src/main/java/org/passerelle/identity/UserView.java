package org.passerelle.identity;

import java.time.Instant;

import org.passerelle.core.Language;
import org.passerelle.core.OrganisationId;

/**
 * A user account as others may see it: never its password.
 */
public record UserView(UserId id, String email, String fullName, Role role, OrganisationId organisationId,
		String organisationName, Language preferredLanguage, boolean active, Instant createdAt, long version) {
}
