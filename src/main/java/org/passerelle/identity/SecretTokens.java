package org.passerelle.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Tokens put in links that e-mails carry (password links, invitations): 256 random bits that
 * nobody can guess, of which only a SHA-256 hash is stored, so that reading the database gives
 * no working link.
 */
public final class SecretTokens {

	private static final SecureRandom random = new SecureRandom();

	private SecretTokens() {
	}

	/** A new token, safe in a URL path. */
	public static String generate() {
		var bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The hash stored for a token; a token of the wrong shape still gets one, which matches nothing. */
	public static String hash(String token) {
		try {
			var digest = MessageDigest.getInstance("SHA-256")
				.digest(String.valueOf(token).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
