package org.passerelle.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.function.Supplier;

/** Timing and heap measurements shared by the sections. */
final class Measure {

	private Measure() {
	}

	/**
	 * A result and the wall time it took.
	 *
	 * @param value what the measured code returned
	 * @param seconds wall time in seconds
	 */
	record Timed<T>(T value, double seconds) {
	}

	static <T> Timed<T> time(Supplier<T> work) {
		long start = System.nanoTime();
		T value = work.get();
		return new Timed<>(value, (System.nanoTime() - start) / 1e9);
	}

	/** The fastest of {@code runs} runs (the first result is returned: they are all equal). */
	static <T> Timed<T> bestOf(int runs, Supplier<T> work) {
		Timed<T> best = null;
		for (int run = 0; run < runs; run++) {
			Timed<T> timed = time(work);
			if (best == null || timed.seconds() < best.seconds()) {
				best = new Timed<>(best == null ? timed.value() : best.value(), timed.seconds());
			}
		}
		return best;
	}

	/** Collects garbage and starts counting the heap's peak afresh. */
	static long resetHeapPeak() {
		System.gc();
		long used = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
				used += pool.getUsage().getUsed();
			}
		}
		return used;
	}

	/**
	 * The heap's peak since {@link #resetHeapPeak()}: the sum of the pools' peaks, which bounds the
	 * real peak from above (the pools need not peak at the same moment) and counts garbage not yet
	 * collected.
	 */
	static long heapPeak() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

	static String mebibytes(long bytes) {
		return String.format("%,d MiB", bytes / (1024 * 1024));
	}

	static String seconds(double seconds) {
		return seconds < 1 ? String.format("%.3f s", seconds) : String.format("%.2f s", seconds);
	}
}
