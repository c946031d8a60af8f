package org.passerelle.identity;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without checking the password, because too many attempts failed just before.
 */
class ThrottledLoginException extends AuthenticationException {

	ThrottledLoginException() {
		super("Too many failed attempts");
	}
}
