package org.passerelle.identity;

/**
 * Why a person gets a link to choose a password: they forgot theirs, or their account was just
 * opened for them and they choose their first one.
 */
public enum PasswordLinkPurpose {
	RESET, SET
}
