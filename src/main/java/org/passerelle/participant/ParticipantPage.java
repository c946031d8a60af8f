package org.passerelle.participant;

import java.util.List;

/**
 * One page of a list of participants.
 *
 * @param page the page number, from 0
 */
public record ParticipantPage(List<ParticipantSummary> items, int page, int size, long total) {

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
