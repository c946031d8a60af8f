package org.passerelle.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks e-mail and password through Spring Security, and refuses attempts that the
 * {@link LoginThrottle} says must wait. Unknown address and wrong password fail alike.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottlingAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		var key = key(authentication);
		if (throttle.isBlocked(key)) {
			throw new ThrottledLoginException();
		}
		try {
			var result = passwords.authenticate(authentication);
			throttle.succeeded(key);
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
