package org.passerelle.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * What someone starting Passerelle for the first time trips on: a JDK too old, a port taken.
 */
class RunningInstructionsTests {

	@Test
	void theBuildStopsFirstWithASentenceOnAJdkOlderThan21() throws Exception {
		var pom = Files.readString(Path.of("pom.xml")).replaceAll("\\s+", " ");
		assertThat(pom).containsPattern("<artifactId>maven-enforcer-plugin</artifactId>.*<requireJavaVersion> "
				+ "<version>\\[21,\\)</version> <message>Passerelle needs a JDK 21 or newer[^<]*Set JAVA_HOME to a JDK 21 or newer");
	}

	@Test
	void theReadmeSaysWhatAnOldJdkLooksLikeAndHowToChangeThePort() throws Exception {
		var readme = Files.readString(Path.of("README.md"));
		assertThat(readme).contains("Passerelle needs a JDK 21 or newer")
			.contains("--server.port=8081")
			.contains("SERVER_PORT=8081");
	}
}
