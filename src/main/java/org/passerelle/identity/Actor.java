package org.passerelle.identity;

import org.passerelle.core.OrganisationId;

/**
 * The person a request acts for: their account, role and organisation. Every module's service
 * takes one and asks the {@link AccessPolicy} what it may see.
 */
public record Actor(UserId userId, String email, Role role, OrganisationId organisationId)
		implements java.io.Serializable {

	private static final Actor SYSTEM = new Actor(new UserId(new java.util.UUID(0, 0)), "system", Role.ADMIN, null);

	/** Passerelle itself, for start-up and scheduled work that no person triggers. */
	public static Actor system() {
		return SYSTEM;
	}

	public boolean is(Role role) {
		return this.role == role;
	}
}
