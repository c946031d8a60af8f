package org.passerelle.matching;

import java.time.Clock;
import java.time.Duration;
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
import org.passerelle.matching.solver.AssignmentProblem;
import org.passerelle.matching.solver.PoolSolver;
import org.passerelle.participant.ParticipantId;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs of a program's waiting pool (R-MAT): every waiting mentee assigned at once to the free
 * mentors with the largest total score, as a draft the coordinator reviews, edits pair by pair,
 * then confirms — every pair becoming a proposal — or discards.
 */
@Service
@Transactional
public class PoolRuns {

	/** Candidates kept per mentee in a pool run: enough for optimality in practice, bounded for national pools. */
	static final int CANDIDATES_PER_MENTEE = 100;

	/** Pairs shown on a page of a run. */
	public static final int PAGE_SIZE = 50;

	private final MatchPools pools;

	private final PoolRunRepository runs;

	private final Proposals proposals;

	private final ProgramManagement programs;

	private final ParticipantManagement participants;

	private final MatchingAccess access;

	private final MatchReasons reasons;

	private final Clock clock;

	PoolRuns(MatchPools pools, PoolRunRepository runs, Proposals proposals, ProgramManagement programs,
			ParticipantManagement participants, MatchingAccess access, MatchReasons reasons, Clock clock) {
		this.pools = pools;
		this.runs = runs;
		this.proposals = proposals;
		this.programs = programs;
		this.participants = participants;
		this.access = access;
		this.reasons = reasons;
		this.clock = clock;
	}

	/**
	 * Assigns the program's waiting mentees to its free mentors with the largest total score,
	 * respecting every hard rule, the mentors' room and the program's minimum score; a mentee
	 * stays unmatched when no acceptable mentor is free. The result is a draft to review.
	 */
	public PoolRunView matchPool(Actor actor, ProgramId program, Locale locale) {
		access.requireCoordination(actor, program);
		var pool = pools.load(program);
		var minimum = pool.program().rules().minimumMatchScore();
		var mentees = pool.waitingMentees();
		var mentors = pool.freeMentors();
		var started = System.nanoTime();
		var problem = problem(pool, mentees, mentors, minimum);
		var optimal = PoolSolver.optimal(problem);
		var greedy = PoolSolver.greedy(problem);
		long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
		var pairs = new ArrayList<PoolRun.Pair>();
		for (int i = 0; i < mentees.size(); i++) {
			int j = optimal.mentorOf()[i];
			var mentor = j < 0 ? null : mentors.get(j);
			Double score = mentor == null ? null : pool.scorer().score(mentees.get(i), mentor);
			pairs.add(new PoolRun.Pair(mentees.get(i).id().value(), mentor == null ? null : mentor.id().value(),
					score == null ? null : PoolRun.points(score), false));
		}
		var run = PoolRun.draft(program, pairs, mentees.size(), mentors.size(), outcome(problem, optimal.mentorOf()),
				outcome(problem, greedy.mentorOf()), millis, actor.userId(), clock.instant());
		return view(pool, runs.save(run), 0, PAGE_SIZE, null, locale);
	}

	/** The pool as a problem for the solver: each mentee's acceptable mentors at or above the minimum, the best first. */
	static AssignmentProblem problem(MatchPool pool, List<MatchProfile> mentees, List<MatchProfile> mentors,
			int minimum) {
		var candidates = new int[mentees.size()][];
		var gains = new int[mentees.size()][];
		var scored = new ArrayList<long[]>();
		for (int i = 0; i < mentees.size(); i++) {
			scored.clear();
			var mentee = mentees.get(i);
			for (int j = 0; j < mentors.size(); j++) {
				var mentor = mentors.get(j);
				if (mentor.id().equals(mentee.id()) || pool.exclusion(mentee, mentor) != null) {
					continue;
				}
				double score = pool.scorer().score(mentee, mentor);
				if (score >= minimum) {
					scored.add(new long[] { j, Math.max(1, Math.round(score * 100)) });
				}
			}
			scored.sort((a, b) -> Long.compare(b[1], a[1]));
			int kept = Math.min(scored.size(), CANDIDATES_PER_MENTEE);
			candidates[i] = new int[kept];
			gains[i] = new int[kept];
			for (int k = 0; k < kept; k++) {
				candidates[i][k] = (int) scored.get(k)[0];
				gains[i][k] = (int) scored.get(k)[1];
			}
		}
		var capacities = mentors.stream().mapToInt(MatchProfile::capacity).toArray();
		return new AssignmentProblem(mentees.size(), capacities, candidates, gains);
	}

	private static PoolRun.Outcome outcome(AssignmentProblem problem, int[] mentorOf) {
		long total = 0;
		long worst = Long.MAX_VALUE;
		int matched = 0;
		for (int i = 0; i < mentorOf.length; i++) {
			if (mentorOf[i] < 0) {
				continue;
			}
			var candidates = problem.candidates()[i];
			for (int k = 0; k < candidates.length; k++) {
				if (candidates[k] == mentorOf[i]) {
					total += problem.gains()[i][k];
					worst = Math.min(worst, problem.gains()[i][k]);
					matched++;
				}
			}
		}
		return new PoolRun.Outcome(total / 100.0, matched == 0 ? null : worst / 100.0, matched);
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

	/** The latest runs of a program's pool, newest first. */
	@Transactional(readOnly = true)
	public List<PoolRunView> runs(Actor actor, ProgramId program) {
		access.requireCoordination(actor, program);
		var name = programs.find(Actor.system(), program).name();
		return runs.findTop10ByProgramIdOrderByCreatedAtDesc(program.value())
			.stream()
			.map(run -> summary(run, name))
			.toList();
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
		var pool = pools.load(run.program());
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

	private PoolRunView summary(PoolRun run, String programName) {
		return new PoolRunView(run.id(), run.version(), run.program(), programName, run.status().name(), run.createdAt(),
				run.menteesWaiting(), run.mentorsFree(), 0, run.optimalTotal().doubleValue(),
				run.optimalWorst() == null ? null : run.optimalWorst().doubleValue(),
				(int) run.pairs().stream().filter(pair -> pair.mentor() != null).count(), run.greedyTotal().doubleValue(),
				run.greedyWorst() == null ? null : run.greedyWorst().doubleValue(), run.greedyMatched(), run.solveMillis(),
				List.of(), 0, 0, run.pairs().size());
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
		var summary = summary(run, pool.program().name());
		return new PoolRunView(summary.id(), summary.version(), summary.program(), summary.programName(), summary.status(),
				summary.createdAt(), summary.menteesWaiting(), summary.mentorsFree(), pool.program().rules().minimumMatchScore(),
				summary.optimalTotal(), summary.optimalWorst(), summary.optimalMatched(), summary.greedyTotal(),
				summary.greedyWorst(), summary.greedyMatched(), summary.solveMillis(), pairs, shown, pageSize,
				run.pairs().size());
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
