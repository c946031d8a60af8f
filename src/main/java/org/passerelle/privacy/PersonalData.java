package org.passerelle.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.passerelle.core.Language;

/**
 * Everything Passerelle holds about one person, as they download it (Law 25 s. 27, portability
 * s. 27 par. 3): each table that holds their participant id or user id, by the table's name, each
 * row a map of its columns (dates and times in ISO 8601, files in base 64).
 *
 * @param format {@link #FORMAT}
 * @param language the person's preferred language, in which the readable copy is printed
 * @param tables each table's rows about the person, in the order the readable copy shows them;
 *        an empty list where the table holds nothing about them
 */
public record PersonalData(String format, UUID person, String fullName, Language language, Instant generatedAt,
		Map<String, List<Map<String, Object>>> tables) {

	/** The name and version of the file's layout, so that a program reading it knows what to expect. */
	public static final String FORMAT = "passerelle-personal-data/1";
}
