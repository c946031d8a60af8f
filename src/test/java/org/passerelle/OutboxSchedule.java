package org.passerelle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.passerelle.notification.EmailOutbox;

/**
 * The outbox sending on a schedule, as on an installation, for the tests that follow e-mails as
 * people do (the journeys): the tests' applications run no schedule of their own
 * ({@code passerelle.scheduling.enabled=false}); a test starts this one and
 * {@link SharedApplication} stops it after the test.
 */
public class OutboxSchedule {

	private final EmailOutbox outbox;

	private ScheduledExecutorService executor;

	OutboxSchedule(EmailOutbox outbox) {
		this.outbox = outbox;
	}

	/** Sends what is due every {@code every}, from now until {@link #stop()}. */
	public synchronized void start(Duration every) {
		if (executor == null) {
			executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("test-outbox").daemon().factory());
			executor.scheduleWithFixedDelay(this::send, 0, every.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	private void send() {
		try {
			outbox.sendPending();
		}
		catch (RuntimeException ex) {
			// as the scheduler does: the next round tries again
		}
	}

	public synchronized void stop() {
		if (executor != null) {
			executor.shutdownNow();
			try {
				executor.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			executor = null;
		}
	}
}
