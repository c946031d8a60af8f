package org.passerelle.participant;

import java.nio.charset.StandardCharsets;

/** Generated participant lists of any length, every row valid unless a test spoils one. */
final class ImportFiles {

	static final String SETTINGS = """
			{"columns": {"0": "FIRST_NAME", "1": "LAST_NAME", "2": "EMAIL", "3": "BIRTH_DATE", "4": "POSTAL_CODE",
			             "5": "LANGUAGES", "6": "TARGET_OCCUPATION_CODE", "7": "YEARS_EXPERIENCE_ABROAD", "8": "ROLE"},
			 "programId": "%s", "role": "MENTEE", "status": "ENROLLED"}""";

	private static final String[] OCCUPATIONS = { "21231", "21300", "11100", "10022" };

	private static final String[] POSTAL_CODES = { "K1Y 2X5", "J8X 3V9", "H2X 1Y4", "" };

	private ImportFiles() {
	}

	/** {@code rows} people named after {@code marker}, a quarter of them mentors. */
	static String csv(String marker, int rows) {
		var text = new StringBuilder("First name,Last name,Email,Birth date,Postal code,Languages,Target NOC,"
				+ "Years of experience abroad,Role\n");
		for (int row = 0; row < rows; row++) {
			text.append("Person").append(row).append(',')
				.append(marker).append(',')
				.append("p").append(row).append('.').append(marker).append("@example.org,")
				.append(1960 + row % 40).append('-').append(String.format("%02d", 1 + row % 12)).append("-15,")
				.append(POSTAL_CODES[row % POSTAL_CODES.length]).append(',')
				.append("\"fr 9; en ").append(1 + row % 12).append("\",")
				.append(OCCUPATIONS[row % OCCUPATIONS.length]).append(',')
				.append(row % 30).append(',')
				.append(row % 4 == 0 ? "mentor" : "mentee").append('\n');
		}
		return text.toString();
	}

	static byte[] bytes(String marker, int rows) {
		return csv(marker, rows).getBytes(StandardCharsets.UTF_8);
	}
}
