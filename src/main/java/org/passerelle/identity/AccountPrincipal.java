package org.passerelle.identity;

import java.util.Collection;
import java.util.List;

import org.passerelle.core.Language;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in account as Spring Security holds it in the session. Sessions are written to
 * PostgreSQL (shared by every node), so the principal is serializable, and what is written holds
 * no password hash.
 */
record AccountPrincipal(Actor actor, String fullName, Language preferredLanguage, String passwordHash,
		boolean active) implements UserDetails {

	static AccountPrincipal of(UserAccount account) {
		return new AccountPrincipal(account.actor(), account.fullName(), account.preferredLanguage(),
				account.passwordHash(), account.isActive());
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return actor.email();
	}

	@Override
	public boolean isEnabled() {
		return active;
	}

	/** The session keeps no password hash once signed in. */
	@Override
	public String toString() {
		return "AccountPrincipal[" + actor.email() + "]";
	}

	/** What the session table holds: the account without its password hash. */
	@java.io.Serial
	private Object writeReplace() {
		return new AccountPrincipal(actor, fullName, preferredLanguage, null, active);
	}
}
