package org.passerelle.matching;

import java.util.List;
import java.util.Locale;

import org.passerelle.core.NotFoundException;
import org.passerelle.identity.Actor;
import org.passerelle.participant.ParticipantId;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A program's pool as its coordinators see it (R-MAT): who waits, which mentors have room, the
 * best partners for one person with the reasons, and why one pair scores what it does.
 */
@Service
@Transactional(readOnly = true)
public class MatchSuggestions {

	private final MatchPools pools;

	private final MatchingAccess access;

	private final MatchReasons reasons;

	MatchSuggestions(MatchPools pools, MatchingAccess access, MatchReasons reasons) {
		this.pools = pools;
		this.access = access;
		this.reasons = reasons;
	}

	/** A program's mentees and mentors, and who is available; its coordinators. */
	public PoolOverview overview(Actor actor, ProgramId program) {
		access.requireCoordination(actor, program);
		var pool = pools.load(program);
		var mentees = pool.mentees()
			.stream()
			.map(m -> new PoolOverview.Person(m.id(), m.name(), pool.matchable(m.id()) && !pool.taken(m.id()),
					pool.missing(m.id()), pool.taken(m.id()), 0))
			.toList();
		var free = new java.util.HashSet<>(pool.freeMentors());
		var mentors = pool.mentors()
			.stream()
			.map(m -> new PoolOverview.Person(m.id(), m.name(), free.contains(m), pool.missing(m.id()),
					false, m.capacity()))
			.toList();
		return new PoolOverview(program, pool.program().name(), pool.program().format(),
				pool.program().rules().minimumMatchScore(), mentees, mentors);
	}

	/** How many mentees wait and how many mentors have room in the program; its coordinators. */
	public PoolHeading heading(Actor actor, ProgramId program) {
		access.requireCoordination(actor, program);
		var pool = pools.load(program);
		return new PoolHeading(program, pool.program().name(), pool.program().format(),
				pool.program().rules().minimumMatchScore(), pool.waitingMentees().size(), pool.freeMentors().size());
	}

	/**
	 * One page of the program's mentees or mentors, by name, those whose name holds every word of
	 * {@code query} (accents and case aside); its coordinators. A page past the last gives the last.
	 */
	public PoolPage people(Actor actor, ProgramId program, Audience side, String query, int page, int size) {
		access.requireCoordination(actor, program);
		var pool = pools.load(program);
		var words = query == null || query.isBlank() ? new String[0] : MatchPools.fold(query).split("\\s+");
		var everyone = side == Audience.MENTOR ? pool.mentors() : pool.mentees();
		var names = pool.foldedNames(side);
		var found = words.length == 0 ? everyone : new java.util.ArrayList<MatchProfile>();
		for (int i = 0; words.length > 0 && i < everyone.size(); i++) {
			if (holds(names[i], words)) {
				found.add(everyone.get(i));
			}
		}
		int pageSize = Math.max(1, Math.min(size, 200));
		int last = Math.max(0, (found.size() - 1) / pageSize);
		int shown = Math.max(0, Math.min(page, last));
		var free = side == Audience.MENTOR ? new java.util.HashSet<>(pool.freeMentors()) : java.util.Set.of();
		var people = found.stream()
			.skip((long) shown * pageSize)
			.limit(pageSize)
			.map(person -> side == Audience.MENTOR
					? new PoolOverview.Person(person.id(), person.name(), free.contains(person), pool.missing(person.id()),
							false, person.capacity())
					: new PoolOverview.Person(person.id(), person.name(),
							pool.matchable(person.id()) && !pool.taken(person.id()), pool.missing(person.id()),
							pool.taken(person.id()), 0))
			.toList();
		return new PoolPage(side, query == null ? "" : query.strip(), shown, pageSize, found.size(), people);
	}

	private static boolean holds(String name, String[] words) {
		if (name == null) {
			return false;
		}
		for (var word : words) {
			if (!name.contains(word)) {
				return false;
			}
		}
		return true;
	}

	/** The best mentors for a mentee of the program, with the reasons; the program's coordinators. */
	public Suggestions suggestMentors(Actor actor, ProgramId program, ParticipantId mentee, int limit, Locale locale) {
		access.requireCoordination(actor, program);
		var pool = pools.load(program);
		var subject = pool.profile(mentee, Audience.MENTEE);
		if (subject == null) {
			throw new NotFoundException("mentee", mentee);
		}
		return suggest(pool, subject, pool.mentors(), limit, locale);
	}

	/** The best waiting mentees for a mentor of the program, with the reasons; the program's coordinators. */
	public Suggestions suggestMentees(Actor actor, ProgramId program, ParticipantId mentor, int limit, Locale locale) {
		access.requireCoordination(actor, program);
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
		var suggestions = ranking.best()
			.stream()
			.map(scored -> {
				var mentee = subjectIsMentee ? subject : scored.profile();
				var mentor = subjectIsMentee ? scored.profile() : subject;
				return new Suggestion(scored.profile().id(), scored.profile().name(), MatchReasons.rounded(scored.score()),
						reasons.contributions(pool, mentee, mentor, locale), mentor.capacity());
			})
			.toList();
		return new Suggestions(pool.program().id(), subject.id(), subject.name(), subject.role(), blocked,
				others.size() - (among(pool, subject, others) ? 1 : 0), ranking.excluded(), suggestions);
	}

	/**
	 * Whether the subject is one of {@code others}: by identity, since the pool's people are its
	 * own objects — comparing thousands of profiles field by field cost more than the scoring.
	 */
	private static boolean among(MatchPool pool, MatchProfile subject, List<MatchProfile> others) {
		// the pool's own lists hold one role each: someone of the other role is not in them
		if (others == pool.mentors() && subject.role() != Audience.MENTOR
				|| others == pool.mentees() && subject.role() != Audience.MENTEE) {
			return false;
		}
		for (var other : others) {
			if (other == subject) {
				return true;
			}
		}
		return false;
	}

	/** One pair's score and why, and the rule that forbids it, if any; the program's coordinators. */
	public PairExplanation explain(Actor actor, ProgramId program, ParticipantId mentee, ParticipantId mentor,
			Locale locale) {
		access.requireCoordination(actor, program);
		var pool = pools.load(program);
		var a = pool.profile(mentee, Audience.MENTEE);
		var b = pool.profile(mentor, Audience.MENTOR);
		if (a == null || b == null) {
			throw new NotFoundException("pair", mentee + "/" + mentor);
		}
		return new PairExplanation(mentee, a.name(), mentor, b.name(), MatchReasons.rounded(pool.scorer().score(a, b)),
				reasons.contributions(pool, a, b, locale), pool.exclusion(a, b));
	}
}
