package org.passerelle.reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.passerelle.core.ImportRejectedException;
import org.passerelle.identity.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Imports reference files from the command line, then stops:
 * {@code java -jar passerelle.jar import noc noc_structure.csv cnp_structure.csv},
 * {@code … import naics naics.csv scian.csv}, {@code … import postal-areas fsa.csv}.
 */
@Component
@Order(10)
class ReferenceImportCommand implements ApplicationRunner {

	static final String COMMAND = "import";

	private static final Logger log = LoggerFactory.getLogger(ReferenceImportCommand.class);

	private final ReferenceData reference;

	ReferenceImportCommand(ReferenceData reference) {
		this.reference = reference;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		List<String> words = args.getNonOptionArgs();
		if (words.isEmpty() || !COMMAND.equals(words.getFirst())) {
			return;
		}
		if (words.size() < 3) {
			throw new IllegalArgumentException("Usage: import noc|naics|postal-areas FILE...");
		}
		var kind = words.get(1);
		for (var file : words.subList(2, words.size())) {
			var bytes = Files.readAllBytes(Path.of(file));
			try {
				var report = switch (kind) {
					case "noc" -> reference.importClassification(Actor.system(), Classification.NOC_2021, bytes);
					case "naics" -> reference.importClassification(Actor.system(), Classification.NAICS_2022, bytes);
					case "postal-areas" -> reference.importPostalAreas(Actor.system(), bytes);
					default -> throw new IllegalArgumentException("Unknown reference data: " + kind);
				};
				log.info("Imported {}: {} rows read, {} added, {} updated", file, report.read(), report.added(),
						report.updated());
			}
			catch (ImportRejectedException ex) {
				ex.problems().forEach(problem -> log.error("{}: row {}, column {}: {} {}", file, problem.row(),
						problem.column(), problem.messageCode(), List.of(problem.arguments())));
				throw ex;
			}
		}
	}
}
