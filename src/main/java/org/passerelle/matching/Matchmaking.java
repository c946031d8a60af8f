package org.passerelle.matching;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserId;
import org.passerelle.identity.UserManagement;
import org.passerelle.matching.solver.AssignmentProblem;
import org.passerelle.matching.solver.PoolSolver;
import org.passerelle.participant.LanguageSkill;
import org.passerelle.participant.ParticipantId;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.passerelle.reference.Classification;
import org.passerelle.reference.ReferenceData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matches mentees with mentors (R-MAT): suggests the best partners with the reasons, assigns a
 * whole waiting pool optimally for the coordinator to review, edit and confirm, and carries each
 * proposal through both answers, the introduction meeting and the signature of the agreement.
 * Coordinators act for their programs; a mentee or a mentor answers and signs for themselves.
 */
@Service
@Transactional
public class Matchmaking {

	/** Candidates kept per mentee in a pool run: enough for optimality in practice, bounded for national pools. */
	static final int CANDIDATES_PER_MENTEE = 100;

	private final MatchPools pools;

	private final MatchRepository matches;

	private final PoolRunRepository runs;

	private final ProgramManagement programs;

	private final ParticipantManagement participants;

	private final ReferenceData reference;

	private final AccessPolicy policy;

	private final MatchReasons reasons;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final UserManagement users;

	Matchmaking(MatchPools pools, MatchRepository matches, PoolRunRepository runs, ProgramManagement programs,
			ParticipantManagement participants, ReferenceData reference, AccessPolicy policy, MatchReasons reasons,
			MessageSource messages, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, UserManagement users) {
		this.users = users;
		this.pools = pools;
		this.matches = matches;
		this.runs = runs;
		this.programs = programs;
		this.participants = participants;
		this.reference = reference;
		this.policy = policy;
		this.reasons = reasons;
		this.messages = messages;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	// The pool

	/** A program's mentees and mentors, and who is available; its coordinators. */
	@Transactional(readOnly = true)
	public PoolOverview overview(Actor actor, ProgramId program) {
		requireCoordination(actor, program);
		var pool = pools.load(program);
		var missing = new HashMap<ParticipantId, List<org.passerelle.program.IntakeStep>>();
		participants.enrolled(program).forEach(member -> missing.put(member.id(), member.missing()));
		var mentees = pool.mentees()
			.stream()
			.map(m -> new PoolOverview.Person(m.id(), m.name(), pool.matchable(m.id()) && !pool.taken(m.id()),
					missing.getOrDefault(m.id(), List.of()), pool.taken(m.id()), 0))
			.toList();
		var free = pool.freeMentors();
		var mentors = pool.mentors()
			.stream()
			.map(m -> new PoolOverview.Person(m.id(), m.name(), free.contains(m), missing.getOrDefault(m.id(), List.of()),
					false, m.capacity()))
			.toList();
		return new PoolOverview(program, pool.program().name(), pool.program().format(),
				pool.program().rules().minimumMatchScore(), mentees, mentors);
	}

	// Suggestions

	/** The best mentors for a mentee of the program, with the reasons; the program's coordinators. */
	@Transactional(readOnly = true)
	public Suggestions suggestMentors(Actor actor, ProgramId program, ParticipantId mentee, int limit, Locale locale) {
		requireCoordination(actor, program);
		var pool = pools.load(program);
		var subject = pool.profile(mentee, Audience.MENTEE);
		if (subject == null) {
			throw new NotFoundException("mentee", mentee);
		}
		return suggest(pool, subject, pool.mentors(), limit, locale);
	}

	/** The best waiting mentees for a mentor of the program, with the reasons; the program's coordinators. */
	@Transactional(readOnly = true)
	public Suggestions suggestMentees(Actor actor, ProgramId program, ParticipantId mentor, int limit, Locale locale) {
		requireCoordination(actor, program);
		var pool = pools.load(program);
		var subject = pool.profile(mentor, Audience.MENTOR);
		if (subject == null) {
			throw new NotFoundException("mentor", mentor);
		}
		return suggest(pool, subject, pool.mentees(), limit, locale);
	}

	private Suggestions suggest(MatchPool pool, MatchProfile subject, List<MatchProfile> others, int limit,
			Locale locale) {
		var subjectIsMentee = subject.role() == Audience.MENTEE;
		var blocked = !pool.matchable(subject.id()) ? Exclusion.NOT_MATCHABLE
				: subjectIsMentee && pool.taken(subject.id()) ? Exclusion.ALREADY_MATCHED
				: !subjectIsMentee && subject.capacity() <= 0 ? Exclusion.MENTOR_FULL : null;
		var ranking = pool.rank(subject, others, Math.max(1, Math.min(limit, 50)), blocked);
		var ordered = ranking.best();
		var excluded = ranking.excluded();
		var suggestions = ordered.stream()
			.map(scored -> {
				var mentee = subjectIsMentee ? subject : scored.profile();
				var mentor = subjectIsMentee ? scored.profile() : subject;
				return new Suggestion(scored.profile().id(), scored.profile().name(), round(scored.score()),
						reasons.contributions(pool, mentee, mentor, locale), mentor.capacity());
			})
			.toList();
		return new Suggestions(pool.program().id(), subject.id(), subject.name(), subject.role(), blocked,
				others.size() - (others.contains(subject) ? 1 : 0), excluded, suggestions);
	}

	record Scored(MatchProfile profile, double score) {
	}

	/** One pair's score and why, and the rule that forbids it, if any; the program's coordinators. */
	@Transactional(readOnly = true)
	public PairExplanation explain(Actor actor, ProgramId program, ParticipantId mentee, ParticipantId mentor,
			Locale locale) {
		requireCoordination(actor, program);
		var pool = pools.load(program);
		var a = pool.profile(mentee, Audience.MENTEE);
		var b = pool.profile(mentor, Audience.MENTOR);
		if (a == null || b == null) {
			throw new NotFoundException("pair", mentee + "/" + mentor);
		}
		return new PairExplanation(mentee, a.name(), mentor, b.name(), round(pool.scorer().score(a, b)),
				reasons.contributions(pool, a, b, locale), pool.exclusion(a, b));
	}

	// The waiting pool

	/**
	 * Assigns the program's waiting mentees to its free mentors with the largest total score,
	 * respecting every hard rule, the mentors' room and the program's minimum score; a mentee
	 * stays unmatched when no acceptable mentor is free. The result is a draft to review.
	 */
	public PoolRunView matchPool(Actor actor, ProgramId program, Locale locale) {
		requireCoordination(actor, program);
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
		return view(pool, runs.save(run), locale);
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

	/** A run of the pool, with the reasons of each pair and the alternatives to edit it. */
	@Transactional(readOnly = true)
	public PoolRunView run(Actor actor, UUID id, Locale locale) {
		var run = runs.findById(id).orElseThrow(() -> new NotFoundException("pool run", id));
		requireCoordination(actor, run.program());
		return view(pools.load(run.program()), run, locale);
	}

	/** The latest runs of a program's pool, newest first. */
	@Transactional(readOnly = true)
	public List<PoolRunView> runs(Actor actor, ProgramId program) {
		requireCoordination(actor, program);
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
		requireCoordination(actor, run.program());
		requireVersion(run.version(), version, id);
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
				throw new RuleViolationException("pool.pair.excluded", label(exclusion, locale));
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
		return view(pool, runs.saveAndFlush(run), locale);
	}

	/**
	 * Confirms a draft: every pair becomes a proposal to the mentee and the mentor. All or
	 * nothing: when a mentor filled up or a mentee was matched since the draft, nothing is
	 * proposed and the coordinator is told which pair to change.
	 */
	public List<MatchSummary> confirm(Actor actor, UUID id, long version, Locale locale) {
		var run = runs.findById(id).orElseThrow(() -> new NotFoundException("pool run", id));
		requireCoordination(actor, run.program());
		requireVersion(run.version(), version, id);
		var pool = pools.load(run.program());
		var proposed = new ArrayList<Match>();
		for (var pair : run.pairs()) {
			if (pair.mentor() == null) {
				continue;
			}
			proposed.add(proposeChecked(actor, pool, new ParticipantId(pair.mentee()), new ParticipantId(pair.mentor()),
					run.id(), locale));
		}
		run.confirm(clock.instant());
		runs.save(run);
		var names = participants.names(proposed.stream().flatMap(m -> java.util.stream.Stream.of(m.mentee(), m.mentor())).toList());
		return proposed.stream().map(match -> summary(match, pool.program().name(), names)).toList();
	}

	/** Drops a draft. */
	public void discard(Actor actor, UUID id, long version) {
		var run = runs.findById(id).orElseThrow(() -> new NotFoundException("pool run", id));
		requireCoordination(actor, run.program());
		requireVersion(run.version(), version, id);
		run.discard();
		runs.save(run);
	}

	// Proposals

	/** Proposes one pair, as chosen from the suggestions. */
	public MatchView propose(Actor actor, ProgramId program, ParticipantId mentee, ParticipantId mentor, Locale locale) {
		requireCoordination(actor, program);
		var pool = pools.load(program);
		var match = proposeChecked(actor, pool, mentee, mentor, null, locale);
		return view(match, locale);
	}

	private Match proposeChecked(Actor actor, MatchPool pool, ParticipantId mentee, ParticipantId mentor, UUID run,
			Locale locale) {
		var a = pool.profile(mentee, Audience.MENTEE);
		var b = pool.profile(mentor, Audience.MENTOR);
		if (a == null || b == null) {
			throw new NotFoundException("pair", mentee + "/" + mentor);
		}
		var exclusion = pool.exclusion(a, b);
		if (exclusion == Exclusion.MENTOR_FULL) {
			throw new RuleViolationException("match.mentorFull", b.name());
		}
		if (exclusion != null) {
			throw new RuleViolationException("match.excluded", a.name(), b.name(), label(exclusion, locale));
		}
		takePlace(mentor, capacityOf(b, pool), b.name());
		try {
			return matches.saveAndFlush(Match.propose(pool.program().id(), mentee, mentor, pool.scorer().score(a, b), run,
					actor.userId(), clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			throw new RuleViolationException("match.menteeTaken", a.name());
		}
	}

	private int capacityOf(MatchProfile mentor, MatchPool pool) {
		var said = participants.find(Actor.system(), mentor.id()).details().capacity();
		return said != null ? said : pool.program().rules().mentorCapacity();
	}

	/**
	 * Takes one of the mentor's places, or refuses when none is left. The update holds the
	 * mentor's row until the transaction ends, so that two coordinators confirming at once are
	 * served one after the other and the capacity is never exceeded.
	 */
	private void takePlace(ParticipantId mentor, int capacity, String name) {
		jdbc.sql("""
				insert into mentor_load (mentor_id, capacity, load) values (:mentor, :capacity, 0)
				on conflict (mentor_id) do update set capacity = excluded.capacity""")
			.param("mentor", mentor.value())
			.param("capacity", capacity)
			.update();
		var taken = jdbc.sql("update mentor_load set load = load + 1 where mentor_id = ? and load < capacity")
			.param(mentor.value())
			.update();
		if (taken == 0) {
			throw new RuleViolationException("match.mentorFull", name);
		}
	}

	private void releasePlace(ParticipantId mentor) {
		jdbc.sql("update mentor_load set load = load - 1 where mentor_id = ? and load > 0").param(mentor.value()).update();
	}

	/** The proposals of a program, newest first; its coordinators. */
	@Transactional(readOnly = true)
	public List<MatchSummary> matches(Actor actor, ProgramId program) {
		requireCoordination(actor, program);
		var found = matches.findByProgramIdOrderByProposedAtDesc(program.value());
		var name = programs.find(Actor.system(), program).name();
		var names = participants.names(found.stream().flatMap(m -> java.util.stream.Stream.of(m.mentee(), m.mentor())).toList());
		return found.stream().map(match -> summary(match, name, names)).toList();
	}

	/** The proposals a mentee or a mentor is part of, newest first. */
	@Transactional(readOnly = true)
	public List<MatchSummary> mine(Actor actor) {
		var me = participants.participantOf(actor.userId());
		if (me.isEmpty()) {
			return List.of();
		}
		return summaries(matches.findByMenteeIdOrMentorIdOrderByProposedAtDesc(me.get().value(), me.get().value()));
	}

	private List<MatchSummary> summaries(List<Match> found) {
		var names = participants.names(found.stream().flatMap(m -> java.util.stream.Stream.of(m.mentee(), m.mentor())).toList());
		var programNames = new HashMap<ProgramId, String>();
		return found.stream()
			.map(match -> summary(match, programNames.computeIfAbsent(match.program(),
					program -> programs.find(Actor.system(), program).name()), names))
			.toList();
	}

	/**
	 * The proposals that wait for the actor themself, as mentee or mentor: their answer to a
	 * proposal ({@link MatchStatus#PROPOSED}), or their signature of the agreement once introduced
	 * ({@link MatchStatus#INTRODUCED}). Newest first.
	 */
	@Transactional(readOnly = true)
	public List<MatchSummary> waitingFor(Actor actor) {
		var me = participants.participantOf(actor.userId());
		if (me.isEmpty()) {
			return List.of();
		}
		var found = matches.findByMenteeIdOrMentorIdOrderByProposedAtDesc(me.get().value(), me.get().value())
			.stream()
			.filter(match -> waitsFor(match, me.get()))
			.toList();
		return summaries(found);
	}

	private static boolean waitsFor(Match match, ParticipantId me) {
		boolean mentee = me.equals(match.mentee());
		return switch (match.status()) {
			case PROPOSED -> mentee ? match.menteeDecision() == null : match.mentorDecision() == null;
			case INTRODUCED -> mentee ? match.menteeSignedAt() == null : match.mentorSignedAt() == null;
			default -> false;
		};
	}

	/**
	 * The pool of each program the actor coordinates, in figures, as {@link #overview} counts it —
	 * mentees ready and waiting, mentors ready with room — in a few reads for all the programs,
	 * whatever the number of people.
	 */
	@Transactional(readOnly = true)
	public List<PoolCount> poolCounts(Actor actor) {
		var coordinated = programs.coordinatedBy(actor).stream().map(org.passerelle.program.ProgramSummary::id).toList();
		if (coordinated.isEmpty()) {
			return List.of();
		}
		var ready = participants.readyToMatch(coordinated);
		var taken = new java.util.HashSet<List<UUID>>();
		jdbc.sql("select program_id, mentee_id from match where program_id = any(?) and status in " + MatchPools.OPEN_STATUSES)
			.param(coordinated.stream().map(ProgramId::value).toArray(UUID[]::new))
			.query(rs -> {
				taken.add(List.of(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)));
			});
		var loads = new HashMap<UUID, Integer>();
		jdbc.sql("select mentor_id, load from mentor_load where load > 0 and mentor_id = any(?)")
			.param(ready.stream()
				.filter(person -> person.role() == Audience.MENTOR)
				.map(person -> person.participant().value())
				.distinct()
				.toArray(UUID[]::new))
			.query(rs -> {
				loads.put(rs.getObject(1, UUID.class), rs.getInt(2));
			});
		var rules = new HashMap<ProgramId, org.passerelle.program.ProgramRules>();
		coordinated.forEach(program -> rules.put(program, programs.find(Actor.system(), program).rules()));
		var counts = new LinkedHashMap<ProgramId, long[]>();
		coordinated.forEach(program -> counts.put(program, new long[3]));
		for (var person : ready) {
			var count = counts.get(person.program());
			if (person.role() == Audience.MENTEE) {
				if (!taken.contains(List.of(person.program().value(), person.participant().value()))) {
					count[0]++;
				}
				continue;
			}
			var programRules = rules.get(person.program());
			int capacity = person.capacity() != null ? person.capacity() : programRules.mentorCapacity();
			int room = Math.max(0, capacity - loads.getOrDefault(person.participant().value(), 0));
			if (room > 0 && (!programRules.mentorsMustBeAffiliated() || person.affiliated())) {
				count[1]++;
				count[2] += room;
			}
		}
		return counts.entrySet()
			.stream()
			.map(entry -> new PoolCount(entry.getKey(), entry.getValue()[0], entry.getValue()[1], entry.getValue()[2]))
			.toList();
	}

	/**
	 * The proposals of each program the actor coordinates that wait for someone — an answer, the
	 * introduction meeting, the signatures — in one read; programs with none are left out.
	 */
	@Transactional(readOnly = true)
	public List<ProposalCount> proposalCounts(Actor actor) {
		var coordinated = programs.coordinatedBy(actor).stream().map(org.passerelle.program.ProgramSummary::id).toList();
		if (coordinated.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select program_id,
				  count(*) filter (where status = 'PROPOSED') as unanswered,
				  count(*) filter (where status = 'ACCEPTED') as to_introduce,
				  count(*) filter (where status = 'INTRODUCED') as to_sign
				from match
				where program_id = any(?) and status in ('PROPOSED', 'ACCEPTED', 'INTRODUCED')
				group by program_id""")
			.param(coordinated.stream().map(ProgramId::value).toArray(UUID[]::new))
			.query((rs, row) -> new ProposalCount(new ProgramId(rs.getObject("program_id", UUID.class)),
					rs.getLong("unanswered"), rs.getLong("to_introduce"), rs.getLong("to_sign")))
			.list();
	}

	/** One proposal, for its program's coordinators and the two people in it; otherwise not found. */
	@Transactional(readOnly = true)
	public MatchView find(Actor actor, MatchId id, Locale locale) {
		return view(visible(actor, id), locale);
	}

	/**
	 * A mentee's or a mentor's answer to a proposal, given by themselves — or by a coordinator of
	 * the program on their behalf, naming the side. A decline needs a reason; it returns both to the
	 * pool and the pair is never proposed again.
	 */
	public MatchView answer(Actor actor, MatchId id, long version, Audience onBehalfOf, Decision decision, String reason,
			Locale locale) {
		var match = visible(actor, id);
		requireVersion(match.version(), version, id.value());
		var side = sideOf(actor, match, onBehalfOf);
		if (decision == null) {
			throw new InvalidFieldException("decision", "match.decision.required");
		}
		if (side == Audience.MENTEE) {
			match.answerAsMentee(decision, reason, clock.instant());
		}
		else {
			match.answerAsMentor(decision, reason, clock.instant());
		}
		if (match.status() == MatchStatus.DECLINED) {
			releasePlace(match.mentor());
			exclude(match.mentee(), match.mentor(), Exclusion.DECLINED_BEFORE, reason, actor);
		}
		return view(matches.saveAndFlush(match), locale);
	}

	private Audience sideOf(Actor actor, Match match, Audience onBehalfOf) {
		if (mayCoordinate(actor, match.program())) {
			if (onBehalfOf == null) {
				throw new InvalidFieldException("side", "match.side.required");
			}
			return onBehalfOf;
		}
		var me = participants.participantOf(actor.userId()).orElseThrow(() -> new NotFoundException("match", match.id()));
		if (me.equals(match.mentee())) {
			return Audience.MENTEE;
		}
		if (me.equals(match.mentor())) {
			return Audience.MENTOR;
		}
		throw new NotFoundException("match", match.id());
	}

	/** The coordinator records the introduction meeting; both may then sign the agreement. */
	public MatchView recordIntroduction(Actor actor, MatchId id, long version, LocalDate on, Locale locale) {
		var match = visible(actor, id);
		requireCoordination(actor, match.program());
		requireVersion(match.version(), version, id.value());
		match.recordIntroduction(on, LocalDate.now(clock));
		return view(matches.saveAndFlush(match), locale);
	}

	/** The program withdraws a proposal before the agreement is signed; both return to the pool. */
	public MatchView cancel(Actor actor, MatchId id, long version, Locale locale) {
		var match = visible(actor, id);
		requireCoordination(actor, match.program());
		requireVersion(match.version(), version, id.value());
		match.cancel(clock.instant());
		releasePlace(match.mentor());
		return view(matches.saveAndFlush(match), locale);
	}

	/**
	 * The mentorship that followed a match closed: the mentor's place is freed and the mentee may be
	 * matched again; a mentorship that ended badly keeps the pair from ever being proposed again.
	 */
	public void mentorshipEnded(MatchId id, boolean endedBadly) {
		var match = matches.findById(id.value()).orElseThrow(() -> new NotFoundException("match", id));
		if (match.status() != MatchStatus.AGREED) {
			return;
		}
		match.end(clock.instant());
		matches.save(match);
		releasePlace(match.mentor());
		if (endedBadly) {
			exclude(match.mentee(), match.mentor(), Exclusion.ENDED_BADLY, null, Actor.system());
		}
	}

	/** Records a conflict of interest: the pair will never be proposed. */
	public void declareConflict(Actor actor, ProgramId program, ParticipantId mentee, ParticipantId mentor, String note) {
		requireCoordination(actor, program);
		var pool = pools.load(program);
		if (pool.profile(mentee, Audience.MENTEE) == null || pool.profile(mentor, Audience.MENTOR) == null) {
			throw new NotFoundException("pair", mentee + "/" + mentor);
		}
		exclude(mentee, mentor, Exclusion.CONFLICT, note, actor);
	}

	private void exclude(ParticipantId mentee, ParticipantId mentor, Exclusion reason, String note, Actor actor) {
		jdbc.sql("""
				insert into match_exclusion (id, mentee_id, mentor_id, reason, note, created_at, created_by)
				values (:id, :mentee, :mentor, :reason, :note, :at, :by)
				on conflict (mentee_id, mentor_id, reason) do nothing""")
			.param("id", UUID.randomUUID())
			.param("mentee", mentee.value())
			.param("mentor", mentor.value())
			.param("reason", reason.name())
			.param("note", note == null || note.isBlank() ? null : note.strip())
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.param("by", actor.userId() == null ? null : actor.userId().value())
			.update();
	}

	/**
	 * The morning's reminders of unanswered proposals, on one node only when several run: the lock
	 * is kept a minute at least, so that a node whose clock is a little late does not run them again.
	 */
	@Scheduled(cron = "${passerelle.matching.reminders-cron:0 0 8 * * *}")
	@SchedulerLock(name = "matching.proposal-reminders", lockAtLeastFor = "PT1M")
	public void remindWaitingProposalsOnSchedule() {
		remindWaitingProposals();
	}

	/** Reminds those who have not answered a proposal after the program's delay, once per delay. */
	public int remindWaitingProposals() {
		int reminded = 0;
		var now = clock.instant();
		var delays = new HashMap<ProgramId, Integer>();
		for (var match : matches.findByStatusIn(List.of(MatchStatus.PROPOSED))) {
			var days = delays.computeIfAbsent(match.program(),
					program -> programs.find(Actor.system(), program).rules().proposalReminderDays());
			if (days == null) {
				continue;
			}
			var delay = Duration.ofDays(days);
			var since = match.remindedAt() != null ? match.remindedAt() : match.proposedAt();
			if (since.plus(delay).isAfter(now)) {
				continue;
			}
			if (match.menteeDecision() == null) {
				events.publishEvent(new MatchEvents.ProposalWaiting(match.id(), match.program(), match.mentee()));
			}
			if (match.mentorDecision() == null) {
				events.publishEvent(new MatchEvents.ProposalWaiting(match.id(), match.program(), match.mentor()));
			}
			match.reminded(now);
			matches.save(match);
			reminded++;
		}
		return reminded;
	}

	// Preferences

	/** A person's questionnaire and wishes; the person or the coordinators who can see them. */
	@Transactional(readOnly = true)
	public PreferencesView preferences(Actor actor, ParticipantId participant) {
		participants.find(actor, participant);
		var found = pools.preferences(List.of(participant)).get(participant);
		var answers = new ArrayList<Integer>();
		if (found != null && found.personality() != null) {
			for (var answer : found.personality()) {
				answers.add((int) answer);
			}
		}
		return new PreferencesView(participant, answers, found != null && found.wantsCulturalMatch());
	}

	/**
	 * Saves a person's answers to the questionnaire (all six, 1 to 5, or none) and whether they
	 * want a partner of the same background.
	 */
	public PreferencesView savePreferences(Actor actor, ParticipantId participant, List<Integer> personality,
			boolean wantsCulturalMatch) {
		var view = participants.find(actor, participant);
		var self = view.user() != null && view.user().equals(actor.userId());
		policy.require(self || policy.mayManageParticipants(actor));
		var answers = personality == null ? List.<Integer>of() : personality;
		if (!answers.isEmpty() && (answers.size() != PreferencesView.STATEMENTS.size()
				|| answers.stream().anyMatch(answer -> answer == null || answer < 1 || answer > 5))) {
			throw new InvalidFieldException("personality", "matching.personality.incomplete");
		}
		jdbc.sql("""
				insert into matching_preferences (participant_id, personality, wants_cultural_match, updated_at)
				values (:id, :personality, :culture, :at)
				on conflict (participant_id) do update
				set personality = excluded.personality, wants_cultural_match = excluded.wants_cultural_match,
				    updated_at = excluded.updated_at""")
			.param("id", participant.value())
			.param("personality", answers.isEmpty() ? null : answers.stream().mapToInt(Integer::intValue).toArray(),
					java.sql.Types.ARRAY)
			.param("culture", wantsCulturalMatch)
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.update();
		return preferences(actor, participant);
	}

	// Views and rules

	/** Whether the actor coordinates the program (its coordinators and administrators). */
	public boolean mayCoordinate(Actor actor, ProgramId program) {
		return programs.coordinates(actor, program);
	}

	private void requireCoordination(Actor actor, ProgramId program) {
		if (!programs.coordinates(actor, program)) {
			throw new NotFoundException("program", program);
		}
	}

	/**
	 * The match, if the actor may see it (the program's coordinators and the pair); otherwise not
	 * found. Reads the match only, not its view.
	 */
	Match visibleMatch(Actor actor, MatchId id) {
		return visible(actor, id);
	}

	private Match visible(Actor actor, MatchId id) {
		var match = matches.findById(id.value()).orElseThrow(() -> new NotFoundException("match", id));
		if (mayCoordinate(actor, match.program())) {
			return match;
		}
		var me = participants.participantOf(actor.userId());
		if (me.isPresent() && (me.get().equals(match.mentee()) || me.get().equals(match.mentor()))) {
			return match;
		}
		throw new NotFoundException("match", id);
	}

	private static void requireVersion(long actual, long expected, UUID id) {
		if (actual != expected) {
			throw new ObjectOptimisticLockingFailureException(Match.class, id);
		}
	}

	private String label(Exclusion exclusion, Locale locale) {
		return messages.getMessage("Exclusion." + exclusion.name(), null, locale);
	}

	private static double round(double score) {
		return Math.round(score * 10) / 10.0;
	}

	private MatchView view(Match match, Locale locale) {
		var pool = pools.load(match.program());
		var mentee = pool.profile(match.mentee(), Audience.MENTEE);
		var mentor = pool.profile(match.mentor(), Audience.MENTOR);
		var contributions = mentee == null || mentor == null ? List.<Contribution>of()
				: reasons.contributions(pool, mentee, mentor, locale);
		Integer agreementVersion = match.agreementId() == null ? null
				: jdbc.sql("select version from mentoring_agreement where id = ?")
					.param(match.agreementId())
					.query(Integer.class)
					.single();
		return new MatchView(match.id(), match.version(), match.program(), pool.program().name(), match.mentee(),
				match.mentor(), match.score(), match.status(), match.proposedAt(), match.menteeDecision(),
				match.menteeDecidedAt(), match.menteeReason(), match.mentorDecision(), match.mentorDecidedAt(),
				match.mentorReason(), match.introducedOn(), agreementVersion, match.menteeSignedAt(),
				match.mentorSignedAt(), contributions, partner(match.mentee(), locale), partner(match.mentor(), locale),
				signatures(match));
	}

	/** How each of the pair signed: themselves, or on paper, recorded by whom, with a scan kept or not. */
	private List<MatchView.Signature> signatures(Match match) {
		var recorders = new java.util.ArrayList<UserId>();
		if (match.menteeSignatureRecordedBy() != null) {
			recorders.add(match.menteeSignatureRecordedBy());
		}
		if (match.mentorSignatureRecordedBy() != null) {
			recorders.add(match.mentorSignatureRecordedBy());
		}
		Map<UserId, String> names = recorders.isEmpty() ? new HashMap<>() : users.names(recorders);
		var scans = recorders.isEmpty() ? List.<String>of()
				: jdbc.sql("select side from match_signature_scan where match_id = ?")
					.param(match.id().value())
					.query(String.class)
					.list();
		return List.of(
				new MatchView.Signature(Audience.MENTEE, match.menteeSignedAt(), match.menteeSignedOn(),
						names.get(match.menteeSignatureRecordedBy()), scans.contains(Audience.MENTEE.name())),
				new MatchView.Signature(Audience.MENTOR, match.mentorSignedAt(), match.mentorSignedOn(),
						names.get(match.mentorSignatureRecordedBy()), scans.contains(Audience.MENTOR.name())));
	}

	private PartnerProfile partner(ParticipantId id, Locale locale) {
		var details = participants.find(Actor.system(), id).details();
		var languages = details.languages()
			.stream()
			.map(LanguageSkill::code)
			.map(code -> reference.language(code).map(language -> language.name(locale)).orElse(code))
			.toList();
		var availability = details.availability()
			.stream()
			.sorted()
			.map(slot -> messages.getMessage("AvailabilitySlot." + slot.name(), null, locale))
			.toList();
		return new PartnerProfile(id, details.firstName() + " " + details.lastName(),
				occupation(details.occupationCode(), locale), occupation(details.targetOccupationCode(), locale),
				details.industryCode() == null ? null
						: reference.find(Classification.NAICS_2022, details.industryCode())
							.map(found -> details.industryCode() + " " + found.title(locale))
							.orElse(details.industryCode()),
				languages, details.city(), details.careerGoals(), details.employerName(), availability);
	}

	private String occupation(String code, Locale locale) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return reference.find(Classification.NOC_2021, code).map(found -> code + " " + found.title(locale)).orElse(code);
	}

	private static MatchSummary summary(Match match, String programName, Map<ParticipantId, String> names) {
		return new MatchSummary(match.id(), match.program(), programName, match.mentee(),
				names.getOrDefault(match.mentee(), ""), match.mentor(), names.getOrDefault(match.mentor(), ""),
				match.score(), match.status(), match.proposedAt());
	}

	private PoolRunView summary(PoolRun run, String programName) {
		return new PoolRunView(run.id(), run.version(), run.program(), programName, run.status().name(), run.createdAt(),
				run.menteesWaiting(), run.mentorsFree(), 0, run.optimalTotal().doubleValue(),
				run.optimalWorst() == null ? null : run.optimalWorst().doubleValue(),
				(int) run.pairs().stream().filter(pair -> pair.mentor() != null).count(), run.greedyTotal().doubleValue(),
				run.greedyWorst() == null ? null : run.greedyWorst().doubleValue(), run.greedyMatched(), run.solveMillis(),
				List.of());
	}

	private PoolRunView view(MatchPool pool, PoolRun run, Locale locale) {
		var names = new LinkedHashMap<UUID, String>();
		pool.mentees().forEach(profile -> names.put(profile.id().value(), profile.name()));
		pool.mentors().forEach(profile -> names.put(profile.id().value(), profile.name()));
		var given = new HashMap<UUID, Integer>();
		run.pairs().stream().filter(pair -> pair.mentor() != null).forEach(pair -> given.merge(pair.mentor(), 1, Integer::sum));
		var draft = run.status() == PoolRun.Status.DRAFT;
		var pairs = new ArrayList<PoolRunView.Pair>();
		for (var pair : run.pairs()) {
			var mentee = pool.profile(new ParticipantId(pair.mentee()), Audience.MENTEE);
			var mentor = pair.mentor() == null ? null : pool.profile(new ParticipantId(pair.mentor()), Audience.MENTOR);
			var contributions = mentee != null && mentor != null ? reasons.contributions(pool, mentee, mentor, locale)
					: List.<Contribution>of();
			var alternatives = draft && mentee != null ? alternatives(pool, mentee, pair, given, locale) : List.<Suggestion>of();
			pairs.add(new PoolRunView.Pair(new ParticipantId(pair.mentee()), names.getOrDefault(pair.mentee(), ""),
					pair.mentor() == null ? null : new ParticipantId(pair.mentor()),
					pair.mentor() == null ? null : names.getOrDefault(pair.mentor(), ""),
					pair.score() == null ? null : pair.score().doubleValue(), pair.edited(), contributions, alternatives));
		}
		var summary = summary(run, pool.program().name());
		return new PoolRunView(summary.id(), summary.version(), summary.program(), summary.programName(), summary.status(),
				summary.createdAt(), summary.menteesWaiting(), summary.mentorsFree(), pool.program().rules().minimumMatchScore(),
				summary.optimalTotal(), summary.optimalWorst(), summary.optimalMatched(), summary.greedyTotal(),
				summary.greedyWorst(), summary.greedyMatched(), summary.solveMillis(), pairs);
	}

	/** Mentors a draft pair could take instead: acceptable, with room left in the draft, the best first. */
	private List<Suggestion> alternatives(MatchPool pool, MatchProfile mentee, PoolRun.Pair pair, Map<UUID, Integer> given,
			Locale locale) {
		var scored = new ArrayList<Scored>();
		for (var mentor : pool.freeMentors()) {
			if (mentor.id().value().equals(pair.mentor()) || pool.exclusion(mentee, mentor) != null
					|| given.getOrDefault(mentor.id().value(), 0) >= mentor.capacity()) {
				continue;
			}
			scored.add(new Scored(mentor, pool.scorer().score(mentee, mentor)));
		}
		scored.sort((a, b) -> Double.compare(b.score(), a.score()));
		return scored.stream()
			.limit(5)
			.map(s -> new Suggestion(s.profile().id(), s.profile().name(), round(s.score()), List.of(),
					s.profile().capacity() - given.getOrDefault(s.profile().id().value(), 0)))
			.toList();
	}
}
