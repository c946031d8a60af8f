package org.passerelle.matching;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;

/**
 * A run of "match the waiting pool" as the coordinator follows and reviews it: while it runs, where
 * it is; once done, every waiting mentee with the mentor proposed (or none, when no acceptable
 * mentor was free), the comparison with a greedy "best pair first" on the same pool, and whether
 * the draft is proven optimal; or why it failed.
 *
 * @param status RUNNING, DRAFT, FAILED, CONFIRMED or DISCARDED
 * @param objective what the run made as large as possible: {@code MAXIMUM_TOTAL} (the total score)
 *        or {@code MOST_MATCHED_THEN_TOTAL} (the mentees matched, then the total)
 * @param optimalWorst the lowest score among the pairs proposed, or null without any
 * @param greedyWorst the same for the greedy assignment
 * @param proof how the solver proved the draft optimal; null while running, after a failure, and
 *        for runs made before proofs were kept
 * @param progress where the run is; null unless it is running
 * @param failureCode why the run failed, as a message code; null unless it failed
 * @param failure the same in the reader's language
 * @param stale whether the pool changed since the draft was made (someone edited, matched,
 *        enrolled…): the draft can no longer be confirmed, only run again
 * @param pairs the pairs of the page shown, in the run's order
 * @param page the page shown, from 0
 * @param pairCount the pairs of the whole run
 */
public record PoolRunView(UUID id, long version, ProgramId program, String programName, String status,
		Instant createdAt, int menteesWaiting, int mentorsFree, int minimumScore, String objective, double optimalTotal,
		Double optimalWorst, int optimalMatched, double greedyTotal, Double greedyWorst, int greedyMatched,
		long solveMillis, Proof proof, Progress progress, String failureCode, String failure, boolean stale,
		List<Pair> pairs, int page, int pageSize, int pairCount) {

	public boolean draft() {
		return "DRAFT".equals(status);
	}

	public boolean running() {
		return "RUNNING".equals(status);
	}

	public boolean failed() {
		return "FAILED".equals(status);
	}

	/** Whether the run ended with pairs: a draft, or one confirmed or discarded. */
	public boolean hasResult() {
		return !running() && !failed();
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
	 * The solver's certificate for the draft.
	 *
	 * @param provenOptimal whether no assignment of the pool does better for the objective, over
	 *        every acceptable pair: the dual prices bound every assignment by the draft's total
	 * @param iterations how many times the candidate lists were solved
	 * @param pairsScored pairs scored to build the first candidate lists: every pair of the pool
	 * @param candidatePairs pairs in the candidate lists of the last solve
	 */
	public record Proof(boolean provenOptimal, int iterations, long pairsScored, long pairsPriced, long pairsAdded,
			long candidatePairs) {
	}

	/**
	 * Where a running run is.
	 *
	 * @param stage QUEUED, SCORING, SOLVING, COMPARING or SAVING
	 * @param pass the solve under way, from 1, while SOLVING
	 * @param pairsScored pairs scored so far while SCORING
	 * @param pairsToScore every pair of the pool
	 */
	public record Progress(String stage, int pass, long pairsScored, long pairsToScore) {

		/** Of the pairs to score, the share scored, from 0 to 100. */
		public int percent() {
			return pairsToScore <= 0 ? 0 : (int) Math.min(100, 100 * pairsScored / pairsToScore);
		}

		/** Stage and pass as one word, for a page to tell whether they changed. */
		public String key() {
			return stage + "-" + pass;
		}
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
