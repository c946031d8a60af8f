package org.passerelle.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Checks e-mail and password through Spring Security, and refuses attempts that the
 * {@link LoginThrottle} says must wait. Unknown address and wrong password fail alike. Credentials
 * that matched a moment ago ({@link VerifiedPasswords}) are not hashed again: HTTP Basic sends
 * them on every API call.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final VerifiedPasswords verified;

	private final AccountDetailsService accounts;

	ThrottlingAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle,
			VerifiedPasswords verified, AccountDetailsService accounts) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.verified = verified;
		this.accounts = accounts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		var key = key(authentication);
		if (throttle.isBlocked(key)) {
			throw new ThrottledLoginException();
		}
		var email = authentication.getName();
		var password = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
		if (email != null && password != null) {
			var known = fromVerified(authentication, email, password);
			if (known != null) {
				return known;
			}
		}
		try {
			var result = passwords.authenticate(authentication);
			throttle.succeeded(key);
			if (password != null && result.getPrincipal() instanceof AccountPrincipal principal
					&& principal.getPassword() != null) {
				verified.keep(email, password, principal.getPassword());
			}
			return result;
		}
		catch (InternalAuthenticationServiceException ex) {
			// the account could not be read (the database is away): not a failed attempt
			throw ex;
		}
		catch (AuthenticationException ex) {
			throttle.failed(key);
			// a disabled account answers like a wrong password: nothing learnt about the account
			throw new BadCredentialsException("Bad credentials");
		}
	}

	/**
	 * The account, authenticated without hashing the password again, when these credentials
	 * matched its password hash a moment ago and it is still active with that hash; otherwise null.
	 */
	private Authentication fromVerified(Authentication authentication, String email, String password) {
		var hash = verified.matched(email, password);
		if (hash.isEmpty()) {
			return null;
		}
		AccountPrincipal principal;
		try {
			principal = (AccountPrincipal) accounts.loadUserByUsername(email);
		}
		catch (UsernameNotFoundException ex) {
			verified.forget(email, password);
			return null;
		}
		if (!principal.isEnabled() || !hash.get().equals(principal.getPassword())) {
			verified.forget(email, password);
			return null;
		}
		var result = UsernamePasswordAuthenticationToken.authenticated(principal, authentication.getCredentials(),
				principal.getAuthorities());
		result.setDetails(authentication.getDetails());
		return result;
	}

	/**
	 * Attempts count by the address typed and the client's network address: someone guessing
	 * from elsewhere waits, the person signing in from their own place does not.
	 */
	private static String key(Authentication authentication) {
		var from = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : "";
		return authentication.getName() + " from " + from;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
