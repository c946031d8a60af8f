package org.passerelle;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Passerelle's own classes as ArchUnit reads them, imported once for all the rule tests of a run:
 * only {@code org.passerelle}, never the jars on the class path.
 */
final class ImportedClasses {

	private static JavaClasses main;

	private static JavaClasses tests;

	private ImportedClasses() {
	}

	/** The application's classes, without the tests'. */
	static synchronized JavaClasses main() {
		if (main == null) {
			main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
				.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("org.passerelle");
		}
		return main;
	}

	/** The tests' classes, without the application's. */
	static synchronized JavaClasses tests() {
		if (tests == null) {
			tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
				.withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
				.importPackages("org.passerelle");
		}
		return tests;
	}
}
