package org.passerelle.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.SharedData;
import org.passerelle.core.ImportRejectedException;
import org.passerelle.core.PostalCode;
import org.passerelle.core.Province;
import org.passerelle.core.TextFiles;
import org.passerelle.identity.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

@IntegrationTest
class ReferenceDataTests {

	@Autowired
	ReferenceData reference;

	@Autowired
	ReferenceImportCommand command;

	@Test
	void theShippedExcerptHoldsEachLevelInBothLanguages() {
		var engineer = reference.find(Classification.NOC_2021, "21231").orElseThrow();
		assertThat(engineer.title(Locale.CANADA)).isEqualTo("Software engineers and designers");
		assertThat(engineer.title(Locale.CANADA_FRENCH)).startsWith("Ingénieurs/ingénieures et concepteurs");
		assertThat(reference.lineage(Classification.NOC_2021, "21231")).extracting(ClassificationClass::code)
			.containsExactly("2", "21", "212", "2123", "21231");
		assertThat(reference.lineage(Classification.NAICS_2022, "541330")).extracting(ClassificationClass::code)
			.containsExactly("54", "541", "5413", "54133", "541330");
	}

	@Test
	void findsClassesByCodeOrByTitleInEitherLanguageWithoutAccents() {
		assertThat(reference.search(Classification.NOC_2021, "ingenieurs civils", null, 10))
			.extracting(ClassificationClass::code)
			.contains("21300");
		assertThat(reference.search(Classification.NOC_2021, "software", 5, 10)).extracting(ClassificationClass::code)
			.contains("21231", "21232");
		assertThat(reference.search(Classification.NOC_2021, "2123", null, 10)).extracting(ClassificationClass::code)
			.startsWith("2123")
			.contains("21231", "21232")
			.allMatch(code -> code.startsWith("2123"));
	}

	@Test
	void importsTheFullOfficialFilesKeepingTheOtherLanguage() throws Exception {
		var naics = Files.readAllBytes(SharedData.file("naics-scian-2022-structure-v1-eng.csv"));
		var report = reference.importClassification(Actor.system(), Classification.NAICS_2022, naics);
		assertThat(report.read()).isEqualTo(2059);
		assertThat(reference.count(Classification.NAICS_2022)).isGreaterThanOrEqualTo(2059);
		assertThat(reference.find(Classification.NAICS_2022, "541330").orElseThrow().titleFr()).isEqualTo("Services de génie");
		assertThat(reference.find(Classification.NAICS_2022, "111110").orElseThrow().titleEn()).isEqualTo("Soybean farming");

		var noc = SharedData.nocStructureEnglish().getBytes(java.nio.charset.StandardCharsets.UTF_8);
		reference.importClassification(Actor.system(), Classification.NOC_2021, noc);
		assertThat(reference.search(Classification.NOC_2021, "", 5, 500)).hasSize(500);
		assertThat(reference.find(Classification.NOC_2021, "00010").orElseThrow().titleEn()).isEqualTo("Legislators");
	}

	@Test
	void placesPostalCodesThroughTheirForwardSortationArea() throws Exception {
		var report = reference.importPostalAreas(Actor.system(), Files.readAllBytes(SharedData.file("ca_fsa_centroids.csv")));
		assertThat(report.read()).isEqualTo(1645);
		assertThat(report.setAside()).as("H0H, Santa Claus, at the North Pole").isEqualTo(1);
		var parliament = reference.area(PostalCode.parse("K1A 0A6").orElseThrow()).orElseThrow();
		assertThat(parliament.province()).isEqualTo(Province.ON);
		var gatineau = reference.area("J8X").orElseThrow();
		assertThat(gatineau.province()).isEqualTo(Province.QC);
		assertThat(parliament.kilometresTo(gatineau)).isLessThan(10);
		var vancouver = reference.area("V6B").orElseThrow();
		assertThat(parliament.kilometresTo(vancouver)).isBetween(3400.0, 3700.0);
	}

	@Test
	void readsWindows1252FilesWithTheirAccents() {
		var text = """
				Niveau,Structure hiérarchique,Code - CNP 2021 V1.0,Titre de la classe
				5,Groupe de base,21232,Développeurs/développeuses et programmeurs/programmeuses de logiciels
				""";
		reference.importClassification(Actor.system(), Classification.NOC_2021, text.getBytes(TextFiles.WINDOWS_1252));
		assertThat(reference.find(Classification.NOC_2021, "21232").orElseThrow().titleFr())
			.isEqualTo("Développeurs/développeuses et programmeurs/programmeuses de logiciels");
	}

	@Test
	void aFileWithOneBadRowChangesNothing() {
		var before = reference.count(Classification.NOC_2021);
		var text = """
				Level,Hierarchical structure,Code - NOC 2021 V1.0,Class title
				5,Unit group,21239,Not an occupation
				5,Unit group,212345,Too long
				""";
		assertThatThrownBy(() -> reference.importClassification(Actor.system(), Classification.NOC_2021,
				text.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.isInstanceOf(ImportRejectedException.class);
		assertThat(reference.count(Classification.NOC_2021)).isEqualTo(before);
		assertThat(reference.find(Classification.NOC_2021, "21239")).isEmpty();
	}

	@Test
	void theImportCommandReadsFilesGivenOnTheCommandLine() throws Exception {
		var file = Files.createTempFile("fsa", ".csv");
		Files.writeString(file, "fsa,city,province,latitude,longitude\nX0A,Iqaluit Region,Nunavut,63.7467,-68.5170\n");
		command.run(new DefaultApplicationArguments("import", "postal-areas", file.toString()));
		assertThat(reference.area("X0A")).hasValueSatisfying(area -> assertThat(area.province()).isEqualTo(Province.NU));
	}

	@Test
	void knowsTheLanguagesPeopleSpeak() {
		assertThat(reference.language("ar")).hasValueSatisfying(arabic -> {
			assertThat(arabic.name(Locale.CANADA)).isEqualTo("Arabic");
			assertThat(arabic.name(Locale.CANADA_FRENCH)).isEqualTo("arabe");
		});
		assertThat(reference.languages()).hasSizeGreaterThan(30);
	}
}
