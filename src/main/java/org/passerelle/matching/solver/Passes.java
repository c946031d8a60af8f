package org.passerelle.matching.solver;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Passes over all mentees of a pool, in chunks, from a few threads: scoring is the costly part. */
final class Passes {

	/** Mentees handed to a thread at a time. */
	static final int CHUNK = 32;

	private Passes() {
	}

	/** What one thread does with a chunk of mentees, with a scratch object of its own. */
	interface ChunkWork<S> {

		void run(int worker, S scratch, int from, int to);
	}

	/** No more threads than {@code wanted}, nor than chunks. */
	static int threadsFor(int mentees, int wanted) {
		return (int) Math.max(1, Math.min(wanted, (mentees + (long) CHUNK - 1) / CHUNK));
	}

	/**
	 * Runs {@code work} over mentees {@code 0 … mentees − 1} from {@code threads} threads (numbered
	 * {@code 0 … threads − 1}); the first failure of any thread is thrown once all have stopped.
	 */
	static <S> void inParallel(int mentees, int threads, Supplier<S> scratch, ChunkWork<S> work) {
		if (threads == 1) {
			S own = scratch.get();
			for (int from = 0; from < mentees; from += CHUNK) {
				work.run(0, own, from, Math.min(mentees, from + CHUNK));
			}
			return;
		}
		AtomicInteger next = new AtomicInteger();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread[] workers = new Thread[threads];
		for (int w = 0; w < threads; w++) {
			int worker = w;
			workers[w] = Thread.ofPlatform().name("pool-pass-" + w).start(() -> {
				try {
					S own = scratch.get();
					int from;
					while (failure.get() == null && (from = next.getAndAdd(CHUNK)) < mentees) {
						work.run(worker, own, from, Math.min(mentees, from + CHUNK));
					}
				}
				catch (Throwable t) {
					failure.compareAndSet(null, t);
				}
			});
		}
		for (Thread t : workers) {
			try {
				t.join();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted during a pass over the pool", e);
			}
		}
		Throwable t = failure.get();
		if (t instanceof RuntimeException e) {
			throw e;
		}
		if (t instanceof Error e) {
			throw e;
		}
	}
}
