package org.passerelle.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.passerelle.core.ImportProblem;
import org.passerelle.core.ImportRejectedException;
import org.passerelle.core.Language;

/**
 * Reads a classification structure file as Statistics Canada publishes it — columns
 * {@code Level}, {@code Hierarchical structure}, {@code Code …}, optionally {@code Parent},
 * {@code Class title}, {@code Class definition}; or their French names {@code Niveau},
 * {@code Structure hiérarchique}, {@code Titre de la classe}, {@code Définition de la classe}. The
 * language of the titles is the language of the headers.
 */
final class ClassificationFile {

	private static final Map<Classification, List<Pattern>> CODES = Map.of(Classification.NOC_2021,
			List.of(Pattern.compile("\\d"), Pattern.compile("\\d{2}"), Pattern.compile("\\d{3}"),
					Pattern.compile("\\d{4}"), Pattern.compile("\\d{5}")),
			Classification.NAICS_2022,
			List.of(Pattern.compile("\\d{2}(-\\d{2})?"), Pattern.compile("\\d{3}"), Pattern.compile("\\d{4}"),
					Pattern.compile("\\d{5}"), Pattern.compile("\\d{6}")));

	/** One class read from the file. */
	record Row(String code, int level, String parentCode, String title, String definition) {
	}

	/** The classes of a file and the language their titles are written in. */
	record Parsed(Language language, List<Row> rows) {
	}

	private ClassificationFile() {
	}

	/**
	 * Reads every row, checking each; {@code known} holds the codes already stored, which rows
	 * may name as parents.
	 * @throws ImportRejectedException listing every problem, when there is any
	 */
	static Parsed read(Classification classification, String text, Set<String> known) {
		var problems = new ArrayList<ImportProblem>();
		List<CSVRecord> records;
		Map<String, Integer> header;
		try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
			.parse(new StringReader(text))) {
			header = new HashMap<>();
			parser.getHeaderMap().forEach((name, index) -> header.put(normalise(name), index));
			records = parser.getRecords();
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			throw new ImportRejectedException(List.of(new ImportProblem(1, "", "import.unreadable")));
		}
		var level = column(header, "level", "niveau");
		var code = header.keySet().stream().filter(name -> name.startsWith("code")).findFirst().map(header::get).orElse(null);
		var parent = column(header, "parent");
		var titleEn = column(header, "class title");
		var titleFr = column(header, "titre de la classe", "titre");
		var definition = column(header, "class definition", "definition de la classe", "definition");
		var title = titleEn != null ? titleEn : titleFr;
		if (level == null || code == null || title == null) {
			throw new ImportRejectedException(List.of(new ImportProblem(1, "", "reference.import.headers")));
		}
		var language = titleEn != null ? Language.EN : Language.FR;

		var rows = new LinkedHashMap<String, Row>();
		var patterns = CODES.get(classification);
		for (var record : records) {
			int line = (int) record.getRecordNumber() + 1;
			var levelText = value(record, level);
			var codeText = value(record, code);
			var titleText = value(record, title);
			Integer levelNumber = null;
			try {
				levelNumber = Integer.valueOf(levelText);
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			if (levelNumber == null || levelNumber < 1 || levelNumber > Classification.LEVELS) {
				problems.add(new ImportProblem(line, "Level", "reference.import.level", levelText));
				continue;
			}
			if (!patterns.get(levelNumber - 1).matcher(codeText).matches()) {
				problems.add(new ImportProblem(line, "Code", "reference.import.code", codeText, levelNumber));
				continue;
			}
			if (titleText.isEmpty()) {
				problems.add(new ImportProblem(line, "Class title", "reference.import.noTitle", codeText));
				continue;
			}
			if (rows.containsKey(codeText)) {
				problems.add(new ImportProblem(line, "Code", "reference.import.duplicate", codeText));
				continue;
			}
			var parentCode = levelNumber == 1 ? null
					: parent != null && !value(record, parent).isEmpty() ? value(record, parent)
							: derivedParent(classification, codeText, rows.keySet(), known);
			rows.put(codeText, new Row(codeText, levelNumber, parentCode, titleText,
					definition == null ? null : blankToNull(value(record, definition))));
		}
		for (var row : rows.values()) {
			if (row.level() > 1 && (row.parentCode() == null
					|| !rows.containsKey(row.parentCode()) && !known.contains(row.parentCode()))) {
				problems.add(new ImportProblem(0, "Parent", "reference.import.parent", row.code()));
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		return new Parsed(language, List.copyOf(rows.values()));
	}

	/**
	 * The parent of a code without a Parent column: the code one digit shorter, or for an
	 * industry subsector the sector whose range holds its first two digits (31-33 holds 311).
	 */
	private static String derivedParent(Classification classification, String code, Set<String> read,
			Set<String> known) {
		var shorter = code.substring(0, code.length() - 1);
		if (classification == Classification.NAICS_2022 && code.length() == 3) {
			var sector = Integer.parseInt(code.substring(0, 2));
			return java.util.stream.Stream.concat(read.stream(), known.stream())
				.filter(candidate -> candidate.matches("\\d{2}(-\\d{2})?"))
				.filter(candidate -> {
					var bounds = candidate.split("-");
					int from = Integer.parseInt(bounds[0]);
					int to = bounds.length == 2 ? Integer.parseInt(bounds[1]) : from;
					return sector >= from && sector <= to;
				})
				.findFirst()
				.orElse(shorter);
		}
		return shorter;
	}

	private static Integer column(Map<String, Integer> header, String... names) {
		for (var name : names) {
			if (header.containsKey(name)) {
				return header.get(name);
			}
		}
		return null;
	}

	private static String value(CSVRecord record, int index) {
		return index < record.size() ? record.get(index).strip() : "";
	}

	private static String blankToNull(String text) {
		return text.isBlank() ? null : text;
	}

	static String normalise(String header) {
		var stripped = Normalizer.normalize(header.replace("\uFEFF", ""), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
		return stripped.strip().toLowerCase(Locale.ROOT);
	}
}
