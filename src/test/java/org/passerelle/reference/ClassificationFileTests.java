package org.passerelle.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.passerelle.SharedData;
import org.passerelle.core.ImportRejectedException;
import org.passerelle.core.Language;
import org.passerelle.core.TextFiles;

class ClassificationFileTests {

	@Test
	void readsTheWholeNocStructureWithItsFiveLevels() throws Exception {
		var parsed = ClassificationFile.read(Classification.NOC_2021, SharedData.nocStructureEnglish(), Set.of());
		assertThat(parsed.language()).isEqualTo(Language.EN);
		var byLevel = parsed.rows().stream().collect(Collectors.groupingBy(ClassificationFile.Row::level, Collectors.counting()));
		assertThat(byLevel.get(5)).isEqualTo(516);
		assertThat(byLevel.get(1)).isEqualTo(10);
		var byCode = parsed.rows().stream().collect(Collectors.toMap(ClassificationFile.Row::code, Function.identity()));
		assertThat(byCode.get("21231").parentCode()).isEqualTo("2123");
		assertThat(byCode.get("2123").parentCode()).isEqualTo("212");
		assertThat(byCode.get("212").parentCode()).isEqualTo("21");
		assertThat(byCode.get("21").parentCode()).isEqualTo("2");
		assertThat(byCode.get("2").parentCode()).isNull();
		assertThat(byCode.get("21231").title()).isEqualTo("Software engineers and designers");
	}

	@Test
	void readsStatisticsCanadasNaicsFileAsPublished() throws Exception {
		var text = TextFiles.decode(Files.readAllBytes(SharedData.file("naics-scian-2022-structure-v1-eng.csv")));
		var parsed = ClassificationFile.read(Classification.NAICS_2022, text, Set.of());
		assertThat(parsed.rows()).hasSize(2059);
		var byCode = parsed.rows().stream().collect(Collectors.toMap(ClassificationFile.Row::code, Function.identity()));
		assertThat(byCode.get("31-33").level()).isEqualTo(1);
		assertThat(byCode.get("311").parentCode()).isEqualTo("31-33");
		assertThat(byCode.get("541330").title()).isEqualTo("Engineering services");
		assertThat(byCode.get("541330").definition()).startsWith("This Canadian industry");
	}

	@Test
	void frenchHeadersGiveFrenchTitlesAndSubsectorsFindTheirSectorRange() {
		var text = """
				Niveau,Structure hiérarchique,Code,Titre de la classe,Définition de la classe
				1,Secteur,31-33,Fabrication,
				2,Sous-secteur,336,Fabrication de matériel de transport,
				""";
		var parsed = ClassificationFile.read(Classification.NAICS_2022, text, Set.of());
		assertThat(parsed.language()).isEqualTo(Language.FR);
		assertThat(parsed.rows().get(1).parentCode()).isEqualTo("31-33");
		assertThat(parsed.rows().get(1).title()).isEqualTo("Fabrication de matériel de transport");
	}

	@Test
	void namesEveryWrongRowWithItsLineAndColumn() {
		var text = """
				Level,Hierarchical structure,Code - NOC 2021 V1.0,Class title,Class definition
				1,Broad occupational category,2,Natural and applied sciences,
				six,Unit group,21231,Software engineers,
				5,Unit group,2123,Wrong length,
				2,Major group,21,,
				2,Major group,22,Technical occupations,
				2,Major group,22,Technical occupations again,
				5,Unit group,99999,Orphan,
				""";
		assertThatThrownBy(() -> ClassificationFile.read(Classification.NOC_2021, text, Set.of()))
			.isInstanceOfSatisfying(ImportRejectedException.class, ex -> assertThat(ex.problems())
				.extracting(problem -> problem.row() + " " + problem.column() + " " + problem.messageCode())
				.containsExactly("3 Level reference.import.level", "4 Code reference.import.code",
						"5 Class title reference.import.noTitle", "7 Code reference.import.duplicate",
						"0 Parent reference.import.parent"));
	}

	@Test
	void aClassMayHangOnAParentAlreadyLoaded() {
		var text = """
				Level,Hierarchical structure,Code - NOC 2021 V1.0,Class title
				5,Unit group,21232,Software developers and programmers
				""";
		assertThat(ClassificationFile.read(Classification.NOC_2021, text, Set.of("2123")).rows()).hasSize(1);
	}

	@Test
	void refusesAFileThatIsNotAStructureFile() {
		assertThatThrownBy(() -> ClassificationFile.read(Classification.NOC_2021, "name,email\nA,b@c.d\n", Set.of()))
			.isInstanceOfSatisfying(ImportRejectedException.class,
					ex -> assertThat(ex.problems().getFirst().messageCode()).isEqualTo("reference.import.headers"));
	}
}
