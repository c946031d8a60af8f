package org.passerelle;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What is written after a commit — by the listeners of an event, by the outbox — waited for, up to
 * ten seconds.
 */
public final class Eventually {

	private Eventually() {
	}

	/** The value once it is ready; fails when it is not within ten seconds. */
	public static <T> T value(Supplier<T> found, Predicate<? super T> ready) {
		return await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(50))
			.until(found::get, ready::test);
	}

	/** The list once it holds at least {@code count} items. */
	public static <T> List<T> atLeast(int count, Supplier<List<T>> found) {
		return value(found, list -> list.size() >= count);
	}
}
