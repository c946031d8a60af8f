package org.passerelle.core;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Looks after the event publication registry (table {@code event_publication}): an event handed to
 * an after-commit listener stays there until the listener succeeds. What a failed listener or a
 * stopped node left incomplete is handed to its listener again — at start by Spring Modulith, and
 * by {@link #resubmitIncompletePublications()} every few minutes — so listeners must be idempotent.
 * Completed publications are deleted after a week. Operators see how many are incomplete in the
 * metric {@value #INCOMPLETE_METRIC}.
 */
@Component
public class EventPublications implements MeterBinder {

	static final String INCOMPLETE_METRIC = "passerelle.events.incomplete";

	private static final Logger log = LoggerFactory.getLogger(EventPublications.class);

	private final IncompleteEventPublications incomplete;

	private final CompletedEventPublications completed;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration olderThan;

	private final Duration keepCompleted;

	EventPublications(IncompleteEventPublications incomplete, CompletedEventPublications completed, JdbcClient jdbc,
			Clock clock, @Value("${passerelle.events.resubmit-older-than:PT1M}") Duration olderThan,
			@Value("${passerelle.events.keep-completed:P7D}") Duration keepCompleted) {
		this.incomplete = incomplete;
		this.completed = completed;
		this.jdbc = jdbc;
		this.clock = clock;
		this.olderThan = olderThan;
		this.keepCompleted = keepCompleted;
	}

	/** The resubmission every few minutes, on one node at a time. */
	@Scheduled(fixedDelayString = "${passerelle.events.resubmit-every:PT5M}",
			initialDelayString = "${passerelle.events.resubmit-every:PT5M}")
	@SchedulerLock(name = "core.event-resubmission")
	public void resubmitIncompletePublicationsOnSchedule() {
		resubmitIncompletePublications();
	}

	/**
	 * Hands the publications still incomplete a minute after they were made (their listener failed,
	 * or the node running it stopped) to their listener again.
	 */
	public void resubmitIncompletePublications() {
		// Modulith never resubmits a publication marked RESUBMITTED: one whose resubmission did not
		// conclude within the delay was lost with its node, and is marked failed to be tried again
		var lost = jdbc.sql("""
				update event_publication set status = 'FAILED'
				where status = 'RESUBMITTED' and completion_date is null and last_resubmission_date < ?""")
			.param(Timestamp.from(clock.instant().minus(olderThan)))
			.update();
		if (lost > 0) {
			log.warn("{} event publications resubmitted earlier never concluded; resubmitting them again", lost);
		}
		incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
	}

	/** The daily cleanup, on one node only. */
	@Scheduled(cron = "${passerelle.events.cleanup-cron:0 45 3 * * *}")
	@SchedulerLock(name = "core.event-cleanup", lockAtLeastFor = "PT1M")
	public void deleteCompletedPublicationsOnSchedule() {
		deleteCompletedPublications();
	}

	/** Deletes the publications completed more than a week ago (passerelle.events.keep-completed). */
	public void deleteCompletedPublications() {
		completed.deletePublicationsOlderThan(keepCompleted);
	}

	/** How many publications are incomplete now: waiting for, running in or failed in their listener. */
	public int countIncomplete() {
		return jdbc.sql("select count(*) from event_publication where completion_date is null")
			.query(Integer.class)
			.single();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder(INCOMPLETE_METRIC, this::countIncomplete)
			.description("Event publications whose listener has not succeeded yet")
			.register(registry);
	}
}
