package org.passerelle.core;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where Passerelle is reached from outside — {@code passerelle.base-url} — for the addresses that
 * leave it: links in e-mails, calendar feeds, the verification address printed on certificates.
 */
@Component
public class BaseAddress {

	/** Where Passerelle answers when nothing else says: the address {@code ./mvnw spring-boot:run} opens. */
	static final String LOCAL = "http://localhost:8080";

	private final String configured;

	BaseAddress(@Value("${passerelle.base-url:}") String configured) {
		var trimmed = configured == null ? "" : configured.strip();
		this.configured = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
	}

	/**
	 * The base address without a trailing slash: the configured one, or else that of the request
	 * being answered, or else the local one.
	 */
	public String get() {
		if (!configured.isEmpty()) {
			return configured;
		}
		return RequestContextHolder.getRequestAttributes() != null
				? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() : LOCAL;
	}

	/**
	 * The configured address, or else the local one — for what is written outside a request, or
	 * for someone else than the person asking: e-mails.
	 */
	public String configuredOrLocal() {
		return configured.isEmpty() ? LOCAL : configured;
	}
}
