package org.passerelle.matching;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.passerelle.core.NotFoundException;
import org.passerelle.identity.Actor;
import org.passerelle.matching.solver.AssignmentProblem;
import org.passerelle.matching.solver.PoolSolver;
import org.passerelle.participant.ParticipantId;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.passerelle.reference.Classification;
import org.passerelle.reference.ReferenceData;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forms group mentoring cohorts from a program's pool (R-MAT-6): the waiting mentees of each
 * sector (NOC major group) in cohorts of the program's size, then the mentors who suit each
 * cohort best — first the fewest each cohort needs, then the rest up to the most it takes — by the
 * same scores as one-to-one matching, with the project's optimal solver.
 */
@Service
@Transactional
public class GroupMatching {

	static final int DEFAULT_MENTEES_MIN = 8;

	static final int DEFAULT_MENTEES_MAX = 10;

	static final int DEFAULT_MENTORS_MIN = 2;

	static final int DEFAULT_MENTORS_MAX = 3;

	private final MatchPools pools;

	private final CohortRepository cohorts;

	private final ProgramManagement programs;

	private final ReferenceData reference;

	private final MessageSource messages;

	private final Clock clock;

	GroupMatching(MatchPools pools, CohortRepository cohorts, ProgramManagement programs, ReferenceData reference,
			MessageSource messages, Clock clock) {
		this.pools = pools;
		this.cohorts = cohorts;
		this.programs = programs;
		this.reference = reference;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Forms draft cohorts from everyone waiting: mentees of a sector with too few others stay
	 * waiting; a cohort without enough acceptable mentors is formed all the same, and says so.
	 */
	public List<CohortView> formCohorts(Actor actor, ProgramId program, Locale locale) {
		requireCoordination(actor, program);
		var pool = pools.load(program);
		var rules = pool.program().rules();
		int menteesMin = or(rules.menteesPerGroupMin(), DEFAULT_MENTEES_MIN);
		int menteesMax = Math.max(menteesMin, or(rules.menteesPerGroupMax(), DEFAULT_MENTEES_MAX));
		int mentorsMin = or(rules.mentorsPerGroupMin(), DEFAULT_MENTORS_MIN);
		int mentorsMax = Math.max(mentorsMin, or(rules.mentorsPerGroupMax(), DEFAULT_MENTORS_MAX));
		var grouped = grouped(program);

		var bySector = new LinkedHashMap<String, List<MatchProfile>>();
		pool.mentees()
			.stream()
			.filter(mentee -> pool.matchable(mentee.id()) && !pool.taken(mentee.id()) && !grouped.contains(mentee.id()))
			.filter(mentee -> sector(mentee) != null)
			.sorted((a, b) -> code(a).compareTo(code(b)))
			.forEach(mentee -> bySector.computeIfAbsent(sector(mentee), key -> new ArrayList<>()).add(mentee));

		var formed = new ArrayList<List<MatchProfile>>();
		var sectors = new ArrayList<String>();
		for (var entry : bySector.entrySet()) {
			var mentees = entry.getValue();
			int groups = Math.min((mentees.size() + menteesMax - 1) / menteesMax, mentees.size() / menteesMin);
			if (groups == 0) {
				continue;
			}
			int seated = Math.min(mentees.size(), groups * menteesMax);
			int from = 0;
			for (int g = 0; g < groups; g++) {
				int size = seated / groups + (g < seated % groups ? 1 : 0);
				formed.add(new ArrayList<>(mentees.subList(from, from + size)));
				sectors.add(entry.getKey());
				from += size;
			}
		}
		var mentors = pool.mentors()
			.stream()
			.filter(mentor -> pool.matchable(mentor.id()) && !grouped.contains(mentor.id()))
			.toList();
		var assigned = assignMentors(pool, formed, mentors, mentorsMin, mentorsMax, rules);

		var created = new ArrayList<CohortView>();
		var numbers = new LinkedHashMap<String, Integer>();
		for (int c = 0; c < formed.size(); c++) {
			var members = new ArrayList<Cohort.Member>();
			formed.get(c).forEach(mentee -> members.add(new Cohort.Member(mentee.id().value(), Audience.MENTEE, null)));
			for (var pick : assigned.get(c)) {
				members.add(new Cohort.Member(pick.mentor().id().value(), Audience.MENTOR, PoolRun.points(pick.score())));
			}
			var sector = sectors.get(c);
			int number = numbers.merge(sector, 1, Integer::sum);
			var name = messages.getMessage("cohort.name", new Object[] { sectorTitle(sector, locale), number }, locale);
			var cohort = cohorts.save(Cohort.draft(program, name, sector, members, actor.userId(), clock.instant()));
			created.add(view(pool, cohort, locale));
		}
		return created;
	}

	private record Pick(MatchProfile mentor, double score) {
	}

	/** The mentors of each cohort: the fewest it needs first, for every cohort, then the rest up to the most. */
	private List<List<Pick>> assignMentors(MatchPool pool, List<List<MatchProfile>> formed, List<MatchProfile> mentors,
			int mentorsMin, int mentorsMax, ProgramRules rules) {
		var picks = new ArrayList<List<Pick>>();
		formed.forEach(cohort -> picks.add(new ArrayList<>()));
		if (formed.isEmpty() || mentors.isEmpty()) {
			return picks;
		}
		var means = new double[mentors.size()][formed.size()];
		for (int m = 0; m < mentors.size(); m++) {
			for (int c = 0; c < formed.size(); c++) {
				means[m][c] = mean(pool, mentors.get(m), formed.get(c));
			}
		}
		var free = new HashSet<Integer>();
		for (int m = 0; m < mentors.size(); m++) {
			free.add(m);
		}
		for (int phase = 0; phase < 2; phase++) {
			int seats = phase == 0 ? mentorsMin : mentorsMax - mentorsMin;
			if (seats <= 0 || free.isEmpty()) {
				continue;
			}
			var rows = free.stream().sorted().toList();
			var candidates = new int[rows.size()][];
			var gains = new int[rows.size()][];
			for (int r = 0; r < rows.size(); r++) {
				var list = new ArrayList<int[]>();
				for (int c = 0; c < formed.size(); c++) {
					double mean = means[rows.get(r)][c];
					if (mean >= rules.minimumMatchScore() && mean > 0) {
						list.add(new int[] { c, Math.max(1, (int) Math.round(mean * 100)) });
					}
				}
				candidates[r] = list.stream().mapToInt(pair -> pair[0]).toArray();
				gains[r] = list.stream().mapToInt(pair -> pair[1]).toArray();
			}
			var capacities = new int[formed.size()];
			for (int c = 0; c < formed.size(); c++) {
				capacities[c] = phase == 0 ? seats : Math.max(0, mentorsMax - picks.get(c).size());
			}
			var assignment = PoolSolver.optimal(new AssignmentProblem(rows.size(), capacities, candidates, gains));
			for (int r = 0; r < rows.size(); r++) {
				int c = assignment.mentorOf()[r];
				if (c >= 0) {
					picks.get(c).add(new Pick(mentors.get(rows.get(r)), means[rows.get(r)][c]));
					free.remove(rows.get(r));
				}
			}
		}
		return picks;
	}

	/** A mentor's mean score with the mentees of a cohort; 0 when a hard rule forbids any of the pairs. */
	private static double mean(MatchPool pool, MatchProfile mentor, List<MatchProfile> mentees) {
		double sum = 0;
		for (var mentee : mentees) {
			var exclusion = pool.exclusion(mentee, mentor);
			if (exclusion != null && exclusion != Exclusion.MENTOR_FULL && exclusion != Exclusion.ALREADY_MATCHED) {
				return 0;
			}
			sum += pool.scorer().score(mentee, mentor);
		}
		return mentees.isEmpty() ? 0 : sum / mentees.size();
	}

	/** The cohorts of a program, newest first. */
	@Transactional(readOnly = true)
	public List<CohortView> cohorts(Actor actor, ProgramId program, Locale locale) {
		requireCoordination(actor, program);
		var pool = pools.load(program);
		return cohorts.findByProgramIdOrderByCreatedAtDesc(program.value())
			.stream()
			.filter(cohort -> cohort.status() != Cohort.Status.DISCARDED)
			.map(cohort -> view(pool, cohort, locale))
			.toList();
	}

	/** Takes someone out of a draft cohort; they return to the pool. */
	public CohortView remove(Actor actor, UUID id, long version, ParticipantId participant, Locale locale) {
		var cohort = existing(actor, id, version);
		cohort.remove(participant);
		return view(pools.load(cohort.program()), cohorts.saveAndFlush(cohort), locale);
	}

	/** Confirms a draft cohort with the mentees and mentors the program requires. */
	public CohortView confirm(Actor actor, UUID id, long version, Locale locale) {
		var cohort = existing(actor, id, version);
		var rules = programs.find(Actor.system(), cohort.program()).rules();
		cohort.confirm(or(rules.menteesPerGroupMin(), DEFAULT_MENTEES_MIN), or(rules.mentorsPerGroupMin(), DEFAULT_MENTORS_MIN));
		return view(pools.load(cohort.program()), cohorts.saveAndFlush(cohort), locale);
	}

	/** Drops a draft cohort; its members return to the pool. */
	public void discard(Actor actor, UUID id, long version) {
		var cohort = existing(actor, id, version);
		cohort.discard();
		cohorts.save(cohort);
	}

	private Cohort existing(Actor actor, UUID id, long version) {
		var cohort = cohorts.findById(id).orElseThrow(() -> new NotFoundException("cohort", id));
		requireCoordination(actor, cohort.program());
		cohort.requireVersion(version);
		return cohort;
	}

	/** Everyone in a draft or confirmed cohort of the program. */
	private Set<ParticipantId> grouped(ProgramId program) {
		var grouped = new HashSet<ParticipantId>();
		cohorts.findByProgramIdAndStatusIn(program.value(), List.of(Cohort.Status.DRAFT, Cohort.Status.CONFIRMED))
			.forEach(cohort -> cohort.members().forEach(member -> grouped.add(new ParticipantId(member.participant()))));
		return grouped;
	}

	private CohortView view(MatchPool pool, Cohort cohort, Locale locale) {
		var rules = pool.program().rules();
		var mentees = new ArrayList<CohortView.Member>();
		var mentors = new ArrayList<CohortView.Member>();
		for (var member : cohort.members()) {
			var id = new ParticipantId(member.participant());
			var profile = pool.profile(id, member.role());
			var view = new CohortView.Member(id, profile == null ? "" : profile.name(), member.role(),
					member.score() == null ? null : member.score().doubleValue());
			(member.role() == Audience.MENTEE ? mentees : mentors).add(view);
		}
		var complete = mentees.size() >= or(rules.menteesPerGroupMin(), DEFAULT_MENTEES_MIN)
				&& mentors.size() >= or(rules.mentorsPerGroupMin(), DEFAULT_MENTORS_MIN);
		return new CohortView(cohort.id(), cohort.version(), cohort.program(), cohort.name(),
				cohort.sector() + " " + sectorTitle(cohort.sector(), locale), cohort.status().name(), cohort.createdAt(),
				mentees, mentors, complete);
	}

	private String sectorTitle(String sector, Locale locale) {
		return reference.find(Classification.NOC_2021, sector).map(found -> found.title(locale)).orElse(sector);
	}

	/** The NOC major group (two digits) of the occupation a mentee seeks, or else holds. */
	static String sector(MatchProfile mentee) {
		var code = code(mentee);
		return code.length() >= 2 ? code.substring(0, 2) : null;
	}

	private static String code(MatchProfile mentee) {
		var code = mentee.targetOccupation() != null ? mentee.targetOccupation() : mentee.occupation();
		return code == null ? "" : code;
	}

	private void requireCoordination(Actor actor, ProgramId program) {
		if (!programs.coordinates(actor, program)) {
			throw new NotFoundException("program", program);
		}
	}

	private static int or(Integer value, int fallback) {
		return value == null ? fallback : value;
	}
}
