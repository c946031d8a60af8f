package org.passerelle.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.passerelle.identity.Role;
import org.passerelle.organisation.OrganisationType;

/**
 * Bilingual parity: every message exists in English and in French, and no template writes text
 * that is not a message.
 */
class MessagesTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "aria-description",
			"label");

	static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");

	@Test
	void everyKeyExistsInBothLanguages() throws IOException {
		var english = load("messages.properties");
		var french = load("messages_fr.properties");
		assertThat(new TreeSet<>(french.stringPropertyNames())).as("keys missing from messages_fr.properties")
			.containsAll(english.stringPropertyNames());
		assertThat(new TreeSet<>(english.stringPropertyNames())).as("keys missing from messages.properties")
			.containsAll(french.stringPropertyNames());
		english.stringPropertyNames()
			.forEach(key -> assertThat(french.getProperty(key)).as("French text of " + key).isNotBlank());
	}

	@Test
	void noKeyIsWrittenTwiceInAFile() throws IOException {
		for (var file : List.of("messages.properties", "messages_fr.properties")) {
			var seen = new java.util.HashSet<String>();
			var twice = new TreeSet<String>();
			for (var line : Files.readAllLines(Path.of("src/main/resources", file))) {
				if (line.isBlank() || line.startsWith("#") || !line.contains("=")) {
					continue;
				}
				var key = line.substring(0, line.indexOf('=')).strip();
				if (!seen.add(key)) {
					twice.add(key);
				}
			}
			assertThat(twice).as(file).isEmpty();
		}
	}

	@Test
	void messagesUseTypographicApostrophesThatMessageFormatKeeps() throws IOException {
		for (var file : List.of("messages.properties", "messages_fr.properties")) {
			var messages = load(file);
			messages.stringPropertyNames()
				.forEach(key -> assertThat(messages.getProperty(key)).as(file + " " + key).doesNotContain("'"));
		}
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		var english = load("messages.properties");
		var missing = new TreeSet<String>();
		for (var template : templates()) {
			var matcher = MESSAGE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!english.containsKey(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHoldNoTextThatIsNotAMessageKey() throws IOException {
		var literal = new ArrayList<String>();
		for (var template : templates()) {
			var document = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
			for (var element : document.getAllElements()) {
				if (Set.of("script", "style").contains(element.normalName())) {
					continue;
				}
				for (var node : element.textNodes()) {
					if (hasWords(node)) {
						literal.add(TEMPLATES.relativize(template) + ": text \"" + node.text().strip() + "\"");
					}
				}
				for (var attribute : element.attributes()) {
					if (TEXT_ATTRIBUTES.contains(attribute.getKey()) && hasWords(attribute.getValue())) {
						literal.add(TEMPLATES.relativize(template) + ": " + attribute.getKey() + "=\""
								+ attribute.getValue() + "\"");
					}
				}
			}
		}
		assertThat(literal).isEmpty();
	}

	@Test
	void everyRoleAndOrganisationTypeHasALabel() throws IOException {
		var english = load("messages.properties");
		Stream.of(Role.values()).forEach(role -> assertThat(english).containsKey("Role." + role));
		Stream.of(OrganisationType.values())
			.forEach(type -> assertThat(english).containsKey("OrganisationType." + type));
		Stream.of(Province.values()).forEach(province -> assertThat(english).containsKey("Province." + province));
		Stream.of(Language.values()).forEach(language -> assertThat(english).containsKey("Language." + language));
	}

	private static boolean hasWords(TextNode node) {
		return hasWords(node.getWholeText());
	}

	private static boolean hasWords(String text) {
		return text.codePoints().anyMatch(Character::isLetterOrDigit);
	}

	private static List<Path> templates() throws IOException {
		try (var files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(String name) throws IOException {
		var properties = new Properties();
		try (var reader = new InputStreamReader(MessagesTests.class.getResourceAsStream("/" + name),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
