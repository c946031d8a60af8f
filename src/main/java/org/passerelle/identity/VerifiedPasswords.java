package org.passerelle.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.passerelle.core.ExpiringCache;
import org.springframework.stereotype.Component;

/**
 * Passwords checked a moment ago, so that a script calling the API with HTTP Basic pays for the
 * slow password hash once every {@link #FOR} rather than on every call. Only successes are kept,
 * at most {@link #AT_MOST} of them, each under a keyed hash (HMAC-SHA-256 with a key drawn at start
 * and never stored) of the address and the password, with the password hash it matched: a kept
 * success counts only while the account is active and still has that hash, read from the
 * database on each call, so a changed password or a deactivated account fails at once on every
 * node.
 */
@Component
class VerifiedPasswords {

	static final Duration FOR = Duration.ofMinutes(2);

	static final int AT_MOST = 10_000;

	private final SecretKeySpec key;

	private final AtomicLong verifications = new AtomicLong();

	/** The password hash each pair of credentials matched, under the keyed hash of the pair. */
	private final ExpiringCache<String, String> verified;

	VerifiedPasswords(Clock clock) {
		this.verified = new ExpiringCache<>(clock, FOR, AT_MOST);
		var bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		this.key = new SecretKeySpec(bytes, "HmacSHA256");
	}

	/** The password hash these credentials matched a moment ago, if they did. */
	Optional<String> matched(String email, String password) {
		return verified.get(name(email, password));
	}

	/** Keeps that these credentials matched the password hash, just verified. */
	void keep(String email, String password, String passwordHash) {
		verifications.incrementAndGet();
		verified.put(name(email, password), passwordHash);
	}

	/** Forgets credentials that no longer match their account. */
	void forget(String email, String password) {
		verified.invalidate(name(email, password));
	}

	/** How many successful password checks ran the password hash since the start. */
	long verifications() {
		return verifications.get();
	}

	private String name(String email, String password) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			mac.update(UserAccount.normalise(email).getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
