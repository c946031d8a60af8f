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
 * Gives every installation, from its first start, all the unit groups of NOC 2021 with their broad
 * categories, major and minor groups, and all the classes of NAICS 2022, in English, with French
 * titles for an excerpt, and the postal areas of the seeds' cities. Administrators import Statistics
 * Canada's French files (and anything newer) through the same importer; the seed only ever adds
 * what is missing, so it never undoes an import.
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
		long started = System.nanoTime();
		transaction.executeWithoutResult(status -> {
			int written = reference.seedClassification(Classification.NOC_2021, read("reference/noc-2021-structure-en.csv"))
					+ reference.seedClassification(Classification.NOC_2021, read("reference/cnp-2021-structure-fr.csv"))
					+ reference.seedClassification(Classification.NAICS_2022, read("reference/naics-2022-structure-en.csv"))
					+ reference.seedClassification(Classification.NAICS_2022, read("reference/scian-2022-structure-fr.csv"));
			if (reference.countPostalAreas() == 0) {
				reference.importPostalAreas(read("reference/postal-areas.csv"));
			}
			if (written > 0) {
				log.info("Reference data: {} classes added or titled in {} ms; {} occupations (NOC 2021), {} industries (NAICS 2022)",
						written, (System.nanoTime() - started) / 1_000_000, reference.count(Classification.NOC_2021),
						reference.count(Classification.NAICS_2022));
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
