package org.passerelle.matching.solver;

/**
 * Keeps the {@code k} best items offered: the larger value first, then the smaller tie key (tie
 * keys are distinct, so the order is strict and the result does not depend on the order of the
 * offers). A binary heap with the worst kept item on top.
 */
final class BestK {

	private final int k;

	private final long[] value;

	private final int[] tie;

	private final int[] item;

	private int size;

	BestK(int k) {
		this.k = k;
		this.value = new long[k];
		this.tie = new int[k];
		this.item = new int[k];
	}

	int size() {
		return size;
	}

	void clear() {
		size = 0;
	}

	/**
	 * The value an offer needs at least to be kept: {@code Long.MIN_VALUE} while there is room,
	 * {@code Long.MAX_VALUE} when nothing is kept at all.
	 */
	long floor() {
		if (k == 0) {
			return Long.MAX_VALUE;
		}
		return size < k ? Long.MIN_VALUE : value[0];
	}

	void offer(long v, int t, int it) {
		if (k == 0) {
			return;
		}
		if (size < k) {
			int at = size++;
			while (at > 0) {
				int parent = (at - 1) >>> 1;
				if (!worse(v, t, value[parent], tie[parent])) {
					break;
				}
				move(parent, at);
				at = parent;
			}
			set(at, v, t, it);
			return;
		}
		if (!worse(value[0], tie[0], v, t)) {
			return;
		}
		int at = 0;
		int half = size >>> 1;
		while (at < half) {
			int child = 2 * at + 1;
			int right = child + 1;
			if (right < size && worse(value[right], tie[right], value[child], tie[child])) {
				child = right;
			}
			if (!worse(value[child], tie[child], v, t)) {
				break;
			}
			move(child, at);
			at = child;
		}
		set(at, v, t, it);
	}

	long value(int position) {
		return value[position];
	}

	int tie(int position) {
		return tie[position];
	}

	int item(int position) {
		return item[position];
	}

	private static boolean worse(long v1, int t1, long v2, int t2) {
		return v1 < v2 || (v1 == v2 && t1 > t2);
	}

	private void move(int from, int to) {
		value[to] = value[from];
		tie[to] = tie[from];
		item[to] = item[from];
	}

	private void set(int at, long v, int t, int it) {
		value[at] = v;
		tie[at] = t;
		item[at] = it;
	}
}
