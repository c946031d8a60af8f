package org.passerelle.matching;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;

/**
 * A run of "match the waiting pool" as the coordinator reviews it: every waiting mentee with the
 * mentor proposed (or none, when no acceptable mentor was free), and the comparison with a
 * greedy "best pair first".
 *
 * @param optimalWorst the lowest score among the pairs proposed, or null without any
 * @param greedyWorst the same for the greedy assignment
 * @param pairs the pairs of the page shown, in the run's order
 * @param page the page shown, from 0
 * @param pairCount the pairs of the whole run
 */
public record PoolRunView(UUID id, long version, ProgramId program, String programName, String status,
		Instant createdAt, int menteesWaiting, int mentorsFree, int minimumScore, double optimalTotal,
		Double optimalWorst, int optimalMatched, double greedyTotal, Double greedyWorst, int greedyMatched,
		long solveMillis, List<Pair> pairs, int page, int pageSize, int pairCount) {

	public boolean draft() {
		return "DRAFT".equals(status);
	}

	public int pages() {
		return pageSize <= 0 ? 1 : Math.max(1, (pairCount + pageSize - 1) / pageSize);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < pages();
	}

	/**
	 * A mentee of the run and the mentor proposed.
	 *
	 * @param alternatives other acceptable mentors for this mentee, the best first, to edit the pair:
	 *        only for the pair opened, empty for the others
	 */
	public record Pair(ParticipantId mentee, String menteeName, ParticipantId mentor, String mentorName, Double score,
			boolean edited, List<Contribution> contributions, List<Suggestion> alternatives) {
	}
}
