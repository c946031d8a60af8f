package org.passerelle.matching;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import org.passerelle.core.AggregateRoot;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.UserId;
import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;

/**
 * One run of "match the waiting pool" (R-MAT-4): the optimal assignment as a draft, with what a
 * greedy "best pair first" would have given for comparison. The coordinator changes pairs one by
 * one, then confirms — each pair becomes a proposal — or discards it.
 */
@Entity
class PoolRun extends AggregateRoot<PoolRun> {

	enum Status {
		DRAFT, CONFIRMED, DISCARDED
	}

	@Id
	private UUID id;

	private UUID programId;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant createdAt;

	private UUID createdBy;

	private int menteesWaiting;

	private int mentorsFree;

	private BigDecimal optimalTotal;

	private BigDecimal optimalWorst;

	private BigDecimal greedyTotal;

	private BigDecimal greedyWorst;

	private int greedyMatched;

	private long solveMillis;

	private Instant confirmedAt;

	@ElementCollection
	@CollectionTable(name = "pool_run_pair", joinColumns = @JoinColumn(name = "run_id"))
	@OrderColumn(name = "position")
	private List<Pair> pairs = new ArrayList<>();

	/** A mentee of the pool and the mentor proposed, or none when no acceptable mentor was free. */
	@Embeddable
	record Pair(@Column(name = "mentee_id") UUID mentee, @Column(name = "mentor_id") UUID mentor, BigDecimal score,
			boolean edited) {
	}

	/** What the optimal and the greedy assignments give: totals, and the worst-off matched mentee. */
	record Outcome(double total, Double worst, int matched) {
	}

	protected PoolRun() {
	}

	static PoolRun draft(ProgramId program, List<Pair> pairs, int menteesWaiting, int mentorsFree, Outcome optimal,
			Outcome greedy, long solveMillis, UserId by, Instant at) {
		var run = new PoolRun();
		run.id = UUID.randomUUID();
		run.programId = program.value();
		run.status = Status.DRAFT;
		run.createdAt = at;
		run.createdBy = by.value();
		run.menteesWaiting = menteesWaiting;
		run.mentorsFree = mentorsFree;
		run.optimalTotal = points(optimal.total());
		run.optimalWorst = optimal.worst() == null ? null : points(optimal.worst());
		run.greedyTotal = points(greedy.total());
		run.greedyWorst = greedy.worst() == null ? null : points(greedy.worst());
		run.greedyMatched = greedy.matched();
		run.solveMillis = solveMillis;
		run.pairs.addAll(pairs);
		return run;
	}

	static BigDecimal points(double score) {
		return BigDecimal.valueOf(Math.round(score * 100), 2);
	}

	/** Proposes another mentor to a mentee of the draft, or none. */
	void change(ParticipantId mentee, ParticipantId mentor, Double score) {
		requireDraft();
		for (int i = 0; i < pairs.size(); i++) {
			if (pairs.get(i).mentee().equals(mentee.value())) {
				pairs.set(i, new Pair(mentee.value(), mentor == null ? null : mentor.value(),
						score == null ? null : points(score), true));
				return;
			}
		}
		throw new RuleViolationException("pool.notInRun");
	}

	void confirm(Instant at) {
		requireDraft();
		status = Status.CONFIRMED;
		confirmedAt = at;
	}

	void discard() {
		requireDraft();
		status = Status.DISCARDED;
	}

	private void requireDraft() {
		if (status != Status.DRAFT) {
			throw new RuleViolationException("pool.notDraft");
		}
	}

	UUID id() {
		return id;
	}

	@Override
	protected Object identifier() {
		return id;
	}

	ProgramId program() {
		return new ProgramId(programId);
	}

	Status status() {
		return status;
	}

	Instant createdAt() {
		return createdAt;
	}

	List<Pair> pairs() {
		return List.copyOf(pairs);
	}

	int menteesWaiting() {
		return menteesWaiting;
	}

	int mentorsFree() {
		return mentorsFree;
	}

	BigDecimal optimalTotal() {
		return optimalTotal;
	}

	BigDecimal optimalWorst() {
		return optimalWorst;
	}

	BigDecimal greedyTotal() {
		return greedyTotal;
	}

	BigDecimal greedyWorst() {
		return greedyWorst;
	}

	int greedyMatched() {
		return greedyMatched;
	}

	long solveMillis() {
		return solveMillis;
	}
}
