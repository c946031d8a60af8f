package org.passerelle;

import org.passerelle.evaluation.EmploymentFollowUps;

/**
 * The morning job of employment follow-ups, for the journeys whose clock jumps months ahead: on an
 * installation the scheduler runs it every morning; the tests' applications run no schedule, so a
 * journey says when a morning comes, and the job's work runs. Not through the scheduled method: its
 * lock is held a minute of the database's (real) time, so a second morning a few seconds later on
 * the test's clock would be skipped.
 */
public class FollowUpMorning {

	private final EmploymentFollowUps followUps;

	FollowUpMorning(EmploymentFollowUps followUps) {
		this.followUps = followUps;
	}

	/** A morning comes: the follow-ups due are sent, the unanswered ones reminded. */
	public void comes() {
		followUps.send();
	}
}
