package org.passerelle.core;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.passerelle.Passerelle;
import org.passerelle.identity.Actor;
import org.passerelle.organisation.OrganisationDetails;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs Passerelle on a PostgreSQL server of its own, as an installation with
 * {@code SPRING_DATASOURCE_URL} does. {@code .ci/run} starts the server and names it in
 * {@code PASSERELLE_EXTERNAL_DATABASE_URL}; without it, this test is skipped.
 */
@EnabledIfEnvironmentVariable(named = "PASSERELLE_EXTERNAL_DATABASE_URL", matches = ".+")
class ExternalDatabaseTests {

	@Test
	void runsOnTheGivenServerWithoutStartingAnEmbeddedOne() throws Exception {
		var url = System.getenv("PASSERELLE_EXTERNAL_DATABASE_URL");
		try (var context = new SpringApplicationBuilder(Passerelle.class).profiles("test")
			.run("--server.port=0", "--spring.datasource.url=" + url,
					"--spring.datasource.username=" + System.getenv("PASSERELLE_EXTERNAL_DATABASE_USERNAME"),
					"--spring.datasource.password=" + System.getenv("PASSERELLE_EXTERNAL_DATABASE_PASSWORD"))) {
			assertThat(context.getBeanNamesForType(EmbeddedPostgresServer.class)).isEmpty();
			try (var connection = context.getBean(DataSource.class).getConnection()) {
				assertThat(connection.getMetaData().getURL()).isEqualTo(url);
			}
			var jdbc = JdbcClient.create(context.getBean(DataSource.class));
			assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
				.isPositive();
			var name = "External " + System.nanoTime();
			context.getBean(OrganisationManagement.class)
				.register(Actor.system(), new OrganisationDetails(name, OrganisationType.FUNDER, null, null, null));
			assertThat(jdbc.sql("select count(*) from organisation where name = ?").param(name).query(Long.class).single())
				.isEqualTo(1);
		}
	}
}
