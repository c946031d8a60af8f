package org.passerelle.core;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A Canadian postal code, written {@code A1A 1A1}. Its first three characters are the forward
 * sortation area that places it on a map.
 */
public record PostalCode(@JsonValue String value) {

	private static final Pattern FORMAT = Pattern.compile("[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] ?[0-9][ABCEGHJ-NPRSTV-Z][0-9]");

	public PostalCode {
		if (!FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a Canadian postal code: " + value);
		}
		value = value.substring(0, 3) + " " + value.substring(value.length() - 3);
	}

	/** The postal code written in {@code text}, whatever its case and spacing, or empty if none. */
	public static Optional<PostalCode> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		var compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
		return FORMAT.matcher(compact).matches() ? Optional.of(new PostalCode(compact)) : Optional.empty();
	}

	/** The forward sortation area: the first three characters. */
	public String forwardSortationArea() {
		return value.substring(0, 3);
	}

	@Override
	public String toString() {
		return value;
	}
}
