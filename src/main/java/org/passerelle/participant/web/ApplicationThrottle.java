package org.passerelle.participant.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Limits how many applications one address sends on the public form: a few an hour is what a
 * family or a shared computer needs, more is a robot. Kept in memory, per node, like the sign-in
 * throttle.
 */
@Component
class ApplicationThrottle {

	static final int LIMIT = 5;

	static final Duration WINDOW = Duration.ofHours(1);

	private final ConcurrentHashMap<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

	private final Clock clock;

	ApplicationThrottle(Clock clock) {
		this.clock = clock;
	}

	/** Counts an application from this address; false when the address has sent too many lately. */
	boolean tryAcquire(String address) {
		var now = clock.instant();
		var allowed = new boolean[1];
		recent.compute(address, (key, times) -> {
			var kept = forget(times == null ? new ArrayDeque<>() : times, now);
			allowed[0] = kept.size() < LIMIT;
			if (allowed[0]) {
				kept.addLast(now);
			}
			return kept;
		});
		if (recent.size() > 10_000) {
			recent.keySet().forEach(key -> recent.computeIfPresent(key, (k, times) -> {
				var kept = forget(times, now);
				return kept.isEmpty() ? null : kept;
			}));
		}
		return allowed[0];
	}

	private static Deque<Instant> forget(Deque<Instant> times, Instant now) {
		while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
			times.pollFirst();
		}
		return times;
	}
}
