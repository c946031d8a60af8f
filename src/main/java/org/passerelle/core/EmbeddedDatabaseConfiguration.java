package org.passerelle.core;

import java.io.IOException;
import java.nio.file.Files;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts a PostgreSQL server inside the application when {@code spring.datasource.url} is not set,
 * so that Passerelle runs on a laptop with nothing installed. Its data directory is kept between
 * runs. With {@code SPRING_DATASOURCE_URL} set, Spring Boot's own data source is used instead.
 * Public for the backup commands, which start the database without the application.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
public class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		var directory = properties.directory().toAbsolutePath().normalize();
		Files.createDirectories(directory);
		log.info("Starting the embedded PostgreSQL with its data in {}", directory);
		var builder = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(properties.temporary())
			// stopped by the context, after the beans that still write on the way out (the event
			// publication registry), not by a JVM hook racing the context's own shutdown
			.setRegisterShutdownHook(false)
			.setServerConfig("max_connections", "100");
		if (properties.durable()) {
			// the library starts the server with -F (no fsync) and synchronous_commit=off, test
			// settings: the -c options given after -F turn both back on, so an acknowledged write
			// survives the server's or the machine's crash
			builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
		}
		return builder.start();
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		var config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setPoolName("passerelle-embedded");
		config.setMaximumPoolSize(10);
		return new HikariDataSource(config);
	}

	static class NoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}
	}
}
