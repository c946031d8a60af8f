package org.passerelle.core;

import java.io.IOException;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
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
 * runs; a server that dies is started again (see {@link EmbeddedPostgresServer}). With
 * {@code SPRING_DATASOURCE_URL} set, Spring Boot's own data source is used instead. Public for the
 * backup commands, which start the database without the application.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
public class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		log.info("Starting the embedded PostgreSQL with its data in {}",
				properties.directory().toAbsolutePath().normalize());
		var server = EmbeddedPostgresServer.start(properties.directory(), properties.temporary(), properties.durable());
		server.watch(properties.watchEvery());
		return server;
	}

	/**
	 * The pool, with {@code spring.datasource.hikari.*} as for an external server (short timeouts,
	 * so that a request fails fast while the database is away). It depends on the server, so that
	 * it closes before the server stops.
	 */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgresServer server) {
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl());
		dataSource.setUsername("postgres");
		dataSource.setPoolName("passerelle-embedded");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

	static class NoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}
	}
}
