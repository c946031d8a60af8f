package org.passerelle.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ExpiringCacheTests {

	private final MovingClock clock = new MovingClock();

	private final ExpiringCache<String, String> cache = new ExpiringCache<>(clock, Duration.ofMinutes(2), 2);

	@Test
	void keepsAValueUntilItExpires() {
		cache.put("a", "one");
		clock.move(Duration.ofSeconds(119));
		assertThat(cache.get("a")).contains("one");
		clock.move(Duration.ofSeconds(1));
		assertThat(cache.get("a")).isEmpty();
		assertThat(cache.size()).isZero();
	}

	@Test
	void forgetsTheLeastRecentlyReadBeyondItsBound() {
		cache.put("a", "one");
		cache.put("b", "two");
		cache.get("a");
		cache.put("c", "three");
		assertThat(cache.get("b")).isEmpty();
		assertThat(cache.get("a")).contains("one");
		assertThat(cache.get("c")).contains("three");
	}

	@Test
	void loadsOnlyWhatItDoesNotKeep() {
		var loads = new int[1];
		assertThat(cache.get("a", key -> key + (++loads[0]))).isEqualTo("a1");
		assertThat(cache.get("a", key -> key + (++loads[0]))).isEqualTo("a1");
		clock.move(Duration.ofMinutes(2));
		assertThat(cache.get("a", key -> key + (++loads[0]))).isEqualTo("a2");
	}

	@Test
	void forgetsOneKeyOrAllOnDemand() {
		cache.put("a", "one");
		cache.put("b", "two");
		cache.invalidate("a");
		assertThat(cache.get("a")).isEmpty();
		assertThat(cache.get("b")).contains("two");
		cache.clear();
		assertThat(cache.get("b")).isEmpty();
	}

	private static final class MovingClock extends Clock {

		private Instant now = Instant.parse("2026-03-02T09:00:00Z");

		void move(Duration by) {
			now = now.plus(by);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}
	}
}
