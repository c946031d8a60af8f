package org.passerelle.reference;

import java.io.IOException;

import org.passerelle.core.TextFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives a new installation an excerpt of NOC 2021, NAICS 2022 (in English and in French) and the
 * postal areas of the seeds' cities, enough for the demonstration and the tests; administrators
 * import the full files from Statistics Canada through the same importer.
 */
@Component
@Order(0)
class ReferenceSeed implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReferenceSeed.class);

	private final ReferenceData reference;

	private final TransactionTemplate transaction;

	ReferenceSeed(ReferenceData reference, TransactionTemplate transaction) {
		this.reference = reference;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		transaction.executeWithoutResult(status -> {
			if (reference.count(Classification.NOC_2021) == 0) {
				reference.importClassification(Classification.NOC_2021, read("reference/noc-2021-structure-en.csv"));
				reference.importClassification(Classification.NOC_2021, read("reference/cnp-2021-structure-fr.csv"));
				log.info("Loaded the NOC 2021 excerpt: {} classes", reference.count(Classification.NOC_2021));
			}
			if (reference.count(Classification.NAICS_2022) == 0) {
				reference.importClassification(Classification.NAICS_2022, read("reference/naics-2022-structure-en.csv"));
				reference.importClassification(Classification.NAICS_2022, read("reference/scian-2022-structure-fr.csv"));
				log.info("Loaded the NAICS 2022 excerpt: {} classes", reference.count(Classification.NAICS_2022));
			}
			if (reference.countPostalAreas() == 0) {
				reference.importPostalAreas(read("reference/postal-areas.csv"));
			}
		});
	}

	private static String read(String path) {
		try (var in = new ClassPathResource(path).getInputStream()) {
			return TextFiles.decode(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + path, ex);
		}
	}
}
