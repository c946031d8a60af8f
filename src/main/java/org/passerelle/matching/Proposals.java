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
import java.util.stream.Stream;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.PersonalDataAccessed;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.Actor;
import org.passerelle.identity.UserId;
import org.passerelle.identity.UserManagement;
import org.passerelle.participant.LanguageSkill;
import org.passerelle.participant.ParticipantId;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.participant.IntakeChecklist;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.passerelle.program.ProgramSummary;
import org.passerelle.reference.Classification;
import org.passerelle.reference.ReferenceData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries each proposal of a pair (R-MAT) through both answers — given by the mentee and the
 * mentor, or by a coordinator on their behalf — the introduction meeting, a cancellation, and the
 * end of the mentorship that followed; reminds those who do not answer, and keeps the pairs that
 * must never be proposed (conflicts, declines, bad endings). Coordinators act for their programs;
 * a mentee or a mentor answers for themselves.
 */
@Service
@Transactional
public class Proposals {

	private final MatchPools pools;

	private final MatchRepository matches;

	private final ProgramManagement programs;

	private final ParticipantDirectory participants;

	private final IntakeChecklist intake;

	private final ReferenceData reference;

	private final MatchingAccess access;

	private final MentorPlaces places;

	private final MatchReasons reasons;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final UserManagement users;

	Proposals(MatchPools pools, MatchRepository matches, ProgramManagement programs, ParticipantDirectory participants,
			IntakeChecklist intake, ReferenceData reference, MatchingAccess access, MentorPlaces places, MatchReasons reasons,
			MessageSource messages, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, UserManagement users) {
		this.pools = pools;
		this.matches = matches;
		this.programs = programs;
		this.participants = participants;
		this.intake = intake;
		this.reference = reference;
		this.access = access;
		this.places = places;
		this.reasons = reasons;
		this.messages = messages;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.users = users;
	}

	/** Whether the actor coordinates the program (its coordinators and administrators). */
	public boolean mayCoordinate(Actor actor, ProgramId program) {
		return access.mayCoordinate(actor, program);
	}

	/** Proposes one pair, as chosen from the suggestions. */
	public MatchView propose(Actor actor, ProgramId program, ParticipantId mentee, ParticipantId mentor, Locale locale) {
		access.requireCoordination(actor, program);
		var pool = pools.load(program);
		var match = proposeChecked(actor, pool, mentee, mentor, null, locale);
		return view(match, locale);
	}

	Match proposeChecked(Actor actor, MatchPool pool, ParticipantId mentee, ParticipantId mentor, UUID run,
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
			throw new RuleViolationException("match.excluded", a.name(), b.name(), reasons.exclusion(exclusion, locale));
		}
		places.take(mentor, capacityOf(b, pool), b.name());
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

	/** The proposals of a program, newest first; its coordinators. */
	@Transactional(readOnly = true)
	public List<MatchSummary> matches(Actor actor, ProgramId program) {
		access.requireCoordination(actor, program);
		var found = matches.findByProgramIdOrderByProposedAtDesc(program.value());
		var name = programs.find(Actor.system(), program).name();
		var names = participants.names(found.stream().flatMap(m -> Stream.of(m.mentee(), m.mentor())).toList());
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
		var names = participants.names(found.stream().flatMap(m -> Stream.of(m.mentee(), m.mentor())).toList());
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
		var coordinated = programs.coordinatedBy(actor).stream().map(ProgramSummary::id).toList();
		if (coordinated.isEmpty()) {
			return List.of();
		}
		var ready = intake.readyToMatch(coordinated);
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
		var rules = new HashMap<ProgramId, ProgramRules>();
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
		var coordinated = programs.coordinatedBy(actor).stream().map(ProgramSummary::id).toList();
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
		var view = view(access.visible(actor, id), locale);
		// the page shows both people's profiles: the audit trail records who read them
		events.publishEvent(new PersonalDataAccessed(PersonalDataAccessed.Kind.VIEW_RECORD, actor.userId().value(),
				List.of(view.mentee().value(), view.mentor().value()), "match " + id.value(), List.of()));
		return view;
	}

	/**
	 * A mentee's or a mentor's answer to a proposal, given by themselves — or by a coordinator of
	 * the program on their behalf, naming the side. A decline needs a reason; it returns both to the
	 * pool and the pair is never proposed again.
	 */
	public MatchView answer(Actor actor, MatchId id, long version, Audience onBehalfOf, Decision decision, String reason,
			Locale locale) {
		var match = access.visible(actor, id);
		match.requireVersion(version);
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
			places.release(match.mentor());
			exclude(match.mentee(), match.mentor(), Exclusion.DECLINED_BEFORE, reason, actor);
		}
		return view(matches.saveAndFlush(match), locale);
	}

	private Audience sideOf(Actor actor, Match match, Audience onBehalfOf) {
		if (access.mayCoordinate(actor, match.program())) {
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
		var match = access.visible(actor, id);
		access.requireCoordination(actor, match.program());
		match.requireVersion(version);
		match.recordIntroduction(on, LocalDate.now(clock));
		return view(matches.saveAndFlush(match), locale);
	}

	/** The program withdraws a proposal before the agreement is signed; both return to the pool. */
	public MatchView cancel(Actor actor, MatchId id, long version, Locale locale) {
		var match = access.visible(actor, id);
		access.requireCoordination(actor, match.program());
		match.requireVersion(version);
		match.cancel(clock.instant());
		places.release(match.mentor());
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
		places.release(match.mentor());
		if (endedBadly) {
			exclude(match.mentee(), match.mentor(), Exclusion.ENDED_BADLY, null, Actor.system());
		}
	}

	/** Records a conflict of interest: the pair will never be proposed. */
	public void declareConflict(Actor actor, ProgramId program, ParticipantId mentee, ParticipantId mentor, String note) {
		access.requireCoordination(actor, program);
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
		// a pair excluded is excluded in every program the two of them are in
		pools.changed(null);
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
		var recorders = new ArrayList<UserId>();
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

	static MatchSummary summary(Match match, String programName, Map<ParticipantId, String> names) {
		return new MatchSummary(match.id(), match.program(), programName, match.mentee(),
				names.getOrDefault(match.mentee(), ""), match.mentor(), names.getOrDefault(match.mentor(), ""),
				match.score(), match.status(), match.proposedAt());
	}
}
