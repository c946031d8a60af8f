package org.passerelle.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The application carries the embedded PostgreSQL of the platform it runs on, Linux, and not the
 * others' (which made the jar 209 MB); the {@code all-platforms} Maven profile adds them back.
 */
class PlatformBinariesTests {

	@Test
	void onlyLinuxServersAreOnTheClassPath() {
		var loader = getClass().getClassLoader();
		assertThat(loader.getResource("postgres-linux-x86_64.txz")).isNotNull();
		assertThat(loader.getResource("postgres-darwin-x86_64.txz")).isNull();
		assertThat(loader.getResource("postgres-windows-x86_64.txz")).isNull();
		assertThat(loader.getResource("postgres-linux-x86_64-alpine_linux.txz")).isNull();
	}
}
