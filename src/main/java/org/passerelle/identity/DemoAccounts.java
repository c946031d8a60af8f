package org.passerelle.identity;

import java.util.List;

import org.passerelle.core.Language;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demonstration accounts, one per role, loaded with the demo data and listed on the sign-in
 * page only when the demo is on.
 *
 * @param enabled whether this installation is a demonstration
 * @param accounts the accounts and their passwords
 */
@ConfigurationProperties("passerelle.demo")
public record DemoAccounts(boolean enabled, @DefaultValue List<Account> accounts) {

	/** One demonstration account. */
	public record Account(String email, String password, Role role, String fullName, Language language) {
	}
}
