package org.passerelle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(Passerelle.class);

	@Test
	void modulesOnlyUseEachOthersPublicApiAndFormNoCycle() {
		modules.verify();
	}

	/**
	 * Each module's dependencies are declared in its {@code package-info.java}
	 * ({@code allowedDependencies}): a new one is a decision, made there, not an accident.
	 */
	@Test
	void everyModuleDeclaresWhichModulesItMayUse() {
		assertThat(modules.stream()
			.filter(module -> module.getBasePackage()
				.getAnnotation(ApplicationModule.class)
				.map(declared -> List.of(declared.allowedDependencies()).contains(ApplicationModule.OPEN_TOKEN))
				.orElse(true))
			.map(module -> module.getIdentifier().toString()))
			.isEmpty();
	}

	/** The component diagrams and module canvases in {@code docs/modules}, written from the code. */
	@Test
	void writesTheModulesDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeDocumentation()
			.writeIndividualModulesAsPlantUml();
	}

	@Test
	void everyModuleOfTheArchitectureThatExistsIsDetected() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
			.contains("core", "identity", "organisation", "program", "reference", "participant", "referral", "matching",
					"mentorship", "activity", "notification", "setup", "reporting", "home");
	}
}
