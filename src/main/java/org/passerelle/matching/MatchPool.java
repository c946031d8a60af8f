package org.passerelle.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.passerelle.participant.ParticipantId;
import org.passerelle.program.Audience;
import org.passerelle.program.IntakeStep;
import org.passerelle.program.ProgramView;

/**
 * A program's people as matching sees them at one moment: every mentee and mentor enrolled, their
 * profiles ready to score, and what excludes a pair (R-MAT-2).
 */
final class MatchPool {

	private final ProgramView program;

	private final MatchScorer scorer;

	private final TextVectors.Vocabulary vocabulary;

	private final List<MatchProfile> mentees = new ArrayList<>();

	private final List<MatchProfile> mentors = new ArrayList<>();

	private final Set<ParticipantId> matchable;

	private final Set<ParticipantId> taken;

	private final Map<Long, Exclusion> declared;

	private final Map<ParticipantId, List<IntakeStep>> missing;

	private final Map<ParticipantId, MatchProfile> menteeById = new HashMap<>();

	private final Map<ParticipantId, MatchProfile> mentorById = new HashMap<>();

	private final String[] programLanguages;

	private final long programLanguageBits;

	/** {@link #fingerprint()}, worked out on first use: the pool never changes once built. */
	private volatile Long fingerprint;

	/**
	 * @param matchable people who completed the program's intake
	 * @param taken mentees who already have an open match in the program
	 * @param declared pairs excluded by a conflict, a decline or an ending, keyed by {@link #key}
	 */
	MatchPool(ProgramView program, List<MatchProfile> people, TextVectors.Vocabulary vocabulary,
			Set<ParticipantId> matchable, Set<ParticipantId> taken, Map<Long, Exclusion> declared) {
		this(program, people, vocabulary, matchable, taken, declared, Map.of());
	}

	/** @param missing the intake steps each person still has to pass, for those who have some */
	MatchPool(ProgramView program, List<MatchProfile> people, TextVectors.Vocabulary vocabulary,
			Set<ParticipantId> matchable, Set<ParticipantId> taken, Map<Long, Exclusion> declared,
			Map<ParticipantId, List<IntakeStep>> missing) {
		this.program = program;
		this.missing = missing;
		this.scorer = new MatchScorer(program.weights());
		this.vocabulary = vocabulary;
		this.matchable = matchable;
		this.taken = taken;
		this.declared = declared;
		for (var person : people) {
			(person.role() == Audience.MENTEE ? mentees : mentors).add(person);
			(person.role() == Audience.MENTEE ? menteeById : mentorById).put(person.id(), person);
		}
		this.programLanguages = program.languages()
			.stream()
			.map(language -> language.name().toLowerCase(java.util.Locale.ROOT))
			.sorted()
			.toArray(String[]::new);
		this.programLanguageBits = programLanguages.length == 0 ? -1L : MatchProfile.bits(programLanguages);
	}

	/** A key for a pair of people, whatever the order of their ids' use. */
	static long key(ParticipantId mentee, ParticipantId mentor) {
		return mentee.value().getMostSignificantBits() * 31 + mentee.value().getLeastSignificantBits()
				+ 0x9E3779B97F4A7C15L * (mentor.value().getMostSignificantBits() * 31
						+ mentor.value().getLeastSignificantBits());
	}

	ProgramView program() {
		return program;
	}

	MatchScorer scorer() {
		return scorer;
	}

	TextVectors.Vocabulary vocabulary() {
		return vocabulary;
	}

	List<MatchProfile> mentees() {
		return mentees;
	}

	List<MatchProfile> mentors() {
		return mentors;
	}

	private volatile String[] menteeNames;

	private volatile String[] mentorNames;

	/**
	 * The names of {@link #mentees()} or {@link #mentors()}, in their order, folded as
	 * {@link MatchPools#fold} folds them: worked out once per pool rather than for every search of
	 * a page.
	 */
	String[] foldedNames(Audience side) {
		var known = side == Audience.MENTOR ? mentorNames : menteeNames;
		if (known == null) {
			known = (side == Audience.MENTOR ? mentors : mentees).stream()
				.map(person -> MatchPools.fold(person.name()))
				.toArray(String[]::new);
			if (side == Audience.MENTOR) {
				mentorNames = known;
			}
			else {
				menteeNames = known;
			}
		}
		return known;
	}

	/** The person in that role, or null when they are not enrolled in it. */
	MatchProfile profile(ParticipantId id, Audience role) {
		return (role == Audience.MENTEE ? menteeById : mentorById).get(id);
	}

	boolean matchable(ParticipantId id) {
		return matchable.contains(id);
	}

	/** The intake steps the person still has to pass before being matched. */
	List<IntakeStep> missing(ParticipantId id) {
		return missing.getOrDefault(id, List.of());
	}

	boolean taken(ParticipantId mentee) {
		return taken.contains(mentee);
	}

	/** Mentees who can be matched now: intake complete, no open match in the program. */
	List<MatchProfile> waitingMentees() {
		return mentees.stream().filter(m -> matchable.contains(m.id()) && !taken.contains(m.id())).toList();
	}

	/** Mentors who can take a mentee now. */
	List<MatchProfile> freeMentors() {
		return mentors.stream().filter(m -> matchable.contains(m.id()) && m.capacity() > 0 && affiliatedEnough(m)).toList();
	}

	/** The first hard rule the pair breaks, or null when it may be proposed. */
	Exclusion exclusion(MatchProfile mentee, MatchProfile mentor) {
		if (!matchable.contains(mentee.id()) || !matchable.contains(mentor.id())) {
			return Exclusion.NOT_MATCHABLE;
		}
		if (taken.contains(mentee.id())) {
			return Exclusion.ALREADY_MATCHED;
		}
		if (mentor.capacity() <= 0) {
			return Exclusion.MENTOR_FULL;
		}
		if (!affiliatedEnough(mentor)) {
			return Exclusion.MENTOR_NOT_AFFILIATED;
		}
		if (!shareALanguageOfTheProgram(mentee, mentor)) {
			return Exclusion.NO_SHARED_LANGUAGE;
		}
		return declared.isEmpty() ? null : declared.get(key(mentee.id(), mentor.id()));
	}

	/**
	 * The hard rule a pair of a waiting mentee and a free mentor breaks, or null: only what depends
	 * on both of them, since being waiting and free already clears the rest. Cheap, for the millions
	 * of pairs of a pool run; safe to call from several threads.
	 */
	Exclusion exclusionBetweenAvailable(MatchProfile mentee, MatchProfile mentor) {
		if (!shareALanguageOfTheProgram(mentee, mentor)) {
			return Exclusion.NO_SHARED_LANGUAGE;
		}
		return declared.isEmpty() ? null : declared.get(key(mentee.id(), mentor.id()));
	}

	/**
	 * A digest of everything a pool run depends on: the program's weights, minimum score and
	 * rules of the pairs, and every waiting mentee and free mentor with what scoring reads of them,
	 * and the pairs excluded. Equal for equal pools whatever order the people were read in and on
	 * whichever node, so that a draft can tell whether the pool changed since it was made. Names are
	 * left out: a new name changes no score.
	 */
	long fingerprint() {
		var known = fingerprint;
		if (known == null) {
			known = digest();
			fingerprint = known;
		}
		return known;
	}

	private long digest() {
		java.security.MessageDigest sha;
		try {
			sha = java.security.MessageDigest.getInstance("SHA-256");
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		var out = new java.io.ByteArrayOutputStream();
		var data = new java.io.DataOutputStream(out);
		var terms = vocabulary.termsById();
		try {
			data.writeInt(program.rules().minimumMatchScore());
			data.writeBoolean(program.rules().mentorsMustBeAffiliated());
			for (var language : programLanguages) {
				data.writeUTF(language);
			}
			for (var criterion : org.passerelle.program.MatchingCriterion.values()) {
				data.writeUTF(criterion.name());
				data.writeInt(program.weights().getOrDefault(criterion, 0));
			}
			var people = new ArrayList<MatchProfile>(waitingMentees());
			people.addAll(freeMentors());
			people.sort(java.util.Comparator.comparing((MatchProfile person) -> person.role())
				.thenComparing(person -> person.id().value()));
			for (var person : people) {
				write(data, person, terms);
			}
			sha.update(out.toByteArray());
			out.reset();
			var excluded = new ArrayList<>(declared.entrySet());
			excluded.sort(Map.Entry.comparingByKey());
			for (var pair : excluded) {
				data.writeLong(pair.getKey());
				data.writeUTF(pair.getValue().name());
			}
			sha.update(out.toByteArray());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return java.nio.ByteBuffer.wrap(sha.digest()).getLong();
	}

	private static void write(java.io.DataOutputStream data, MatchProfile person, String[] terms)
			throws java.io.IOException {
		data.writeUTF(person.role().name());
		data.writeUTF(person.id().value().toString());
		for (var text : new String[] { person.occupation(), person.targetOccupation(), person.industry(), person.area(),
				person.culture() }) {
			data.writeBoolean(text != null);
			data.writeUTF(text == null ? "" : text);
		}
		data.writeInt(person.languages().length);
		for (int i = 0; i < person.languages().length; i++) {
			data.writeUTF(person.languages()[i]);
			data.writeInt(person.levels()[i]);
		}
		data.writeDouble(person.x());
		data.writeDouble(person.y());
		data.writeDouble(person.z());
		data.writeBoolean(person.remoteOk());
		data.writeInt(person.availability());
		data.writeBoolean(person.wantsCulturalMatch());
		data.writeBoolean(person.affiliated());
		data.writeInt(person.capacity());
		var personality = person.personality();
		data.writeInt(personality == null ? -1 : personality.length);
		if (personality != null) {
			data.write(personality);
		}
		// the goals by their words, not by the vocabulary's ids, which follow the order people were read in;
		// weights rounded, since their last bits may follow that order too
		var goals = person.goals();
		var words = new java.util.TreeMap<String, Long>();
		for (int i = 0; i < goals.terms().length; i++) {
			words.put(terms[goals.terms()[i]], Math.round(goals.weights()[i] * 1e5));
		}
		data.writeInt(words.size());
		for (var word : words.entrySet()) {
			data.writeUTF(word.getKey());
			data.writeLong(word.getValue());
		}
	}

	private boolean affiliatedEnough(MatchProfile mentor) {
		return !program.rules().mentorsMustBeAffiliated() || mentor.affiliated();
	}

	/** Francophone with francophone: both speak one of the languages the program works in. */
	private boolean shareALanguageOfTheProgram(MatchProfile mentee, MatchProfile mentor) {
		long shared = mentee.languageBits() & mentor.languageBits() & programLanguageBits;
		if (shared == 0) {
			return false;
		}
		if ((shared & MatchProfile.OTHER_LANGUAGES) == 0) {
			return true;
		}
		if (programLanguages.length == 0) {
			for (var language : mentee.languages()) {
				if (mentor.level(language) >= 0) {
					return true;
				}
			}
			return false;
		}
		for (var language : programLanguages) {
			if (mentee.level(language) >= 0 && mentor.level(language) >= 0) {
				return true;
			}
		}
		return false;
	}

	/** A partner and the score of the pair. */
	record Scored(MatchProfile profile, double score) {
	}

	/** The best partners of one person, and how many others each hard rule set aside. */
	record Ranking(List<Scored> best, Map<Exclusion, Integer> excluded) {
	}

	/**
	 * The {@code size} best partners for {@code subject} among {@code others}, the best first (ties
	 * by name), skipping pairs a hard rule forbids — counted by rule, except {@code blocked}, the
	 * reason the subject cannot be matched at all. Scores only what can still enter the best.
	 */
	Ranking rank(MatchProfile subject, List<MatchProfile> others, int size, Exclusion blocked) {
		var partners = partners(subject, others);
		Ranking ranking;
		if (others.size() < PARALLEL_FROM || !aCoreIsFree()) {
			ranking = rank(subject, partners, 0, others.size(), size, blocked);
		}
		else {
			// a national pool and a core with nothing to do: half the partners scored there while
			// this thread scores the rest (when every core is busy, splitting only adds waiting)
			int middle = others.size() / 2;
			var first = java.util.concurrent.CompletableFuture
				.supplyAsync(() -> rank(subject, partners, 0, middle, size, blocked));
			var second = rank(subject, partners, middle, others.size(), size, blocked);
			var other = first.join();
			var best = new ArrayList<>(other.best());
			best.addAll(second.best());
			var excluded = new java.util.EnumMap<Exclusion, Integer>(Exclusion.class);
			excluded.putAll(other.excluded());
			second.excluded().forEach((rule, count) -> excluded.merge(rule, count, Integer::sum));
			ranking = new Ranking(best, excluded);
		}
		var ordered = new ArrayList<>(ranking.best());
		ordered.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score())
				: a.profile().name().compareTo(b.profile().name()));
		return new Ranking(List.copyOf(ordered.subList(0, Math.min(size, ordered.size()))), ranking.excluded());
	}

	/** From this many partners, a ranking may be shared between two threads. */
	static final int PARALLEL_FROM = 4096;

	private static boolean aCoreIsFree() {
		var common = java.util.concurrent.ForkJoinPool.commonPool();
		return common.getParallelism() > 1 && common.getActiveThreadCount() == 0 && !common.hasQueuedSubmissions();
	}

	/**
	 * The people a subject may be paired with, and what rules each of them out whoever the subject
	 * is, worked out once per pool and role rather than for every suggestion: a suggestion then
	 * reads arrays instead of looking every partner up in sets.
	 *
	 * @param numbers a number per person, the same for the same person in both roles, so that the
	 *        subject is told apart from a partner without comparing ids
	 * @param exclusions what rules the partner out for any subject of the other role, or null
	 */
	private record Partners(MatchProfile[] people, int[] numbers, Exclusion[] exclusions) {
	}

	/** Each person's number, by id: the same in both roles. */
	private volatile Map<ParticipantId, Integer> numbers;

	private volatile Partners mentorsAsPartners;

	private volatile Partners menteesAsPartners;

	private Partners partners(MatchProfile subject, List<MatchProfile> others) {
		var subjectIsMentee = subject.role() == Audience.MENTEE;
		if (subjectIsMentee && others == mentors) {
			var known = mentorsAsPartners;
			if (known == null) {
				known = partners(others, true, null);
				mentorsAsPartners = known;
			}
			return known;
		}
		if (!subjectIsMentee && others == mentees) {
			var known = menteesAsPartners;
			if (known == null) {
				known = partners(others, false, null);
				menteesAsPartners = known;
			}
			return known;
		}
		return partners(others, subjectIsMentee, subject);
	}

	/**
	 * @param subject null for the pool's own lists, numbered by {@link #number}; otherwise the
	 *        partners are numbered by their place, the subject's own id with the subject's number
	 */
	private Partners partners(List<MatchProfile> others, boolean subjectIsMentee, MatchProfile subject) {
		var people = others.toArray(MatchProfile[]::new);
		var numbers = new int[people.length];
		var exclusions = new Exclusion[people.length];
		for (int i = 0; i < people.length; i++) {
			var partner = people[i];
			numbers[i] = subject == null ? number(partner.id())
					: partner.id().equals(subject.id()) ? number(subject.id()) : Integer.MIN_VALUE + i;
			exclusions[i] = !matchable.contains(partner.id()) ? Exclusion.NOT_MATCHABLE
					: subjectIsMentee && partner.capacity() <= 0 ? Exclusion.MENTOR_FULL
					: subjectIsMentee && !affiliatedEnough(partner) ? Exclusion.MENTOR_NOT_AFFILIATED
					: !subjectIsMentee && taken.contains(partner.id()) ? Exclusion.ALREADY_MATCHED : null;
		}
		return new Partners(people, numbers, exclusions);
	}

	/** The person's number in the pool, or -1 for someone not in it. */
	private int number(ParticipantId id) {
		var known = numbers;
		if (known == null) {
			synchronized (this) {
				if (numbers == null) {
					var numbered = new HashMap<ParticipantId, Integer>();
					mentees.forEach(person -> numbered.putIfAbsent(person.id(), numbered.size()));
					mentors.forEach(person -> numbered.putIfAbsent(person.id(), numbered.size()));
					numbers = numbered;
				}
				known = numbers;
			}
		}
		return known.getOrDefault(id, -1);
	}

	private Ranking rank(MatchProfile subject, Partners partners, int from, int to, int size, Exclusion blocked) {
		var subjectIsMentee = subject.role() == Audience.MENTEE;
		var counts = new int[Exclusion.values().length];
		// what depends on the subject alone is decided once, not for each partner
		var subjectExclusion = !matchable.contains(subject.id()) ? Exclusion.NOT_MATCHABLE
				: subjectIsMentee && taken.contains(subject.id()) ? Exclusion.ALREADY_MATCHED
				: !subjectIsMentee && subject.capacity() <= 0 ? Exclusion.MENTOR_FULL
				: !subjectIsMentee && !affiliatedEnough(subject) ? Exclusion.MENTOR_NOT_AFFILIATED : null;
		int subjectNumber = number(subject.id());
		var people = partners.people();
		var numbers = partners.numbers();
		var exclusions = partners.exclusions();
		var best = new java.util.PriorityQueue<Scored>((a, b) -> Double.compare(a.score(), b.score()));
		double threshold = -1;
		for (int i = from; i < to; i++) {
			if (numbers[i] == subjectNumber) {
				continue;
			}
			var other = people[i];
			var mentee = subjectIsMentee ? subject : other;
			var mentor = subjectIsMentee ? other : subject;
			var exclusion = subjectExclusion != null ? subjectExclusion : exclusions[i];
			if (exclusion == null) {
				exclusion = pairExclusion(mentee, mentor);
			}
			if (exclusion != null) {
				counts[exclusion.ordinal()]++;
				continue;
			}
			double score = scorer.score(mentee, mentor, threshold);
			if (best.size() < size) {
				best.add(new Scored(other, score));
				if (best.size() == size) {
					threshold = best.peek().score();
				}
			}
			else if (score > threshold) {
				best.poll();
				best.add(new Scored(other, score));
				threshold = best.peek().score();
			}
		}
		var excluded = new java.util.EnumMap<Exclusion, Integer>(Exclusion.class);
		for (var rule : Exclusion.values()) {
			if (counts[rule.ordinal()] > 0 && rule != blocked) {
				excluded.put(rule, counts[rule.ordinal()]);
			}
		}
		return new Ranking(new ArrayList<>(best), excluded);
	}

	/** The hard rule a pair breaks that depends on both of them: their languages, or a declared exclusion. */
	private Exclusion pairExclusion(MatchProfile mentee, MatchProfile mentor) {
		if (!shareALanguageOfTheProgram(mentee, mentor)) {
			return Exclusion.NO_SHARED_LANGUAGE;
		}
		return declared.isEmpty() ? null : declared.get(key(mentee.id(), mentor.id()));
	}

	/** Pairs declared impossible, by the people in them. */
	static Map<Long, Exclusion> declared(List<Map.Entry<ParticipantId[], Exclusion>> rows) {
		var declared = new HashMap<Long, Exclusion>();
		for (var row : rows) {
			declared.merge(key(row.getKey()[0], row.getKey()[1]), row.getValue(),
					(a, b) -> a.ordinal() <= b.ordinal() ? a : b);
		}
		return declared;
	}

	static Set<ParticipantId> ids(List<ParticipantId> ids) {
		return new HashSet<>(ids);
	}
}
