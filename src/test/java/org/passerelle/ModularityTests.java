package org.passerelle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

	/**
	 * The component diagrams and module canvases in {@code docs/modules}, written from the code: the
	 * same bytes on every run (Modulith lists relations, beans and events in the order it found them,
	 * which changes from run to run, so the lists are sorted), a canvas and a diagram for each module,
	 * and each module in the diagram of all.
	 */
	@Test
	void writesTheModulesDocumentationTheSameOnEveryRun() throws IOException {
		var folder = Path.of("docs/modules");
		if (Files.isDirectory(folder)) {
			try (var written = Files.list(folder)) {
				for (var file : written.toList()) {
					Files.delete(file);
				}
			}
		}
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString())).writeDocumentation()
			.writeIndividualModulesAsPlantUml();
		try (var written = Files.list(folder)) {
			for (var file : written.toList()) {
				Files.writeString(file, sortedLists(Files.readString(file)));
			}
		}

		var components = Files.readString(folder.resolve("components.puml"));
		modules.forEach(module -> {
			var id = module.getIdentifier().toString();
			assertThat(folder.resolve("module-" + id + ".adoc")).content().contains("`" + module.getBasePackage().getName() + "`");
			assertThat(folder.resolve("module-" + id + ".puml")).exists();
			assertThat(components).contains("Component(Passerelle.Passerelle." + module.getDisplayName() + ",");
		});
	}

	/**
	 * The text with each run of list items sorted: the relations and components of a PlantUML
	 * diagram, and the items of a canvas's table cell (the first of which starts with "|").
	 */
	static String sortedLists(String text) {
		var lines = text.lines().toList();
		var sorted = new ArrayList<String>();
		for (int start = 0; start < lines.size();) {
			var kind = listKind(lines.get(start));
			int end = start + 1;
			while (kind != null && end < lines.size() && kind.equals(listKind(lines.get(end)))
					&& !lines.get(end).startsWith("|")) {
				end++;
			}
			var run = new ArrayList<>(lines.subList(start, end));
			boolean cell = run.getFirst().startsWith("|");
			if (cell) {
				run.set(0, run.getFirst().substring(1));
			}
			run.sort(null);
			if (cell) {
				run.set(0, "|" + run.getFirst());
			}
			sorted.addAll(run);
			start = end;
		}
		return String.join("\n", sorted) + "\n";
	}

	private static String listKind(String line) {
		var stripped = line.strip();
		for (var kind : List.of("Rel(", "Component(", "Container(", "* ", "|* ")) {
			if (stripped.startsWith(kind)) {
				return kind.startsWith("|") ? "* " : kind;
			}
		}
		return null;
	}

	@Test
	void everyModuleOfTheArchitectureThatExistsIsDetected() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
			.contains("core", "identity", "organisation", "program", "reference", "participant", "referral", "matching",
					"mentorship", "activity", "notification", "setup", "reporting", "home");
	}
}
