package org.passerelle;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public reference data kept beside the project ({@code ../shared/data}, or where
 * {@code PASSERELLE_SHARED_DATA} says): Statistics Canada's NAICS structure, the NOC unit groups
 * and the postal areas' centres. Tests that need them are skipped where they are absent.
 */
public final class SharedData {

	private SharedData() {
	}

	public static Path file(String name) {
		var candidates = Stream.of(System.getenv("PASSERELLE_SHARED_DATA"), "../shared/data", "/work/shared/data")
			.filter(candidate -> candidate != null && !candidate.isBlank())
			.map(Path::of)
			.map(directory -> directory.resolve(name))
			.filter(Files::isReadable)
			.findFirst();
		assumeTrue(candidates.isPresent(), "The shared reference data " + name + " is not here");
		return candidates.get();
	}

	/**
	 * The NOC 2021 structure file, as Statistics Canada publishes it, built from the 516 unit groups
	 * of the shared JSON with their broad categories, major, sub-major and minor groups.
	 */
	public static String nocStructureEnglish() throws IOException {
		var root = JsonMapper.builder().build().readTree(Files.readString(file("noc-2021-unit-groups-en.json")));
		Map<String, String[]> classes = new LinkedHashMap<>();
		for (JsonNode noc : root.get("nocs")) {
			var hierarchy = noc.get("hierarchy");
			var broad = hierarchy.get("broad_group");
			var major = hierarchy.get("major_group");
			var minor = hierarchy.get("minor_group");
			var code = noc.get("noc_code").asString();
			classes.putIfAbsent(broad.get("code").asString(), new String[] { broad.get("title").asString(), "" });
			classes.putIfAbsent(major.get("code").asString(), new String[] { major.get("title").asString(), "" });
			classes.putIfAbsent(code.substring(0, 3), new String[] { "Sub-major group " + code.substring(0, 3), "" });
			classes.putIfAbsent(minor.get("code").asString(), new String[] { minor.get("title").asString(), "" });
			classes.put(code, new String[] { noc.get("title").asString(), noc.get("description").asString() });
		}
		var names = new String[] { "Broad occupational category", "Major group", "Sub-major group", "Minor group",
				"Unit group" };
		List<String> lines = new ArrayList<>();
		lines.add("Level,Hierarchical structure,Code - NOC 2021 V1.0,Class title,Class definition");
		classes.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(String::length).thenComparing(c -> c)))
			.forEach(entry -> lines.add(entry.getKey().length() + "," + names[entry.getKey().length() - 1] + ","
					+ entry.getKey() + "," + quote(entry.getValue()[0]) + "," + quote(entry.getValue()[1])));
		return String.join("\r\n", lines) + "\r\n";
	}

	private static String quote(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}
}
