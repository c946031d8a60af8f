package org.passerelle.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A small cache in the memory of one node: each entry kept for a while ({@code keepFor}, by the
 * given clock), the least recently read forgotten first beyond {@code atMost} entries, and any
 * forgotten on demand. Safe to share between threads; holds no null value.
 */
public final class ExpiringCache<K, V> {

	private final Clock clock;

	private final Duration keepFor;

	private final Map<K, Kept<V>> entries;

	public ExpiringCache(Clock clock, Duration keepFor, int atMost) {
		if (keepFor.isNegative() || keepFor.isZero() || atMost < 1) {
			throw new IllegalArgumentException("a cache keeps at least one entry for some time");
		}
		this.clock = clock;
		this.keepFor = keepFor;
		this.entries = new LinkedHashMap<>(Math.min(atMost, 256), 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<K, Kept<V>> eldest) {
				return size() > atMost;
			}
		};
	}

	/** The value kept for this key, if it has not expired. */
	public synchronized Optional<V> get(K key) {
		var kept = entries.get(key);
		if (kept == null) {
			return Optional.empty();
		}
		if (!kept.until().isAfter(clock.instant())) {
			entries.remove(key);
			return Optional.empty();
		}
		return Optional.of(kept.value());
	}

	/**
	 * The value kept for this key, or the one {@code load} gives, then kept. Loads outside the lock,
	 * so two threads may both load the same key: the last one is kept.
	 */
	public V get(K key, Function<? super K, ? extends V> load) {
		var kept = get(key);
		if (kept.isPresent()) {
			return kept.get();
		}
		V value = load.apply(key);
		put(key, value);
		return value;
	}

	public synchronized void put(K key, V value) {
		entries.put(key, new Kept<>(Objects.requireNonNull(value), clock.instant().plus(keepFor)));
	}

	public synchronized void invalidate(K key) {
		entries.remove(key);
	}

	public synchronized void clear() {
		entries.clear();
	}

	/** How many entries are kept, the expired ones not yet forgotten included. */
	public synchronized int size() {
		return entries.size();
	}

	private record Kept<V>(V value, Instant until) {
	}
}
