package org.passerelle.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.Passerelle;
import org.passerelle.identity.Actor;
import org.passerelle.identity.UserManagement;
import org.passerelle.organisation.OrganisationDetails;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Starts the application twice on one embedded-database directory, as a person does who stops
 * Passerelle and starts it again.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartAndRestartTests {

	static final Pattern GENERATED = Pattern.compile("generated password (\\S+)");

	@TempDir
	Path directory;

	@Test
	void firstStartOpensAnAdministratorWithAGeneratedPasswordAndDataSurvivesARestart(CapturedOutput output)
			throws Exception {
		String password;
		try (var first = start()) {
			var matcher = GENERATED.matcher(output.getOut());
			assertThat(matcher.find()).as("the generated password is printed to the log").isTrue();
			password = matcher.group(1);
			assertThat(password).hasSizeGreaterThanOrEqualTo(16);
			var users = first.getBean(UserManagement.class).list(Actor.system());
			assertThat(users).singleElement().satisfies(admin -> {
				assertThat(admin.email()).isEqualTo("first@test.passerelle.ca");
				assertThat(admin.role()).hasToString("ADMIN");
			});
			first.getBean(OrganisationManagement.class)
				.register(Actor.system(), new OrganisationDetails("Survives restarts", OrganisationType.EMPLOYER, null, null, null));
		}
		assertThat(Files.exists(directory.resolve("PG_VERSION"))).isTrue();

		var printedBefore = output.getOut().length();
		try (var second = start()) {
			assertThat(GENERATED.matcher(output.getOut().substring(printedBefore)).find())
				.as("the password is printed only once").isFalse();
			assertThat(second.getBean(OrganisationManagement.class).list(Actor.system()))
				.anyMatch(organisation -> organisation.name().equals("Survives restarts"));
			var admin = second.getBean(UserManagement.class).list(Actor.system()).getFirst();
			assertThat(admin.email()).isEqualTo("first@test.passerelle.ca");
			assertThat(second.getBean(UserManagement.class).list(Actor.system())).hasSize(1);
			assertThat(second.getBean(PasswordEncoder.class)).isNotNull();
		}
	}

	private ConfigurableApplicationContext start() {
		// command-line arguments, so that they win over the test profile's settings
		return new SpringApplicationBuilder(Passerelle.class).profiles("test")
			.run("--server.port=0", "--passerelle.embedded-database.directory=" + directory,
					"--passerelle.embedded-database.temporary=false", "--passerelle.admin.email=first@test.passerelle.ca",
					"--passerelle.admin.password=");
	}
}
