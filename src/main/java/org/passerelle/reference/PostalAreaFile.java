package org.passerelle.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.passerelle.core.ImportProblem;
import org.passerelle.core.ImportRejectedException;
import org.passerelle.core.Province;

/**
 * Reads forward sortation areas with their centre: columns {@code fsa}, {@code city},
 * {@code province} (name in English or French, or its abbreviation), {@code latitude},
 * {@code longitude}.
 */
final class PostalAreaFile {

	private static final Map<String, Province> PROVINCES = new LinkedHashMap<>();

	static {
		Map<Province, String[]> names = Map.ofEntries(Map.entry(Province.AB, new String[] { "alberta" }),
				Map.entry(Province.BC, new String[] { "british columbia", "colombie-britannique" }),
				Map.entry(Province.MB, new String[] { "manitoba" }),
				Map.entry(Province.NB, new String[] { "new brunswick", "nouveau-brunswick" }),
				Map.entry(Province.NL, new String[] { "newfoundland and labrador", "newfoundland", "terre-neuve-et-labrador" }),
				Map.entry(Province.NS, new String[] { "nova scotia", "nouvelle-ecosse" }),
				Map.entry(Province.NT,
						new String[] { "northwest territories", "northwest territory", "territoires du nord-ouest" }),
				Map.entry(Province.NU, new String[] { "nunavut", "nunavut territory" }), Map.entry(Province.ON, new String[] { "ontario" }),
				Map.entry(Province.PE, new String[] { "prince edward island", "ile-du-prince-edouard" }),
				Map.entry(Province.QC, new String[] { "quebec" }), Map.entry(Province.SK, new String[] { "saskatchewan" }),
				Map.entry(Province.YT, new String[] { "yukon" }));
		names.forEach((province, aliases) -> {
			PROVINCES.put(province.name().toLowerCase(), province);
			for (var alias : aliases) {
				PROVINCES.put(alias, province);
			}
		});
	}

	private PostalAreaFile() {
	}

	/** The areas read, and how many rows were set aside for their centre lying outside Canada. */
	record Parsed(List<PostalArea> areas, int outsideCanada) {
	}

	/**
	 * Reads every row; a row whose centre lies outside Canada (Canada Post's H0H, "Santa Claus",
	 * sits at the North Pole) is set aside, not refused.
	 */
	static Parsed read(String text) {
		var problems = new ArrayList<ImportProblem>();
		int outsideCanada = 0;
		var areas = new LinkedHashMap<String, PostalArea>();
		try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
			.parse(new StringReader(text))) {
			var header = new java.util.HashMap<String, Integer>();
			parser.getHeaderMap().forEach((name, index) -> header.put(ClassificationFile.normalise(name), index));
			for (var required : List.of("fsa", "city", "province", "latitude", "longitude")) {
				if (!header.containsKey(required)) {
					throw new ImportRejectedException(List.of(new ImportProblem(1, required, "reference.import.headers")));
				}
			}
			for (var record : parser) {
				int line = (int) record.getRecordNumber() + 1;
				var code = record.get(header.get("fsa")).toUpperCase();
				var province = PROVINCES.get(ClassificationFile.normalise(record.get(header.get("province"))));
				if (!code.matches("[A-Z]\\d[A-Z]")) {
					problems.add(new ImportProblem(line, "fsa", "reference.import.fsa", code));
					continue;
				}
				if (province == null) {
					problems.add(new ImportProblem(line, "province", "reference.import.province",
							record.get(header.get("province"))));
					continue;
				}
				try {
					double latitude = Double.parseDouble(record.get(header.get("latitude")));
					double longitude = Double.parseDouble(record.get(header.get("longitude")));
					if (latitude < 41 || latitude > 84 || longitude < -142 || longitude > -52) {
						outsideCanada++;
						continue;
					}
					areas.put(code, new PostalArea(code, record.get(header.get("city")), province, latitude, longitude));
				}
				catch (NumberFormatException ex) {
					problems.add(new ImportProblem(line, "latitude", "reference.import.coordinates", code));
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			throw new ImportRejectedException(List.of(new ImportProblem(1, "", "import.unreadable")));
		}
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		return new Parsed(List.copyOf(areas.values()), outsideCanada);
	}
}
