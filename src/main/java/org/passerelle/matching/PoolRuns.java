package org.passerelle.matching;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.passerelle.core.NotFoundException;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.Actor;
import org.passerelle.matching.solver.Objective;
import org.passerelle.participant.ParticipantId;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramView;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs of a program's waiting pool (R-MAT): every waiting mentee assigned at once to the free
 * mentors, optimally over every acceptable pair, in the background; the result is a draft the
 * coordinator reviews, edits pair by pair, then confirms — every pair becoming a proposal — or
 * discards.
 */
@Service
@Transactional
public class PoolRuns {

	/** Pairs shown on a page of a run. */
	public static final int PAGE_SIZE = 50;

	private final MatchPools pools;

	private final PoolRunRepository runs;

	private final PoolRunJobs jobs;

	private final Proposals proposals;

	private final ParticipantDirectory participants;

	private final MatchingAccess access;

	private final MatchReasons reasons;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final Clock clock;

	PoolRuns(MatchPools pools, PoolRunRepository runs, PoolRunJobs jobs, Proposals proposals,
			ParticipantDirectory participants, MatchingAccess access, MatchReasons reasons, MessageSource messages,
			PlatformTransactionManager transactions, Clock clock) {
		this.pools = pools;
		this.runs = runs;
		this.jobs = jobs;
		this.proposals = proposals;
		this.participants = participants;
		this.access = access;
		this.reasons = reasons;
		this.messages = messages;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * What a run of the program's pool makes as large as possible, as the program's rules set it:
	 * the total score (a mentee is left waiting when that serves the total), or as many mentees
	 * matched as possible and then the total.
	 */
	static Objective objective(ProgramView program) {
		return switch (program.rules().matchingObjective()) {
			case MAXIMUM_TOTAL -> Objective.MAXIMUM_TOTAL;
			case MOST_MATCHED_THEN_TOTAL -> Objective.MOST_MATCHED_THEN_TOTAL;
		};
	}

	/**
	 * Starts a run of the program's pool in the background and answers at once with the run, RUNNING:
	 * the waiting mentees will be assigned to the free mentors with the largest total score over every
	 * acceptable pair, respecting every hard rule, the mentors' room and the program's minimum score;
	 * a mentee stays unmatched when no acceptable mentor is free. The run ends as a draft to review,
	 * or FAILED with the reason (no acceptable pair, an error) and no pair saved.
	 *
	 * @throws PoolRunRefusedException when nobody waits, no mentor is free, or a run of the program
	 *         is already in progress ({@link PoolRunRefusedException#running()} names it)
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public PoolRunView start(Actor actor, ProgramId program, Locale locale) {
		access.requireCoordination(actor, program);
		var pool = pools.load(program);
		var mentees = pool.waitingMentees().size();
		var mentors = pool.freeMentors().size();
		if (mentees == 0) {
			throw new PoolRunRefusedException("pool.refused.noMentee", null);
		}
		if (mentors == 0) {
			throw new PoolRunRefusedException("pool.refused.noMentor", null);
		}
		jobs.failInterrupted(program);
		var already = runs.findFirstByProgramIdAndStatus(program.value(), PoolRun.Status.RUNNING);
		if (already.isPresent()) {
			throw new PoolRunRefusedException("pool.refused.running", already.get().id());
		}
		UUID id;
		try {
			id = transactions.execute(status -> runs.saveAndFlush(PoolRun.start(program, objective(pool.program()),
					mentees, mentors, actor.userId(), clock.instant())).id());
		}
		catch (DataIntegrityViolationException ex) {
			// another node, or another request, started one between the check and the insert
			var running = runs.findFirstByProgramIdAndStatus(program.value(), PoolRun.Status.RUNNING);
			throw new PoolRunRefusedException("pool.refused.running", running.map(PoolRun::id).orElse(null));
		}
		try {
			jobs.submit(id);
		}
		catch (TaskRejectedException ex) {
			jobs.fail(id, "pool.failed.busy");
			throw new PoolRunRefusedException("pool.refused.busy", null);
		}
		return transactions.execute(status -> view(pools.load(program), runs.findById(id).orElseThrow(), 0, PAGE_SIZE,
				null, locale));
	}

	/** The first page of a run of the pool, with the reasons of each pair. */
	@Transactional(readOnly = true)
	public PoolRunView run(Actor actor, UUID id, Locale locale) {
		return run(actor, id, 0, PAGE_SIZE, null, locale);
	}

	/**
	 * A page of a run of the pool, with the reasons of each pair, and for the pair {@code open}
	 * (a mentee of the run, or null) the mentors it could take instead. A page past the last
	 * gives the last.
	 */
	@Transactional(readOnly = true)
	public PoolRunView run(Actor actor, UUID id, int page, int size, ParticipantId open, Locale locale) {
		var run = runs.findById(id).orElseThrow(() -> new NotFoundException("pool run", id));
		access.requireCoordination(actor, run.program());
		return view(pools.load(run.program()), run, page, size, open, locale);
	}

	/** The mentors a mentee of a draft could take instead of the one proposed, the best first. */
	@Transactional(readOnly = true)
	public List<Suggestion> alternatives(Actor actor, UUID id, ParticipantId mentee, Locale locale) {
		var run = runs.findById(id).orElseThrow(() -> new NotFoundException("pool run", id));
		access.requireCoordination(actor, run.program());
		var pair = run.pairs()
			.stream()
			.filter(candidate -> candidate.mentee().equals(mentee.value()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("pair", mentee));
		var pool = pools.load(run.program());
		var profile = pool.profile(mentee, Audience.MENTEE);
		if (run.status() != PoolRun.Status.DRAFT || profile == null) {
			return List.of();
		}
		return alternatives(pool, profile, pair, given(run), locale);
	}

	/** The latest runs of a program's pool, newest first, each with its state; without their pairs. */
	@Transactional(readOnly = true)
	public List<PoolRunView> runs(Actor actor, ProgramId program, Locale locale) {
		access.requireCoordination(actor, program);
		var pool = pools.load(program);
		var latest = runs.findTop10ByProgramIdOrderByCreatedAtDesc(program.value());
		if (latest.isEmpty()) {
			return List.of();
		}
		// counted by the database: a run of a city's pool holds thousands of pairs
		var counts = new java.util.HashMap<UUID, PoolRunRepository.PairCount>();
		runs.countPairs(latest.stream().map(PoolRun::id).toList()).forEach(count -> counts.put(count.getRun(), count));
		return latest.stream().map(run -> {
			var count = counts.get(run.id());
			return view(run, pool.program().name(), pool, locale, List.of(), 0, 0,
					count == null ? 0 : (int) count.getMatched(), count == null ? 0 : (int) count.getPairs());
		}).toList();
	}

	/** Proposes another mentor to a mentee of a draft, or none; the mentor must be acceptable and have room. */
	public PoolRunView changePair(Actor actor, UUID id, long version, ParticipantId mentee, ParticipantId mentor,
			Locale locale) {
		var run = runs.findById(id).orElseThrow(() -> new NotFoundException("pool run", id));
		access.requireCoordination(actor, run.program());
		run.requireVersion(version);
		var pool = pools.load(run.program());
		Double score = null;
		if (mentor != null) {
			var a = pool.profile(mentee, Audience.MENTEE);
			var b = pool.profile(mentor, Audience.MENTOR);
			if (a == null || b == null) {
				throw new NotFoundException("pair", mentee + "/" + mentor);
			}
			var exclusion = pool.exclusion(a, b);
			if (exclusion != null) {
				throw new RuleViolationException("pool.pair.excluded", reasons.exclusion(exclusion, locale));
			}
			long alreadyGiven = run.pairs()
				.stream()
				.filter(pair -> mentor.value().equals(pair.mentor()) && !pair.mentee().equals(mentee.value()))
				.count();
			if (alreadyGiven >= b.capacity()) {
				throw new RuleViolationException("pool.pair.full", b.name());
			}
			score = pool.scorer().score(a, b);
		}
		run.change(mentee, mentor, score);
		var saved = runs.saveAndFlush(run);
		int index = 0;
		while (index < saved.pairs().size() && !saved.pairs().get(index).mentee().equals(mentee.value())) {
			index++;
		}
		return view(pool, saved, index / PAGE_SIZE, PAGE_SIZE, null, locale);
	}

	/**
	 * Confirms a draft: every pair becomes a proposal to the mentee and the mentor. All or
	 * nothing: when a mentor filled up or a mentee was matched since the draft, nothing is
	 * proposed and the coordinator is told which pair to change.
	 */
	public List<MatchSummary> confirm(Actor actor, UUID id, long version, Locale locale) {
		var run = runs.findById(id).orElseThrow(() -> new NotFoundException("pool run", id));
		access.requireCoordination(actor, run.program());
		run.requireVersion(version);
		if (run.status() != PoolRun.Status.DRAFT) {
			throw new RuleViolationException("pool.notDraft");
		}
		var pool = pools.load(run.program());
		if (stale(run, pool)) {
			throw new PoolRunRefusedException("pool.refused.stale", null);
		}
		var proposed = new ArrayList<Match>();
		for (var pair : run.pairs()) {
			if (pair.mentor() == null) {
				continue;
			}
			proposed.add(proposals.proposeChecked(actor, pool, new ParticipantId(pair.mentee()), new ParticipantId(pair.mentor()),
					run.id(), locale));
		}
		run.confirm(clock.instant());
		runs.save(run);
		var names = participants.names(proposed.stream().flatMap(m -> Stream.of(m.mentee(), m.mentor())).toList());
		return proposed.stream().map(match -> Proposals.summary(match, pool.program().name(), names)).toList();
	}

	/** Drops a draft. */
	public void discard(Actor actor, UUID id, long version) {
		var run = runs.findById(id).orElseThrow(() -> new NotFoundException("pool run", id));
		access.requireCoordination(actor, run.program());
		run.requireVersion(version);
		run.discard();
		runs.save(run);
	}

	/** Whether the pool changed since the draft was made from it. */
	private static boolean stale(PoolRun run, MatchPool pool) {
		return run.status() == PoolRun.Status.DRAFT && run.poolFingerprint() != null
				&& run.poolFingerprint() != pool.fingerprint();
	}

	private PoolRunView view(PoolRun run, String programName, MatchPool pool, Locale locale, List<PoolRunView.Pair> pairs,
			int page, int pageSize) {
		return view(run, programName, pool, locale, pairs, page, pageSize,
				(int) run.pairs().stream().filter(pair -> pair.mentor() != null).count(), run.pairs().size());
	}

	/** @param matched the run's pairs with a mentor, of {@code pairCount} */
	private PoolRunView view(PoolRun run, String programName, MatchPool pool, Locale locale, List<PoolRunView.Pair> pairs,
			int page, int pageSize, int matched, int pairCount) {
		var interrupted = jobs.interrupted(run);
		var status = interrupted ? PoolRun.Status.FAILED : run.status();
		var failureCode = interrupted ? "pool.failed.interrupted" : run.failure();
		var certificate = run.certificate();
		var proof = certificate == null ? null
				: new PoolRunView.Proof(certificate.provenOptimal(), certificate.iterations(), certificate.pairsScored(),
						certificate.pairsPriced(), certificate.pairsAdded(), certificate.candidatePairs());
		var progress = status != PoolRun.Status.RUNNING ? null
				: new PoolRunView.Progress(run.stage().name(), run.solvePass(), run.progressDone(), run.progressTotal());
		int minimum = pool == null ? 0 : pool.program().rules().minimumMatchScore();
		return new PoolRunView(run.id(), run.version(), run.program(), programName, status.name(), run.createdAt(),
				run.menteesWaiting(), run.mentorsFree(), minimum, run.objective().name(),
				run.optimalTotal().doubleValue(), run.optimalWorst() == null ? null : run.optimalWorst().doubleValue(),
				matched, run.greedyTotal().doubleValue(),
				run.greedyWorst() == null ? null : run.greedyWorst().doubleValue(), run.greedyMatched(), run.solveMillis(),
				proof, progress, failureCode,
				failureCode == null ? null : messages.getMessage(failureCode, new Object[] { minimum }, locale),
				pool != null && stale(run, pool), pairs, page, pageSize, pairCount);
	}

	private PoolRunView view(MatchPool pool, PoolRun run, int page, int size, ParticipantId open, Locale locale) {
		int pageSize = Math.max(1, Math.min(size, 200));
		int shown = Math.max(0, Math.min(page, Math.max(0, (run.pairs().size() - 1) / pageSize)));
		var given = given(run);
		var draft = run.status() == PoolRun.Status.DRAFT;
		var pairs = new ArrayList<PoolRunView.Pair>();
		for (var pair : run.pairs().stream().skip((long) shown * pageSize).limit(pageSize).toList()) {
			var mentee = pool.profile(new ParticipantId(pair.mentee()), Audience.MENTEE);
			var mentor = pair.mentor() == null ? null : pool.profile(new ParticipantId(pair.mentor()), Audience.MENTOR);
			var contributions = mentee != null && mentor != null ? reasons.contributions(pool, mentee, mentor, locale)
					: List.<Contribution>of();
			var opened = open != null && open.value().equals(pair.mentee());
			var alternatives = draft && opened && mentee != null ? alternatives(pool, mentee, pair, given, locale)
					: List.<Suggestion>of();
			pairs.add(new PoolRunView.Pair(new ParticipantId(pair.mentee()), name(pool, pair.mentee(), Audience.MENTEE),
					pair.mentor() == null ? null : new ParticipantId(pair.mentor()),
					pair.mentor() == null ? null : name(pool, pair.mentor(), Audience.MENTOR),
					pair.score() == null ? null : pair.score().doubleValue(), pair.edited(), contributions, alternatives));
		}
		return view(run, pool.program().name(), pool, locale, pairs, shown, pageSize);
	}

	/** Someone of a run by name, found in either role, since a draft may outlive their enrolment. */
	private static String name(MatchPool pool, UUID id, Audience role) {
		var person = pool.profile(new ParticipantId(id), role);
		if (person == null) {
			person = pool.profile(new ParticipantId(id), role == Audience.MENTEE ? Audience.MENTOR : Audience.MENTEE);
		}
		return person == null ? "" : person.name();
	}

	/** The mentees each mentor is given in the run. */
	private static Map<UUID, Integer> given(PoolRun run) {
		var given = new HashMap<UUID, Integer>();
		run.pairs().stream().filter(pair -> pair.mentor() != null).forEach(pair -> given.merge(pair.mentor(), 1, Integer::sum));
		return given;
	}

	/** Mentors a draft pair could take instead: acceptable, with room left in the draft, the best first. */
	private List<Suggestion> alternatives(MatchPool pool, MatchProfile mentee, PoolRun.Pair pair, Map<UUID, Integer> given,
			Locale locale) {
		var scored = new ArrayList<MatchPool.Scored>();
		for (var mentor : pool.freeMentors()) {
			if (mentor.id().value().equals(pair.mentor()) || pool.exclusion(mentee, mentor) != null
					|| given.getOrDefault(mentor.id().value(), 0) >= mentor.capacity()) {
				continue;
			}
			scored.add(new MatchPool.Scored(mentor, pool.scorer().score(mentee, mentor)));
		}
		scored.sort((a, b) -> Double.compare(b.score(), a.score()));
		return scored.stream()
			.limit(5)
			.map(s -> new Suggestion(s.profile().id(), s.profile().name(), MatchReasons.rounded(s.score()), List.of(),
					s.profile().capacity() - given.getOrDefault(s.profile().id().value(), 0)))
			.toList();
	}
}
