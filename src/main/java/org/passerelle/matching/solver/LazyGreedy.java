package org.passerelle.matching.solver;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * "Best pair first" over every acceptable pair of a lazily given pool, with the tie rule of
 * {@link PoolSolver#greedy(AssignmentProblem)} (higher gain, then lower mentee, then lower mentor),
 * without holding all the pairs.
 * <p>
 * Each mentee keeps a chunk of its best mentors that still had room when the chunk was scored; a
 * queue holds each unmatched mentee at the head of its chunk. The queue's first mentee whose head
 * still has room takes it: every other pair still possible ranks after it, since a mentee's head
 * ranks at or before its best pair still possible. A head that lost its room moves on along the
 * chunk; a used-up chunk is scored again among the mentors with room, twice as long, which is right
 * because mentors only ever lose room.
 */
final class LazyGreedy {

	private static final int FIRST_CHUNK = 32;

	private LazyGreedy() {
	}

	static Assignment assign(PairGains pool, int threads) {
		int n = pool.mentees();
		int m = pool.mentors();
		int[] room = new int[m];
		for (int j = 0; j < m; j++) {
			room[j] = pool.capacity(j);
			if (room[j] < 0) {
				throw new IllegalArgumentException("mentor " + j + " has a negative capacity: " + room[j]);
			}
		}
		int[][] chunkMentors = new int[n][];
		int[][] chunkGains = new int[n][];
		int[] chunkSize = new int[n];
		Passes.inParallel(n, Passes.threadsFor(n, threads), () -> new BestK(FIRST_CHUNK), (worker, best, from, to) -> {
			for (int i = from; i < to; i++) {
				chunkSize[i] = FIRST_CHUNK;
				score(pool, i, room, best, chunkMentors, chunkGains);
			}
		});
		int[] position = new int[n];
		PriorityQueue<Long> queue = new PriorityQueue<>();
		for (int i = 0; i < n; i++) {
			if (chunkMentors[i].length > 0) {
				queue.add(key(chunkGains[i][0], i));
			}
		}
		int[] mentorOf = new int[n];
		Arrays.fill(mentorOf, Assignment.UNMATCHED);
		long total = 0;
		while (!queue.isEmpty()) {
			int i = (int) (long) queue.poll();
			int j = chunkMentors[i][position[i]];
			if (room[j] > 0) {
				room[j]--;
				mentorOf[i] = j;
				total += chunkGains[i][position[i]];
				continue;
			}
			int p = position[i] + 1;
			while (p < chunkMentors[i].length && room[chunkMentors[i][p]] == 0) {
				p++;
			}
			if (p == chunkMentors[i].length) {
				if (chunkMentors[i].length < chunkSize[i]) {
					// The chunk held every acceptable mentor with room: none is left.
					continue;
				}
				chunkSize[i] = Math.min(m, 2 * chunkSize[i]);
				score(pool, i, room, new BestK(chunkSize[i]), chunkMentors, chunkGains);
				p = 0;
				if (chunkMentors[i].length == 0) {
					continue;
				}
			}
			position[i] = p;
			queue.add(key(chunkGains[i][p], i));
		}
		return new Assignment(mentorOf, total);
	}

	/** Queue order: higher gain first, then lower mentee. */
	private static long key(int gain, int mentee) {
		return ((long) (Integer.MAX_VALUE - gain) << 32) | mentee;
	}

	/** Mentee {@code i}'s best mentors with room, as many as {@code best} keeps, in greedy order. */
	private static void score(PairGains pool, int i, int[] room, BestK best, int[][] chunkMentors,
			int[][] chunkGains) {
		best.clear();
		for (int j = 0; j < room.length; j++) {
			if (room[j] == 0) {
				continue;
			}
			int g = pool.gain(i, j, (int) Math.max(1, best.floor()));
			if (g < 0) {
				throw new IllegalArgumentException("mentee " + i + " and mentor " + j + " have a negative gain: " + g);
			}
			if (g != PairGains.NONE) {
				best.offer(g, j, j);
			}
		}
		long[] keys = new long[best.size()];
		for (int a = 0; a < keys.length; a++) {
			keys[a] = key((int) best.value(a), best.item(a));
		}
		Arrays.sort(keys);
		chunkMentors[i] = new int[keys.length];
		chunkGains[i] = new int[keys.length];
		for (int a = 0; a < keys.length; a++) {
			chunkMentors[i][a] = (int) keys[a];
			chunkGains[i][a] = Integer.MAX_VALUE - (int) (keys[a] >>> 32);
		}
	}
}
