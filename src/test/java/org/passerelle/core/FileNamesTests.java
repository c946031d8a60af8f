package org.passerelle.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An uploaded file's name is kept without folders, control characters (a NUL in a name gave a 500
 * from PostgreSQL when a participants' file was imported) or quotes, and at most 200 characters.
 */
class FileNamesTests {

	@Test
	void keepsTheNameWithoutFoldersControlCharactersOrQuotes() {
		assertThat(FileNames.plain("../../etc/pass\u0000wd.csv", "import")).isEqualTo("passwd.csv");
		assertThat(FileNames.plain("C:\\Users\\ana\\liste \"été\".xlsx", "import")).isEqualTo("liste été.xlsx");
		assertThat(FileNames.plain("entente-signée.pdf", "signature")).isEqualTo("entente-signée.pdf");
	}

	@Test
	void anEmptyNameIsTheFallback() {
		assertThat(FileNames.plain(null, "document")).isEqualTo("document");
		assertThat(FileNames.plain(" \u0007 ", "document")).isEqualTo("document");
		assertThat(FileNames.plain("folder/", "document")).isEqualTo("document");
		assertThat(FileNames.plain("..", "document")).isEqualTo("document");
	}

	@Test
	void aLongNameKeepsItsEnd() {
		var name = "a".repeat(300) + ".csv";
		assertThat(FileNames.plain(name, "import")).hasSize(200).endsWith("a.csv");
	}
}
