package org.passerelle.core;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its files when no external database is configured.
 *
 * @param directory the data directory; kept between runs so that data survives a restart
 * @param temporary whether the directory is wiped when the application stops (tests)
 * @param durable whether each commit acknowledged is on disk (fsync and synchronous commit on):
 *        the default, since the embedded server is a small agency's production database; tests
 *        turn it off for speed
 * @param watchEvery how often the server is checked, and started again if it died
 */
@ConfigurationProperties("passerelle.embedded-database")
public record EmbeddedDatabaseProperties(@DefaultValue("./data/pgdata") Path directory, boolean temporary,
		@DefaultValue("true") boolean durable, @DefaultValue("PT5S") Duration watchEvery) {
}
