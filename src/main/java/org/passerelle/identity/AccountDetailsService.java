package org.passerelle.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the account behind the e-mail address typed at sign-in.
 */
@Component
class AccountDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	AccountDetailsService(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return accounts.findByEmail(UserAccount.normalise(email))
			.map(AccountPrincipal::of)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}
}
