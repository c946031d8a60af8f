package org.passerelle.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.ActiveProfiles;

/**
 * The embedded PostgreSQL is a small agency's production database: by default each commit
 * acknowledged is flushed to disk. (The same new installation as {@code FirstStartTests} and the
 * demonstration's tests, so that all share one context; other tests turn durability off for speed.)
 */
@IntegrationTest
@ActiveProfiles({ "test", "demo" })
@TestPropertySource(properties = { "passerelle.test.installation=new", "passerelle.embedded-database.durable=true" })
class DurableByDefaultTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theEmbeddedServerFlushesEveryCommitToDisk() {
		assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
		assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
	}

	@Test
	void durabilityIsTheDefaultThatOnlyTestsTurnOff() {
		var defaults = new org.springframework.boot.context.properties.bind.Binder(
				new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(java.util.Map.of()))
			.bindOrCreate("passerelle.embedded-database", EmbeddedDatabaseProperties.class);
		assertThat(defaults.durable()).isTrue();
	}
}
