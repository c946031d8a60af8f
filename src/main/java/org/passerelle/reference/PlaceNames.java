package org.passerelle.reference;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.passerelle.core.Language;
import org.passerelle.core.Province;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Place names in the reader's language. Statistics Canada names postal areas in English only
 * ("Hull Central", "Ottawa West"), and a person's city is filled from them. On French pages, an
 * area of Québec named by a place and a direction gets its French name ("Hull Centre", "Gatineau
 * Sud-Est"); any other name with English words stays as it is, marked as English. Proper names
 * ("Sainte-Adèle", "Kanata (Marchwood)") are the same in both languages. Templates call it as
 * {@code ${@placeNames.of(city)}}.
 */
@Component("placeNames")
public class PlaceNames {

	private static final Map<String, String> DIRECTIONS = Map.of("central", "Centre", "north", "Nord", "south", "Sud",
			"east", "Est", "west", "Ouest", "northeast", "Nord-Est", "northwest", "Nord-Ouest", "southeast", "Sud-Est",
			"southwest", "Sud-Ouest");

	/** The points of the compass that a second word may follow ("North Central", "South East"). */
	private static final Set<String> POINTS = Set.of("north", "south", "east", "west", "northeast", "northwest",
			"southeast", "southwest");

	/** Words that make a name English, beyond the directions: from the names of the areas. */
	private static final Set<String> ENGLISH_WORDS = Set.of("downtown", "upper", "lower", "the", "and", "of", "city",
			"town", "hill", "hills", "park", "island", "heights", "village", "university", "government", "offices",
			"area", "tower", "lands", "estates", "corners", "beach", "harbour", "bay", "river", "lake", "creek", "valley",
			"station", "airport", "gardens", "railway", "quay", "club", "ne", "nw", "se", "sw");

	private final JdbcClient jdbc;

	PlaceNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A city as the current reader's page shows it. */
	@Transactional(readOnly = true)
	public PlaceName of(String city) {
		return of(city, Language.of(LocaleContextHolder.getLocale()).orElse(Language.FR));
	}

	/** A city as a page in {@code language} shows it. */
	@Transactional(readOnly = true)
	public PlaceName of(String city, Language language) {
		if (city == null || city.isBlank() || language != Language.FR || !english(city)) {
			return new PlaceName(city, null);
		}
		var province = jdbc.sql("select province from postal_area where city = ? limit 1")
			.param(city)
			.query(String.class)
			.optional()
			.map(Province::valueOf);
		return province.flatMap(found -> french(city, found))
			.map(french -> new PlaceName(french, null))
			.orElseGet(() -> new PlaceName(city, "en"));
	}

	/**
	 * The French name of a postal area's English name, when it is known: a place of Québec (whose
	 * names are French already) followed by a direction, in one word or two ("Southeast",
	 * "South East", "South-East", "North Central").
	 */
	static Optional<String> french(String area, Province province) {
		if (province != Province.QC) {
			return Optional.empty();
		}
		var words = area.strip().split("\\s+");
		for (int tail = Math.min(2, words.length - 1); tail >= 1; tail--) {
			var direction = direction(Arrays.copyOfRange(words, words.length - tail, words.length));
			var place = String.join(" ", Arrays.copyOfRange(words, 0, words.length - tail));
			if (direction.isPresent() && !english(place)) {
				return Optional.of(place + " " + direction.get());
			}
		}
		return Optional.empty();
	}

	/**
	 * A direction in French: one word ("Southeast", "South-East"), two points of the compass
	 * ("South East") or a point of the compass and "Central" ("North Central" is "Centre-Nord").
	 */
	private static Optional<String> direction(String[] words) {
		var first = words[0].toLowerCase(Locale.ROOT).replace("-", "");
		if (words.length == 1) {
			return Optional.ofNullable(DIRECTIONS.get(first));
		}
		var second = words[1].toLowerCase(Locale.ROOT);
		if (!POINTS.contains(first)) {
			return Optional.empty();
		}
		if (second.equals("central")) {
			return Optional.of("Centre-" + DIRECTIONS.get(first));
		}
		if ((first.equals("north") || first.equals("south")) && (second.equals("east") || second.equals("west"))) {
			return Optional.of(DIRECTIONS.get(first + second));
		}
		return Optional.empty();
	}

	/** Whether a name holds an English word: a direction or one of the common words of area names. */
	static boolean english(String name) {
		return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
			.anyMatch(word -> DIRECTIONS.containsKey(word) || ENGLISH_WORDS.contains(word));
	}
}
