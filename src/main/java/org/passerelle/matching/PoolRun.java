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
import org.passerelle.matching.solver.Certificate;
import org.passerelle.matching.solver.Objective;
import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;

/**
 * One run of "match the waiting pool" (R-MAT-4): started, it runs in the background (RUNNING) and
 * ends as the optimal assignment in a draft, with what a greedy "best pair first" would have given
 * on the same pool for comparison — or FAILED, with the reason and no pair. The coordinator changes
 * the draft's pairs one by one, then confirms — each pair becomes a proposal — or discards it.
 * <p>
 * At most one run of a program is RUNNING at a time: a unique index holds it, across nodes too.
 */
@Entity
class PoolRun extends AggregateRoot<PoolRun> {

	enum Status {
		RUNNING, DRAFT, FAILED, CONFIRMED, DISCARDED
	}

	/** Where a running run is. */
	enum Stage {
		QUEUED, SCORING, SOLVING, COMPARING, SAVING
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

	@Enumerated(EnumType.STRING)
	private Objective objective;

	private Boolean provenOptimal;

	private Integer iterations;

	private Long pairsScored;

	private Long pairsPriced;

	private Long pairsAdded;

	private Long candidatePairs;

	/** Written while running by {@link PoolRunJobs}, straight to the row: see there. */
	@Enumerated(EnumType.STRING)
	private Stage stage;

	private Integer solvePass;

	private Long progressDone;

	private Long progressTotal;

	private Instant heartbeatAt;

	/** The message code of why the run failed. */
	private String failure;

	/** {@link MatchPool#fingerprint()} of the pool the draft was made from. */
	private Long poolFingerprint;

	private Instant finishedAt;

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

	/** A run started for the program's pool as it stands: running until {@link #complete} or {@link #fail}. */
	static PoolRun start(ProgramId program, Objective objective, int menteesWaiting, int mentorsFree, UserId by,
			Instant at) {
		var run = new PoolRun();
		run.id = UUID.randomUUID();
		run.programId = program.value();
		run.status = Status.RUNNING;
		run.stage = Stage.QUEUED;
		run.objective = objective;
		run.createdAt = at;
		run.heartbeatAt = at;
		run.createdBy = by.value();
		run.menteesWaiting = menteesWaiting;
		run.mentorsFree = mentorsFree;
		run.optimalTotal = BigDecimal.ZERO;
		run.greedyTotal = BigDecimal.ZERO;
		return run;
	}

	/** The run's result, a draft to review: all its pairs at once. */
	void complete(List<Pair> pairs, int menteesWaiting, int mentorsFree, Outcome optimal, Outcome greedy,
			Certificate certificate, long solveMillis, long fingerprint, Instant at) {
		requireRunning();
		this.status = Status.DRAFT;
		this.menteesWaiting = menteesWaiting;
		this.mentorsFree = mentorsFree;
		this.optimalTotal = points(optimal.total());
		this.optimalWorst = optimal.worst() == null ? null : points(optimal.worst());
		this.greedyTotal = points(greedy.total());
		this.greedyWorst = greedy.worst() == null ? null : points(greedy.worst());
		this.greedyMatched = greedy.matched();
		this.provenOptimal = certificate.provenOptimal();
		this.iterations = certificate.iterations();
		this.pairsScored = certificate.pairsScored();
		this.pairsPriced = certificate.pairsPriced();
		this.pairsAdded = certificate.pairsAdded();
		this.candidatePairs = certificate.candidatePairs();
		this.solveMillis = solveMillis;
		this.poolFingerprint = fingerprint;
		this.pairs.clear();
		this.pairs.addAll(pairs);
		finished(at);
	}

	/** Ends the run without a draft, for the reason named by {@code messageCode}. */
	void fail(String messageCode, Instant at) {
		requireRunning();
		this.status = Status.FAILED;
		this.failure = messageCode;
		finished(at);
	}

	private void finished(Instant at) {
		this.finishedAt = at;
		this.stage = null;
		this.solvePass = null;
		this.progressDone = null;
		this.progressTotal = null;
	}

	private void requireRunning() {
		if (status != Status.RUNNING) {
			throw new RuleViolationException("pool.notRunning");
		}
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

	Objective objective() {
		return objective == null ? Objective.MAXIMUM_TOTAL : objective;
	}

	/** How the solver proved its draft, or null for a run that has none (yet, or from before proofs). */
	Certificate certificate() {
		return provenOptimal == null ? null
				: new Certificate(iterations, pairsScored, pairsPriced, pairsAdded, candidatePairs, provenOptimal);
	}

	Stage stage() {
		return stage;
	}

	int solvePass() {
		return solvePass == null ? 0 : solvePass;
	}

	long progressDone() {
		return progressDone == null ? 0 : progressDone;
	}

	long progressTotal() {
		return progressTotal == null ? 0 : progressTotal;
	}

	Instant heartbeatAt() {
		return heartbeatAt;
	}

	String failure() {
		return failure;
	}

	/** The fingerprint of the pool the draft was made from; null for a run without a draft, or from before. */
	Long poolFingerprint() {
		return poolFingerprint;
	}

	Instant finishedAt() {
		return finishedAt;
	}
}
