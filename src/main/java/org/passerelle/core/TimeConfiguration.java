package org.passerelle.core;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every date rule reads, in the organisation's time zone, so that tests can move
 * time.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock(@Value("${passerelle.time-zone:America/Toronto}") ZoneId zone) {
		// PostgreSQL keeps microseconds: an instant read back equals the one written
		return Clock.tick(Clock.system(zone), Duration.ofNanos(1_000));
	}
}
