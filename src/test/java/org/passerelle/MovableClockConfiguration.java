package org.passerelle;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock the test moves forward, for the rules that count days: retention, reminders. Test
 * classes importing it share one application context.
 */
@TestConfiguration
public class MovableClockConfiguration {

	@Bean
	@Primary
	MovableClock movableClock() {
		return MovableClock.startingNow();
	}
}
