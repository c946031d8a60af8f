package org.passerelle.participant;

import java.util.UUID;

/**
 * Where the commit of an imported file stands: rows written so far out of all of them (none is
 * final until every one is), then what it did or why nothing was imported.
 *
 * @param failure the message code saying why nothing was imported, when it failed
 */
public record ImportCommit(UUID importId, String fileName, State state, int done, int total, Integer added,
		Integer updated, String failure) {

	public enum State {
		RUNNING, DONE, FAILED
	}

	public boolean running() {
		return state == State.RUNNING;
	}
}
