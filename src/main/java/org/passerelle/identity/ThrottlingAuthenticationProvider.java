package org.passerelle.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
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
		var email = authentication.getName();
		if (throttle.isBlocked(email)) {
			throw new ThrottledLoginException();
		}
		try {
			var result = passwords.authenticate(authentication);
			throttle.succeeded(email);
			return result;
		}
		catch (AuthenticationException ex) {
			throttle.failed(email);
			// a disabled account answers like a wrong password: nothing learnt about the account
			throw new BadCredentialsException("Bad credentials");
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
