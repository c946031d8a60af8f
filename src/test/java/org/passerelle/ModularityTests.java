package org.passerelle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(Passerelle.class);

	@Test
	void modulesOnlyUseEachOthersPublicApiAndFormNoCycle() {
		modules.verify();
	}

	@Test
	void everyModuleOfTheArchitectureThatExistsIsDetected() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
			.contains("core", "identity", "organisation", "program", "reference", "participant", "referral", "matching",
					"mentorship", "activity", "notification", "setup", "reporting", "home");
	}
}
