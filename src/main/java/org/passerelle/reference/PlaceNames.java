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
	 * names are French already) followed by a direction.
	 */
	static Optional<String> french(String area, Province province) {
		if (province != Province.QC) {
			return Optional.empty();
		}
		var cut = area.strip().lastIndexOf(' ');
		if (cut < 0) {
			return Optional.empty();
		}
		var place = area.substring(0, cut).strip();
		var direction = DIRECTIONS.get(area.substring(cut + 1).toLowerCase(Locale.ROOT));
		if (direction == null || english(place)) {
			return Optional.empty();
		}
		return Optional.of(place + " " + direction);
	}

	/** Whether a name holds an English word: a direction or one of the common words of area names. */
	static boolean english(String name) {
		return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
			.anyMatch(word -> DIRECTIONS.containsKey(word) || ENGLISH_WORDS.contains(word));
	}
}
