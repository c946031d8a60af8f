package org.passerelle.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTests {

	final MovableClock clock = new MovableClock();

	final LoginThrottle throttle = new LoginThrottle(clock);

	@Test
	void letsAFewMistakesThroughThenMakesEachFurtherAttemptWaitLonger() {
		for (int i = 1; i < LoginThrottle.FREE_ATTEMPTS; i++) {
			throttle.failed("someone@example.org");
			assertThat(throttle.isBlocked("someone@example.org")).isFalse();
		}
		throttle.failed("Someone@Example.org ");
		assertThat(throttle.isBlocked("someone@example.org")).isTrue();

		clock.advance(LoginThrottle.FIRST_WAIT);
		assertThat(throttle.isBlocked("someone@example.org")).isFalse();

		throttle.failed("someone@example.org");
		clock.advance(LoginThrottle.FIRST_WAIT);
		assertThat(throttle.isBlocked("someone@example.org")).as("the second wait is twice as long").isTrue();
		clock.advance(LoginThrottle.FIRST_WAIT);
		assertThat(throttle.isBlocked("someone@example.org")).isFalse();
	}

	@Test
	void neverWaitsLongerThanFifteenMinutes() {
		for (int i = 0; i < 40; i++) {
			throttle.failed("someone@example.org");
		}
		clock.advance(LoginThrottle.LONGEST_WAIT);
		assertThat(throttle.isBlocked("someone@example.org")).isFalse();
	}

	@Test
	void aSuccessForgetsThePastFailuresAndOtherAddressesAreNotAffected() {
		for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
			throttle.failed("someone@example.org");
		}
		assertThat(throttle.isBlocked("other@example.org")).isFalse();
		throttle.succeeded("someone@example.org");
		assertThat(throttle.isBlocked("someone@example.org")).isFalse();
	}

	@Test
	void theTableForgetsKeysNoLongerWaitingBeforeItGrowsPastItsBound() {
		for (int i = 0; i <= LoginThrottle.MOST_KEYS + 50; i++) {
			throttle.failed("guess-" + i + "@example.org from 203.0.113.9");
		}
		assertThat(throttle.size()).isLessThanOrEqualTo(LoginThrottle.MOST_KEYS);
		for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
			throttle.failed("someone@example.org from 198.51.100.20");
		}
		for (int i = 0; i <= LoginThrottle.MOST_KEYS + 50; i++) {
			throttle.failed("again-" + i + "@example.org from 203.0.113.9");
		}
		assertThat(throttle.size()).isLessThanOrEqualTo(LoginThrottle.MOST_KEYS);
		assertThat(throttle.isBlocked("someone@example.org from 198.51.100.20")).as("still waiting: kept").isTrue();
	}

	static class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-11-23T10:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
