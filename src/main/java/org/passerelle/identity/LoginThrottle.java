package org.passerelle.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down guessing: after {@value #FREE_ATTEMPTS} failed sign-ins for one e-mail address,
 * each further attempt must wait, twice as long after every failure (up to 15 minutes). Counts
 * by the address typed, whether or not an account exists, so it reveals nothing.
 */
@Component
class LoginThrottle {

	static final int FREE_ATTEMPTS = 5;

	static final Duration FIRST_WAIT = Duration.ofSeconds(30);

	static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/** Whether an attempt for this address must wait. */
	boolean isBlocked(String email) {
		var recorded = failures.get(key(email));
		return recorded != null && recorded.blockedUntil() != null && clock.instant().isBefore(recorded.blockedUntil());
	}

	void failed(String email) {
		var now = clock.instant();
		failures.compute(key(email), (key, previous) -> {
			int count = previous == null ? 1 : previous.count() + 1;
			if (count < FREE_ATTEMPTS) {
				return new Failures(count, null);
			}
			var wait = FIRST_WAIT.multipliedBy(1L << Math.min(count - FREE_ATTEMPTS, 10));
			return new Failures(count, now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait));
		});
	}

	void succeeded(String email) {
		failures.remove(key(email));
	}

	private static String key(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	private record Failures(int count, Instant blockedUntil) {
	}
}
