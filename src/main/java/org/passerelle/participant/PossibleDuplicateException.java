package org.passerelle.participant;

import java.util.List;

/**
 * A person being entered looks like someone already known: confirm it is someone else, or merge.
 */
public class PossibleDuplicateException extends RuntimeException {

	private final transient List<DuplicateCandidate> candidates;

	public PossibleDuplicateException(List<DuplicateCandidate> candidates) {
		super(candidates.size() + " possible duplicates");
		this.candidates = List.copyOf(candidates);
	}

	public List<DuplicateCandidate> candidates() {
		return candidates;
	}
}
