package org.passerelle.mentorship.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where Passerelle is reached from outside, for the addresses put in calendars and printed on
 * certificates: the configured {@code passerelle.base-url}, or else the address of the current
 * request.
 */
@Component
class BaseAddress {

	private final String configured;

	BaseAddress(@Value("${passerelle.base-url:}") String configured) {
		var trimmed = configured == null ? "" : configured.strip();
		this.configured = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
	}

	/** The base address, without a trailing slash. */
	String get() {
		return configured.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
				: configured;
	}
}
