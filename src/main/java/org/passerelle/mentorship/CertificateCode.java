package org.passerelle.mentorship;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Verification codes of certificates: {@code PSR-7K3M-Q9TX-4FJW}, twelve random characters (60
 * bits) from Crockford's base 32 — no I, L, O or U, so that nothing reads as something else — easy
 * to type from paper and impossible to guess.
 */
final class CertificateCode {

	static final String PREFIX = "PSR";

	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final int LENGTH = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private CertificateCode() {
	}

	static String generate() {
		var body = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			body.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return format(body.toString());
	}

	/**
	 * The code as stored, from what someone typed: any case, spaces or dashes or none, with or
	 * without the prefix, O for 0 and I or L for 1; empty when it cannot be a code.
	 */
	static Optional<String> normalise(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		var compact = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-_.]", "");
		if (compact.length() == PREFIX.length() + LENGTH && compact.startsWith(PREFIX)) {
			compact = compact.substring(PREFIX.length());
		}
		if (compact.length() != LENGTH) {
			return Optional.empty();
		}
		var body = new StringBuilder(LENGTH);
		for (char c : compact.toCharArray()) {
			char read = switch (c) {
				case 'O' -> '0';
				case 'I', 'L' -> '1';
				default -> c;
			};
			if (ALPHABET.indexOf(read) < 0) {
				return Optional.empty();
			}
			body.append(read);
		}
		return Optional.of(format(body.toString()));
	}

	private static String format(String body) {
		return PREFIX + "-" + body.substring(0, 4) + "-" + body.substring(4, 8) + "-" + body.substring(8);
	}
}
