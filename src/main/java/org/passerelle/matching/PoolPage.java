package org.passerelle.matching;

import java.util.List;

import org.passerelle.program.Audience;

/**
 * One page of a program's mentees or mentors, in the pool's order (by name), those whose name
 * holds the words searched.
 *
 * @param query the words searched, or empty for everyone
 * @param page the page, from 0
 * @param total how many people the search found, on every page
 */
public record PoolPage(Audience side, String query, int page, int size, long total, List<PoolOverview.Person> people) {

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < pages();
	}
}
