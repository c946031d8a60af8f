package org.passerelle.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down guessing: after {@value #FREE_ATTEMPTS} failed attempts under one key — for sign-in,
 * the e-mail address typed and the client's network address, so that a stranger elsewhere cannot
 * lock a person out — each further attempt must wait, twice as long after every failure (up to 15
 * minutes). Counts whether or not an account exists, so it reveals nothing. The table keeps at most
 * {@value #MOST_KEYS} keys: past that, keys no longer waiting are forgotten first, then the oldest.
 */
@Component
class LoginThrottle {

	static final int FREE_ATTEMPTS = 5;

	static final Duration FIRST_WAIT = Duration.ofSeconds(30);

	static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

	static final int MOST_KEYS = 10_000;

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
				return new Failures(count, null, now);
			}
			var wait = FIRST_WAIT.multipliedBy(1L << Math.min(count - FREE_ATTEMPTS, 10));
			return new Failures(count, now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait), now);
		});
		if (failures.size() > MOST_KEYS) {
			forget(now);
		}
	}

	/** How many keys the table holds. */
	int size() {
		return failures.size();
	}

	/** Forgets the keys no longer waiting, then, if still too many, the oldest failures. */
	private synchronized void forget(java.time.Instant now) {
		failures.entrySet()
			.removeIf(entry -> entry.getValue().blockedUntil() == null || !now.isBefore(entry.getValue().blockedUntil()));
		if (failures.size() > MOST_KEYS) {
			failures.entrySet()
				.stream()
				.sorted(java.util.Map.Entry.comparingByValue(java.util.Comparator.comparing(Failures::last)))
				.limit(failures.size() - MOST_KEYS)
				.map(java.util.Map.Entry::getKey)
				.toList()
				.forEach(failures::remove);
		}
	}

	void succeeded(String email) {
		failures.remove(key(email));
	}

	private static String key(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	private record Failures(int count, Instant blockedUntil, Instant last) {
	}
}
