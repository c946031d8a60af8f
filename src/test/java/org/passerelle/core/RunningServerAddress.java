package org.passerelle.core;

import org.springframework.core.env.Environment;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The tests' base address: the port the test server actually listens on (a random one), so that
 * the links in e-mails lead to it as {@code passerelle.base-url} makes them lead to an
 * installation — without fixing a port, which would start one application per port.
 */
public class RunningServerAddress extends BaseAddress {

	private final Environment environment;

	public RunningServerAddress(Environment environment) {
		super("");
		this.environment = environment;
	}

	@Override
	public String get() {
		return RequestContextHolder.getRequestAttributes() != null ? super.get() : configuredOrLocal();
	}

	@Override
	public String configuredOrLocal() {
		var port = environment.getProperty("local.server.port");
		return port == null ? super.configuredOrLocal() : "http://localhost:" + port;
	}
}
