package org.passerelle.matching;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.passerelle.participant.ParticipantEvents;
import org.passerelle.program.ProgramEvents;
import org.passerelle.program.ProgramId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Each program's pool, built once and kept until something it was built from changes: reading a
 * pool of thousands of people takes far longer than the pages and suggestions that use it.
 * <p>
 * Every program has a generation, raised when a change to its pool is committed; a pool is kept
 * only when no change was committed while it was being built, and readers who arrive during a
 * build wait for it rather than build again. A pool read within a transaction that writes is not
 * kept, since it may see that transaction's own changes, which may yet be rolled back.
 */
@Component
class MatchPoolCache {

	private final ConcurrentHashMap<ProgramId, AtomicLong> generations = new ConcurrentHashMap<>();

	private final ConcurrentHashMap<ProgramId, Cached> pools = new ConcurrentHashMap<>();

	private final AtomicLong builds = new AtomicLong();

	private record Cached(long generation, CompletableFuture<MatchPool> pool) {
	}

	/** The program's pool: the one kept if still current, otherwise built by {@code build}. */
	MatchPool get(ProgramId program, Function<ProgramId, MatchPool> build) {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			var kept = pools.get(program);
			if (kept != null && kept.generation() == generation(program).get() && kept.pool().isDone()
					&& !kept.pool().isCompletedExceptionally()) {
				return kept.pool().join();
			}
			builds.incrementAndGet();
			return build.apply(program);
		}
		// the generation is read before the build starts reading, so that a change committed
		// meanwhile is never hidden by the pool built from what was there before it
		long generation = generation(program).get();
		var mine = new CompletableFuture<MatchPool>();
		var current = pools.compute(program, (key, kept) -> kept != null && kept.generation() == generation
				&& !kept.pool().isCompletedExceptionally() ? kept : new Cached(generation, mine));
		if (current.pool() == mine) {
			try {
				builds.incrementAndGet();
				mine.complete(build.apply(program));
			}
			catch (RuntimeException | Error ex) {
				mine.completeExceptionally(ex);
				pools.remove(program, current);
				throw ex;
			}
		}
		try {
			return current.pool().join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/** How many pools were built since the start, kept or not: what tests and the bench watch. */
	long builds() {
		return builds.get();
	}

	/**
	 * Forgets the program's pool once the current transaction ends (at once outside one); every
	 * program's when {@code program} is null.
	 */
	void changed(ProgramId program) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			// one synchronization per transaction, whatever the number of changes: an import saves
			// thousands of people of the same program in one (a transaction within it has its own)
			var forget = TransactionSynchronizationManager.getSynchronizations()
				.stream()
				.filter(ForgetAtCompletion.class::isInstance)
				.map(ForgetAtCompletion.class::cast)
				.filter(mine -> mine.cache() == this)
				.findFirst()
				.orElseGet(() -> {
					var created = new ForgetAtCompletion(this, new java.util.LinkedHashSet<>());
					TransactionSynchronizationManager.registerSynchronization(created);
					return created;
				});
			forget.programs().add(program == null ? EVERY_PROGRAM : program);
		}
		else {
			forget(program);
		}
	}

	/** What stands for every program among the programs changed in a transaction. */
	private static final ProgramId EVERY_PROGRAM = new ProgramId(new java.util.UUID(0, 0));

	/** The programs changed in a transaction, each forgotten once when it ends. */
	private static final class ForgetAtCompletion implements TransactionSynchronization {

		private final MatchPoolCache cache;

		private final java.util.Set<ProgramId> programs;

		ForgetAtCompletion(MatchPoolCache cache, java.util.Set<ProgramId> programs) {
			this.cache = cache;
			this.programs = programs;
		}

		MatchPoolCache cache() {
			return cache;
		}

		java.util.Set<ProgramId> programs() {
			return programs;
		}

		@Override
		public void afterCompletion(int status) {
			programs.forEach(cache::forget);
		}
	}

	private void forget(ProgramId program) {
		if (program == null || EVERY_PROGRAM.equals(program)) {
			generations.values().forEach(AtomicLong::incrementAndGet);
			pools.clear();
			return;
		}
		generation(program).incrementAndGet();
		pools.remove(program);
	}

	private AtomicLong generation(ProgramId program) {
		return generations.computeIfAbsent(program, key -> new AtomicLong());
	}

	@EventListener
	void on(ParticipantEvents.ParticipantChanged event) {
		event.programs().forEach(this::changed);
	}

	@EventListener
	void on(ParticipantEvents.ParticipantAdmitted event) {
		changed(event.program());
	}

	@EventListener
	void on(ParticipantEvents.ApplicationDestroyed event) {
		changed(event.program());
	}

	@EventListener
	void on(ProgramEvents.ProgramChanged event) {
		changed(event.program());
	}

	@EventListener
	void on(MatchEvents.MatchProposed event) {
		changed(event.program());
	}

	/** A decline also excludes the pair, in every program the two of them are in. */
	@EventListener
	void on(MatchEvents.MatchDeclined event) {
		changed(null);
	}

	@EventListener
	void on(MatchEvents.MentorshipAgreed event) {
		changed(event.program());
	}

	@EventListener
	void on(MatchEvents.MatchCancelled event) {
		changed(event.program());
	}

	@EventListener
	void on(MatchEvents.MatchEnded event) {
		changed(event.program());
	}
}
