package org.passerelle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A clock tests move forward, to see what dates and delays do.
 */
public class MovableClock extends Clock {

	private final ZoneId zone;

	private volatile Instant now;

	public MovableClock(Instant start, ZoneId zone) {
		this.now = start;
		this.zone = zone;
	}

	/**
	 * Now, to the millisecond: PostgreSQL keeps microseconds and rounds what is finer, so a clock
	 * with nanoseconds would read back instants a little later than it wrote them.
	 */
	public static MovableClock startingNow() {
		return new MovableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS), ZoneId.of("America/Toronto"));
	}

	/** Back to the present, to the millisecond: what each test starts from. */
	public void reset() {
		now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}

	public void advance(Duration duration) {
		now = now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		return new MovableClock(now, other);
	}

	@Override
	public Instant instant() {
		return now;
	}
}
