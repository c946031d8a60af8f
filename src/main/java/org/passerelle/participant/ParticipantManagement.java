package org.passerelle.participant;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.passerelle.program.IntakeStep;
import org.passerelle.core.DuplicateValueException;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.OrganisationId;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.Scope;
import org.passerelle.identity.UserId;
import org.passerelle.program.Audience;
import org.passerelle.program.Eligibility;
import org.passerelle.program.EligibilityFacts;
import org.passerelle.program.EligibilityQuestions;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramSummary;
import org.passerelle.reference.Classification;
import org.passerelle.reference.ReferenceData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records mentees and mentors — each person once, whatever programs they take part in — with
 * their screening, consent and accommodation needs; finds them for coordinators; merges
 * duplicates; and evaluates them against a program's criteria. Everything is scoped by the
 * {@link AccessPolicy}: coordinators reach the people of their programs, an agency the clients it
 * referred, an employer its affiliated mentors, a person their own record.
 */
@Service
@Transactional
public class ParticipantManagement {

	/**
	 * The steps each enrolled person still misses: one row per participation and step required by
	 * its program for its role and not passed. Its three parameters are the required steps as
	 * parallel arrays (program, role, step), see {@link #requiredSteps}.
	 */
	private static final String MISSING_STEPS = """
			select pp.program_id, pp.participant_id, pp.role, r.step
			from participant_participation pp
			join unnest(?::uuid[], ?::text[], ?::text[]) as r(program_id, role, step)
			  on r.program_id = pp.program_id and r.role = pp.role
			where pp.status = 'ENROLLED'
			  and not exists (select 1 from participant_screening ps
			                  where ps.participant_id = pp.participant_id and ps.kind = r.step and ps.outcome = 'PASSED'
			                    and (ps.program_id is null or ps.program_id = pp.program_id))""";

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private final ParticipantRepository participants;

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	private final ProgramManagement programs;

	private final ReferenceData reference;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ParticipantManagement(ParticipantRepository participants, JdbcClient jdbc, AccessPolicy policy,
			ProgramManagement programs, ReferenceData reference, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.participants = participants;
		this.jdbc = jdbc;
		this.policy = policy;
		this.programs = programs;
		this.reference = reference;
		this.clock = clock;
	}

	/**
	 * Records a person, enrolled at once in a program when one is given (coordinators must give
	 * one of theirs). A person whose name and birth date match someone known is refused with the
	 * candidates unless {@code confirmedDistinct}; an e-mail address already known is always refused.
	 */
	public ParticipantView register(Actor actor, ParticipantDetails details, Enrolment enrolment,
			boolean confirmedDistinct) {
		policy.require(policy.mayManageParticipants(actor));
		check(details);
		checkAttestationsAsked(details);
		if (enrolment == null && !actor.is(Role.ADMIN)) {
			throw new RuleViolationException("participant.enrolment.required");
		}
		if (enrolment != null) {
			requireProgramOf(actor, enrolment.program());
		}
		var duplicates = possibleDuplicates(details, null);
		if (duplicates.stream().anyMatch(candidate -> candidate.email() != null && details.email() != null
				&& candidate.email().equalsIgnoreCase(details.email().strip()))) {
			throw new DuplicateValueException("email", "participant.email.taken");
		}
		if (!duplicates.isEmpty() && !confirmedDistinct) {
			throw new PossibleDuplicateException(duplicates);
		}
		var participant = Participant.register(placed(details), clock.instant());
		if (enrolment != null) {
			participant.enrol(enrolment.program(), enrolment.role(), enrolment.status(), LocalDate.now(clock));
		}
		return view(actor, save(participant));
	}

	/**
	 * Enrols in one of the actor's programs a person already known elsewhere, instead of entering
	 * them twice: the coordinator of a program registers someone, learns from the duplicate check
	 * that the same e-mail address, or the same name and birth date, is known, and enrols that
	 * person. Only a person those details match may be enrolled this way (404 otherwise), so
	 * nothing is learned beyond what the duplicate check shows; once enrolled, the person is one
	 * of the actor's people. Their profile is left as it is.
	 */
	public ParticipantView enrolKnown(Actor actor, ParticipantId known, ParticipantDetails details, Enrolment enrolment) {
		policy.require(policy.mayManageParticipants(actor));
		if (enrolment == null) {
			throw new RuleViolationException("participant.enrolment.required");
		}
		requireProgramOf(actor, enrolment.program());
		if (possibleDuplicates(details, null).stream().noneMatch(candidate -> candidate.id().equals(known))) {
			throw new NotFoundException("participant", known);
		}
		var participant = participants.findById(known.value())
			.orElseThrow(() -> new NotFoundException("participant", known));
		participant.enrol(enrolment.program(), enrolment.role(), enrolment.status(), LocalDate.now(clock));
		return view(actor, save(participant));
	}

	/**
	 * Records a client referred by the actor's agency to a program: the person applies, and the
	 * agency follows them. An e-mail address already known is refused.
	 */
	public ParticipantView registerReferred(Actor agency, ParticipantDetails details, ProgramId program) {
		policy.require(policy.mayRefer(agency));
		check(details);
		checkAnswers(details, programs.questions(program, Audience.MENTEE, Locale.ROOT));
		if (details.email() != null && !details.email().isBlank()
				&& participants.findByEmail(details.email().strip().toLowerCase(Locale.ROOT)).isPresent()) {
			throw new DuplicateValueException("email", "participant.email.taken");
		}
		var participant = Participant.register(placed(details), clock.instant());
		participant.referredBy(agency.organisationId());
		participant.enrol(program, Audience.MENTEE, ParticipationStatus.APPLIED, LocalDate.now(clock));
		return view(agency, save(participant));
	}

	/**
	 * Records an application made on the public form, without signing in (R-REC-1): a person new
	 * to us is registered with the consent they gave; a person whose e-mail address is known is
	 * only enrolled as applying, their profile untouched, since nobody proved they own the
	 * address. Applying twice to the same program changes nothing. Either way the program's
	 * coordinators hear of it, and the applicant is told the same thing, so that the form reveals
	 * nobody's presence.
	 */
	public void apply(ProgramId program, Audience role, ParticipantDetails details) {
		if (programs.openForApplication(program, role).isEmpty()) {
			throw new RuleViolationException("application.closed");
		}
		check(details);
		checkAnswers(details, programs.questions(program, role, Locale.ROOT));
		if (details.email() == null || details.email().isBlank()) {
			throw new InvalidFieldException("email", "application.email.required");
		}
		var known = participants.findByEmail(details.email().strip().toLowerCase(Locale.ROOT));
		var participant = known.orElseGet(() -> Participant.register(placed(details), clock.instant()));
		if (participant.participations()
			.stream()
			.anyMatch(existing -> existing.programId().equals(program.value()) && existing.role() == role)) {
			return;
		}
		participant.enrol(program, role, ParticipationStatus.APPLIED, LocalDate.now(clock));
		if (known.isEmpty()) {
			participant.recordConsent(ConsentPurpose.SHARE_WITH_PROGRAM, true, clock.instant(), null);
		}
		var saved = save(participant);
		events.publishEvent(new ParticipantEvents.ApplicationReceived(saved.id(), program, role, known.isEmpty()));
	}

	/**
	 * Sets where a person stands in a program on behalf of the program itself, as a referral
	 * decision or the retention of applications does.
	 */
	public void settleParticipation(ParticipantId id, ProgramId program, Audience role, ParticipationStatus status) {
		var participant = participants.findById(id.value()).orElseThrow(() -> new NotFoundException("participant", id));
		participant.changeParticipation(program, role, status, LocalDate.now(clock));
		save(participant);
	}

	/** One participant, if the actor may see them; otherwise not found. */
	@Transactional(readOnly = true)
	public ParticipantView find(Actor actor, ParticipantId id) {
		return view(actor, visible(actor, id));
	}

	/** Changes a profile as it was at {@code version}; nothing is overwritten if it changed since. */
	public ParticipantView change(Actor actor, ParticipantId id, long version, ParticipantDetails details) {
		check(details);
		checkAttestationsAsked(details);
		return change(actor, id, version, participant -> {
			if (details.email() != null && !details.email().isBlank()) {
				participants.findByEmail(details.email().strip().toLowerCase(Locale.ROOT))
					.filter(other -> !other.id().equals(id))
					.ifPresent(other -> {
						throw new DuplicateValueException("email", "participant.email.taken");
					});
			}
			participant.describe(placed(details));
		});
	}

	/**
	 * The details with the city and province of their postal code, when they are missing: the
	 * forward sortation area tells where the person lives.
	 */
	private ParticipantDetails placed(ParticipantDetails d) {
		return placed(d, new Lookups());
	}

	private ParticipantDetails placed(ParticipantDetails d, Lookups lookups) {
		if (d.postalCode() == null || d.city() != null && !d.city().isBlank() && d.province() != null) {
			return d;
		}
		var area = lookups.area(d.postalCode());
		if (area.isEmpty()) {
			return d;
		}
		return d.withPlace(d.city() == null || d.city().isBlank() ? area.get().city() : d.city(),
				d.province() == null ? area.get().province() : d.province());
	}

	/** Enrols a known person in another program, without entering them twice. */
	public ParticipantView enrol(Actor actor, ParticipantId id, Enrolment enrolment) {
		requireProgramOf(actor, enrolment.program());
		return change(actor, id, null,
				participant -> participant.enrol(enrolment.program(), enrolment.role(), enrolment.status(),
						LocalDate.now(clock)));
	}

	public ParticipantView changeParticipation(Actor actor, ParticipantId id, ProgramId program, Audience role,
			ParticipationStatus status) {
		requireProgramOf(actor, program);
		return change(actor, id, null,
				participant -> participant.changeParticipation(program, role, status, LocalDate.now(clock)));
	}

	/** Records an intake check; its date cannot be in the future. */
	public ParticipantView recordScreening(Actor actor, ParticipantId id, IntakeStep kind, LocalDate date,
			ScreeningOutcome outcome, String notes, ProgramId program) {
		if (date == null || date.isAfter(LocalDate.now(clock))) {
			throw new InvalidFieldException("date", "participant.screening.future");
		}
		if (program != null) {
			requireProgramOf(actor, program);
		}
		return change(actor, id, null, participant -> participant.recordScreening(kind, date, outcome, notes, program));
	}

	/** Records a person's consent or refusal for one purpose, dated and attributed. */
	public ParticipantView recordConsent(Actor actor, ParticipantId id, ConsentPurpose purpose, boolean granted) {
		return change(actor, id, null,
				participant -> participant.recordConsent(purpose, granted, clock.instant(), actor.userId()));
	}

	/**
	 * Records accommodation needs and requests for extra support: only the coordinators of the
	 * person's programs, and the person, read or change them.
	 */
	public ParticipantView describeAccommodationNeeds(Actor actor, ParticipantId id, String needs) {
		var participant = visible(actor, id);
		if (!mayReadAccommodation(actor, participant)) {
			throw new NotFoundException("accommodation needs", id);
		}
		participant.describeAccommodationNeeds(needs);
		return view(actor, save(participant));
	}

	/** Links a participant to the user account they sign in with (administrators). */
	public ParticipantView linkAccount(Actor actor, ParticipantId id, UserId user) {
		policy.require(actor.is(Role.ADMIN));
		return change(actor, id, null, participant -> participant.linkAccount(user));
	}

	/** Notes which agency referred the person, who then follows them (referral partners). */
	public ParticipantView recordReferringAgency(Actor actor, ParticipantId id, OrganisationId agency) {
		return change(actor, id, null, participant -> participant.referredBy(agency));
	}

	/** People already known who may be the person described: same e-mail, or same name and birth date. */
	@Transactional(readOnly = true)
	public List<DuplicateCandidate> possibleDuplicates(ParticipantDetails details, ParticipantId except) {
		var email = details.email() == null || details.email().isBlank() ? "" : details.email().strip().toLowerCase(Locale.ROOT);
		return jdbc.sql("""
				select id, first_name, last_name, email, birth_date from participant
				where (:email <> '' and email = :email
				   or :birth::date is not null and birth_date = :birth::date
				      and passerelle_fold(first_name || ' ' || last_name) = passerelle_fold(:name))
				  and (:except::uuid is null or id <> :except::uuid)
				order by last_name, first_name""")
			.param("email", email)
			.param("birth", details.birthDate())
			.param("name", details.firstName().strip() + " " + details.lastName().strip())
			.param("except", except == null ? null : except.value())
			.query((rs, row) -> new DuplicateCandidate(new ParticipantId(rs.getObject("id", UUID.class)),
					rs.getString("first_name"), rs.getString("last_name"), rs.getString("email"),
					rs.getObject("birth_date", LocalDate.class)))
			.list();
	}

	/**
	 * Merges a duplicate record into the one kept: its participations, checks, consents and the
	 * values the kept record lacks move over, and the duplicate disappears.
	 */
	public ParticipantView merge(Actor actor, ParticipantId kept, ParticipantId duplicate) {
		policy.require(policy.mayManageParticipants(actor));
		if (kept.equals(duplicate)) {
			throw new RuleViolationException("participant.merge.same");
		}
		var keep = visible(actor, kept);
		var other = visible(actor, duplicate);
		var otherEmail = other.email();
		keep.absorb(other);
		// the duplicate goes first, so that its e-mail address is free for the record kept
		participants.delete(other);
		participants.flush();
		keep.adoptEmail(otherEmail);
		return view(actor, save(keep));
	}

	/** A page of the participants the actor may see that match the search, by name. */
	@Transactional(readOnly = true)
	public ParticipantPage search(Actor actor, ParticipantSearch search, int page, int size) {
		var pageSize = Math.max(1, Math.min(size, 200));
		var pageNumber = Math.max(0, page);
		var params = new HashMap<String, Object>();
		var where = where(actor, search, params);
		long total = jdbc.sql("select count(*) from participant p where " + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", pageSize);
		params.put("offset", (long) pageNumber * pageSize);
		return new ParticipantPage(summaries(where, params, " limit :limit offset :offset"), pageNumber, pageSize, total);
	}

	/** Every participant the actor may see that matches the search, for an export. */
	@Transactional(readOnly = true)
	public List<ParticipantSummary> export(Actor actor, ParticipantSearch search) {
		var params = new HashMap<String, Object>();
		return summaries(where(actor, search, params), params, "");
	}

	/** Where a person stands in a program's intake, and whether they can be matched. */
	@Transactional(readOnly = true)
	public IntakeStatus intake(Actor actor, ParticipantId id, ProgramId program, Audience role) {
		var participant = visible(actor, id);
		var required = programs.find(Actor.system(), program).intakeFor(role);
		return intake(participant, program, role, required);
	}

	/**
	 * The intake of everyone enrolled in a program, those still blocked first: what each one
	 * misses before being matched.
	 */
	@Transactional(readOnly = true)
	public List<IntakeStatus> intakeOverview(Actor actor, ProgramId program) {
		requireProgramOf(actor, program);
		var view = programs.find(Actor.system(), program);
		return participants.enrolledIn(program.value())
			.stream()
			.flatMap(participant -> participant.participations()
				.stream()
				.filter(p -> p.programId().equals(program.value()) && p.status() == ParticipationStatus.ENROLLED)
				.map(p -> intake(participant, program, p.role(), view.intakeFor(p.role()))))
			.sorted(java.util.Comparator.comparing(IntakeStatus::matchable).thenComparing(IntakeStatus::name))
			.toList();
	}

	/**
	 * Everyone enrolled in a program, with their profile and intake, for matching. Matching
	 * decides who may read what of it; this does not scope.
	 */
	@Transactional(readOnly = true)
	public List<PoolMember> enrolled(ProgramId program) {
		var view = programs.find(Actor.system(), program);
		return participants.enrolledIn(program.value())
			.stream()
			.flatMap(participant -> participant.participations()
				.stream()
				.filter(p -> p.programId().equals(program.value()) && p.status() == ParticipationStatus.ENROLLED)
				.map(p -> {
					var intake = intake(participant, program, p.role(), view.intakeFor(p.role()));
					return new PoolMember(participant.id(), p.role(), intake.matchable(), intake.missing(),
							participant.details(), participant.user());
				}))
			.sorted(java.util.Comparator.comparing((PoolMember member) -> member.details().lastName())
				.thenComparing(member -> member.details().firstName())
				.thenComparing(member -> member.id().value()))
			.toList();
	}

	/**
	 * How many people of each program the actor coordinates are blocked at intake, and on which
	 * steps; programs where nobody is blocked are left out. One read for all the programs,
	 * whatever the number of people.
	 */
	@Transactional(readOnly = true)
	public List<IntakeCount> blockedAtIntake(Actor actor) {
		var coordinated = programs.coordinatedBy(actor).stream().map(ProgramSummary::id).toList();
		if (coordinated.isEmpty()) {
			return List.of();
		}
		var required = requiredSteps(coordinated);
		var blocked = new HashMap<ProgramId, Long>();
		var missing = new HashMap<ProgramId, Map<IntakeStep, Long>>();
		jdbc.sql("""
				with missing as (%s)
				select program_id, step, count(distinct participant_id) as people from missing
				group by grouping sets ((program_id, step), (program_id))""".formatted(MISSING_STEPS))
			.params(required.programs(), required.roles(), required.steps())
			.query(rs -> {
				var program = new ProgramId(rs.getObject("program_id", UUID.class));
				var step = rs.getString("step");
				if (step == null) {
					blocked.put(program, rs.getLong("people"));
				}
				else {
					missing.computeIfAbsent(program, key -> new java.util.EnumMap<>(IntakeStep.class))
						.put(IntakeStep.valueOf(step), rs.getLong("people"));
				}
			});
		return coordinated.stream()
			.filter(blocked::containsKey)
			.map(program -> new IntakeCount(program, blocked.get(program), missing.getOrDefault(program, Map.of())))
			.toList();
	}

	/**
	 * Everyone enrolled in these programs who has passed every step of their intake, as matching
	 * counts its pool. One read, whatever the number of people; this does not scope.
	 */
	@Transactional(readOnly = true)
	public List<ReadyToMatch> readyToMatch(java.util.Collection<ProgramId> among) {
		if (among.isEmpty()) {
			return List.of();
		}
		var required = requiredSteps(among);
		return jdbc.sql("""
				with missing as (%s)
				select pp.program_id, pp.participant_id, pp.role, p.capacity,
				       p.employer_organisation_id is not null as affiliated
				from participant_participation pp join participant p on p.id = pp.participant_id
				where pp.status = 'ENROLLED' and pp.program_id = any(?)
				  and not exists (select 1 from missing m where m.program_id = pp.program_id
				                  and m.participant_id = pp.participant_id and m.role = pp.role)""".formatted(MISSING_STEPS))
			.params(required.programs(), required.roles(), required.steps(),
					among.stream().map(ProgramId::value).distinct().toArray(UUID[]::new))
			.query((rs, row) -> new ReadyToMatch(new ProgramId(rs.getObject("program_id", UUID.class)),
					new ParticipantId(rs.getObject("participant_id", UUID.class)), Audience.valueOf(rs.getString("role")),
					rs.getObject("capacity", Integer.class), rs.getBoolean("affiliated")))
			.list();
	}

	/** The intake steps the programs require of each role, as the parallel arrays {@link #MISSING_STEPS} reads. */
	private RequiredSteps requiredSteps(java.util.Collection<ProgramId> among) {
		var ids = new ArrayList<UUID>();
		var roles = new ArrayList<String>();
		var steps = new ArrayList<String>();
		for (var program : new java.util.LinkedHashSet<>(among)) {
			var view = programs.find(Actor.system(), program);
			for (var role : Audience.values()) {
				for (var step : view.intakeFor(role)) {
					ids.add(program.value());
					roles.add(role.name());
					steps.add(step.name());
				}
			}
		}
		return new RequiredSteps(ids.toArray(UUID[]::new), roles.toArray(String[]::new), steps.toArray(String[]::new));
	}

	private record RequiredSteps(UUID[] programs, String[] roles, String[] steps) {
	}

	/** The participant linked to a user account, if any. */
	@Transactional(readOnly = true)
	public java.util.Optional<ParticipantId> participantOf(UserId user) {
		if (user == null) {
			return java.util.Optional.empty();
		}
		return participants.findByUserId(user.value()).map(Participant::id);
	}

	/** The programs a person takes part in, whatever their status; no scope. */
	@Transactional(readOnly = true)
	public List<ProgramId> programsOf(ParticipantId id) {
		return jdbc.sql("select distinct program_id from participant_participation where participant_id = ?")
			.param(id.value())
			.query((rs, row) -> new ProgramId(rs.getObject(1, UUID.class)))
			.list();
	}

	/** The user accounts of participants who have one, for telling them things; no scope. */
	@Transactional(readOnly = true)
	public List<UserId> accounts(java.util.Collection<ParticipantId> ids) {
		return participants.findAllById(ids.stream().map(ParticipantId::value).distinct().toList())
			.stream()
			.map(Participant::user)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList();
	}

	/** The names of participants, for lists that show people another module refers to; no scope. */
	@Transactional(readOnly = true)
	public Map<ParticipantId, String> names(java.util.Collection<ParticipantId> ids) {
		var names = new HashMap<ParticipantId, String>();
		participants.findAllById(ids.stream().map(ParticipantId::value).toList())
			.forEach(participant -> names.put(participant.id(),
					participant.details().firstName() + " " + participant.details().lastName()));
		return names;
	}

	private IntakeStatus intake(Participant participant, ProgramId program, Audience role, List<IntakeStep> required) {
		var passed = new java.util.EnumMap<IntakeStep, LocalDate>(IntakeStep.class);
		for (var record : participant.screenings()) {
			if (record.outcome() == ScreeningOutcome.PASSED
					&& (record.programId() == null || record.programId().equals(program.value()))) {
				passed.merge(record.kind(), record.date(), (a, b) -> a.isAfter(b) ? a : b);
			}
		}
		var missing = required.stream().filter(step -> !passed.containsKey(step)).toList();
		var status = participant.participations()
			.stream()
			.filter(p -> p.programId().equals(program.value()) && p.role() == role)
			.map(Participation::status)
			.findFirst()
			.orElse(null);
		var details = participant.details();
		return new IntakeStatus(participant.id(), details.firstName() + " " + details.lastName(), program, role, status,
				required, passed, missing, status == ParticipationStatus.ENROLLED && missing.isEmpty());
	}

	/** What eligibility criteria look at, as this person's profile tells it. */
	@Transactional(readOnly = true)
	public EligibilityFacts facts(Actor actor, ParticipantId id) {
		var details = visible(actor, id).details();
		var levels = new HashMap<org.passerelle.core.Language, Integer>();
		for (var skill : details.languages()) {
			if (skill.level() != null) {
				org.passerelle.core.Language.fromCode(skill.code()).ifPresent(language -> levels.put(language, skill.level()));
			}
		}
		var organisations = details.employerOrganisation() == null ? null : Set.of(details.employerOrganisation());
		return new EligibilityFacts(details.immigrationStatus(), details.foreignDiploma(), levels, details.province(),
				details.workshopsAttended(), details.yearsExperienceAbroad(), details.yearsExperienceCanada(),
				details.arrivalDate(), details.birthDate(), organisations, details.commitmentMonths(),
				details.attestations());
	}

	/** The person measured against a program's criteria for a role, in the reader's language. */
	@Transactional(readOnly = true)
	public Eligibility evaluate(Actor actor, ParticipantId id, ProgramId program, Audience role, Locale locale) {
		return programs.evaluate(actor, program, role, facts(actor, id), locale);
	}

	private List<ParticipantSummary> summaries(String where, Map<String, Object> params, String paging) {
		var names = programNames();
		return jdbc.sql("""
				select p.id, p.first_name, p.last_name, p.email, p.city, p.occupation_code, p.target_occupation_code,
				  array(select l.language_code from participant_language l where l.participant_id = p.id
				        order by l.position) as languages,
				  array(select pp.program_id::text || '|' || pp.role || '|' || pp.status from participant_participation pp
				        where pp.participant_id = p.id order by pp.since) as participations
				from participant p where %s
				order by passerelle_fold(p.last_name), passerelle_fold(p.first_name), p.id%s""".formatted(where, paging))
			.params(params)
			.query((rs, row) -> summary(rs, names))
			.list();
	}

	private static ParticipantSummary summary(ResultSet rs, Map<UUID, String> names) throws SQLException {
		var participations = strings(rs.getArray("participations"));
		var programs = new ArrayList<String>();
		var roles = new ArrayList<String>();
		var statuses = new ArrayList<String>();
		for (var participation : participations) {
			var parts = participation.split("\\|");
			programs.add(names.getOrDefault(UUID.fromString(parts[0]), parts[0]));
			roles.add(parts[1]);
			statuses.add(parts[2]);
		}
		return new ParticipantSummary(new ParticipantId(rs.getObject("id", UUID.class)), rs.getString("first_name"),
				rs.getString("last_name"), rs.getString("email"), rs.getString("city"), rs.getString("occupation_code"),
				rs.getString("target_occupation_code"), strings(rs.getArray("languages")), programs, roles, statuses);
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	/** The SQL condition of the actor's scope and the search, with its parameters. */
	private String where(Actor actor, ParticipantSearch search, Map<String, Object> params) {
		var conditions = new ArrayList<String>();
		switch (policy.participantsVisibleTo(actor)) {
			case Scope.Everything everything -> conditions.add("true");
			case Scope.Nothing nothing -> conditions.add("false");
			case Scope.OfOrganisation(var organisation) -> {
				conditions.add("(p.referred_by = :scopeOrganisation or p.employer_organisation_id = :scopeOrganisation)");
				params.put("scopeOrganisation", organisation.value());
			}
			case Scope.OfPerson(var person) -> {
				var coordinated = coordinatedPrograms(actor);
				params.put("scopeUser", person.value());
				if (coordinated.isEmpty()) {
					conditions.add("p.user_id = :scopeUser");
				}
				else {
					params.put("scopePrograms", coordinated);
					conditions.add("(p.user_id = :scopeUser or exists (select 1 from participant_participation sp "
							+ "where sp.participant_id = p.id and sp.program_id in (:scopePrograms)))");
				}
			}
		}
		if (search.text() != null && !search.text().isBlank()) {
			params.put("text", search.text().strip());
			conditions.add("(p.search_vector @@ (websearch_to_tsquery('simple', passerelle_fold(:text)) "
					+ "|| websearch_to_tsquery('french', passerelle_fold(:text)) "
					+ "|| websearch_to_tsquery('english', passerelle_fold(:text))) "
					+ "or passerelle_fold(p.first_name || ' ' || p.last_name) like '%' || passerelle_fold(:text) || '%')");
		}
		if (search.programId() != null || search.role() != null || search.status() != null) {
			var participation = new StringBuilder("exists (select 1 from participant_participation fp where fp.participant_id = p.id");
			if (search.programId() != null) {
				participation.append(" and fp.program_id = :program");
				params.put("program", search.programId());
			}
			if (search.role() != null) {
				participation.append(" and fp.role = :role");
				params.put("role", search.role().name());
			}
			if (search.status() != null) {
				participation.append(" and fp.status = :status");
				params.put("status", search.status().name());
			}
			conditions.add(participation.append(")").toString());
		}
		if (search.occupation() != null && !search.occupation().isBlank()) {
			params.put("occupation", search.occupation().strip());
			conditions.add("(p.occupation_code like :occupation || '%' or p.target_occupation_code like :occupation || '%')");
		}
		if (search.language() != null && !search.language().isBlank()) {
			params.put("language", org.passerelle.core.Language.primaryCode(search.language()));
			conditions.add("exists (select 1 from participant_language fl where fl.participant_id = p.id "
					+ "and fl.language_code = :language)");
		}
		if (search.city() != null && !search.city().isBlank()) {
			params.put("city", search.city().strip());
			conditions.add("passerelle_fold(p.city) = passerelle_fold(:city)");
		}
		return String.join(" and ", conditions);
	}

	private ParticipantView change(Actor actor, ParticipantId id, Long version, Consumer<Participant> change) {
		// an agency completes the profiles of the clients it referred (they are its only visible ones)
		policy.require(policy.mayManageParticipants(actor) || policy.mayRefer(actor));
		var participant = visible(actor, id);
		if (version != null) {
			participant.requireVersion(version);
		}
		change.accept(participant);
		return view(actor, save(participant));
	}

	private Participant visible(Actor actor, ParticipantId id) {
		var scope = policy.participantsVisibleTo(actor);
		return policy.requireVisible(participants.findById(id.value()), participant -> switch (scope) {
			case Scope.Everything everything -> true;
			case Scope.Nothing nothing -> false;
			case Scope.OfOrganisation(var organisation) -> organisation.equals(participant.referringOrganisation())
					|| organisation.equals(participant.employerOrganisation());
			case Scope.OfPerson(var person) -> person.equals(participant.user())
					|| inCoordinatedProgram(actor, participant);
		}, "participant", id);
	}

	private boolean inCoordinatedProgram(Actor actor, Participant participant) {
		if (!actor.is(Role.COORDINATOR)) {
			return false;
		}
		var coordinated = coordinatedPrograms(actor);
		return participant.participations().stream().anyMatch(p -> coordinated.contains(p.programId()));
	}

	/** Accommodation needs: the person, and the coordinators of the person's programs. */
	private boolean mayReadAccommodation(Actor actor, Participant participant) {
		return actor.userId().equals(participant.user()) || inCoordinatedProgram(actor, participant);
	}

	private Set<UUID> coordinatedPrograms(Actor actor) {
		if (!actor.is(Role.COORDINATOR)) {
			return Set.of();
		}
		return programs.list(actor).stream().map(program -> program.id().value()).collect(Collectors.toSet());
	}

	/**
	 * The details once checked and placed, as they would be saved. An import collects these
	 * refusals row by row, so they do not doom its transaction.
	 */
	@Transactional(noRollbackFor = InvalidFieldException.class)
	ParticipantDetails validated(ParticipantDetails details) {
		return validator().validated(details);
	}

	/**
	 * Checks details as {@link #validated} does, for many of them: each code, postal area and the
	 * attestations programs ask are looked up once, however many rows name them. Its refusals are
	 * plain exceptions, outside any transaction's proxy, so they never doom the caller's one.
	 */
	Validator validator() {
		return new Validator(new Lookups());
	}

	final class Validator {

		private final Lookups lookups;

		private Validator(Lookups lookups) {
			this.lookups = lookups;
		}

		ParticipantDetails validated(ParticipantDetails details) {
			check(details, lookups);
			checkAttestationsAsked(details, lookups);
			return placed(details, lookups);
		}
	}

	/**
	 * The people these details most likely describe, each found by the same e-mail, else by the
	 * same name and birth date: two queries for the whole list, then their records read whole in
	 * a fixed number of queries per thousand people.
	 */
	Known known(java.util.Collection<ParticipantDetails> details) {
		var emails = details.stream()
			.map(ParticipantDetails::email)
			.filter(email -> email != null && !email.isBlank())
			.map(email -> email.strip().toLowerCase(Locale.ROOT))
			.distinct()
			.toArray(String[]::new);
		var byEmail = new HashMap<String, UUID>();
		if (emails.length > 0) {
			jdbc.sql("select id, email from participant where email = any(?)")
				.param(emails)
				.query((rs, row) -> byEmail.put(rs.getString("email"), rs.getObject("id", UUID.class)))
				.list();
		}
		// a birth date validation would refuse is never anyone's
		var identities = details.stream()
			.filter(d -> d.birthDate() != null && d.birthDate().getYear() >= 1900 && d.birthDate().getYear() <= 9999
					&& d.firstName() != null && d.lastName() != null)
			.filter(d -> d.email() == null || !byEmail.containsKey(d.email().strip().toLowerCase(Locale.ROOT)))
			.map(d -> new Identity(d.birthDate(), d.firstName().strip() + " " + d.lastName().strip()))
			.distinct()
			.toList();
		var byIdentity = new HashMap<Identity, UUID>();
		if (!identities.isEmpty()) {
			jdbc.sql("""
					select k.name, k.birth, p.id
					from unnest(?::text[], ?::date[]) as k(name, birth)
					join participant p on p.birth_date = k.birth
					  and passerelle_fold(p.first_name || ' ' || p.last_name) = passerelle_fold(k.name)
					order by p.last_name, p.first_name""")
				.param(identities.stream().map(Identity::name).toArray(String[]::new))
				.param(identities.stream().map(identity -> identity.birth().toString()).toArray(String[]::new))
				.query((rs, row) -> byIdentity.putIfAbsent(
						new Identity(rs.getObject("birth", LocalDate.class), rs.getString("name")), rs.getObject("id", UUID.class)))
				.list();
		}
		var ids = new HashSet<UUID>(byEmail.values());
		ids.addAll(byIdentity.values());
		var loaded = new HashMap<UUID, Participant>();
		var all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += 1000) {
			participants.whole(all.subList(from, Math.min(all.size(), from + 1000)))
				.forEach(participant -> loaded.put(participant.id().value(), participant));
		}
		return new Known(byEmail, byIdentity, loaded);
	}

	/** People already known, by the e-mail address or the identity (birth date and name) of details. */
	static final class Known {

		private final Map<String, UUID> byEmail;

		private final Map<Identity, UUID> byIdentity;

		private final Map<UUID, Participant> participants;

		private Known(Map<String, UUID> byEmail, Map<Identity, UUID> byIdentity, Map<UUID, Participant> participants) {
			this.byEmail = byEmail;
			this.byIdentity = byIdentity;
			this.participants = participants;
		}

		/** The person the details most likely describe: same e-mail, else same name and birth date. */
		java.util.Optional<Participant> of(ParticipantDetails details) {
			UUID id = null;
			if (details.email() != null && !details.email().isBlank()) {
				id = byEmail.get(details.email().strip().toLowerCase(Locale.ROOT));
			}
			if (id == null && details.birthDate() != null && details.firstName() != null && details.lastName() != null) {
				id = byIdentity.get(new Identity(details.birthDate(),
						details.firstName().strip() + " " + details.lastName().strip()));
			}
			return java.util.Optional.ofNullable(id == null ? null : participants.get(id));
		}
	}

	private record Identity(LocalDate birth, String name) {
	}

	/** The people of the list, read whole, by id. */
	Map<UUID, Participant> loaded(java.util.Collection<UUID> ids) {
		return participants.whole(ids)
			.stream()
			.collect(Collectors.toMap(participant -> participant.id().value(), participant -> participant));
	}

	/**
	 * Keeps an imported person with the others of the import: written at the next
	 * {@link #flushImported()}, never one statement at a time.
	 */
	void saveImported(Participant participant) {
		participants.save(participant);
	}

	/** Writes what the import kept so far, in batches of statements. */
	void flushImported() {
		try {
			participants.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw translated(ex);
		}
	}

	@Transactional(noRollbackFor = NotFoundException.class)
	void requireProgramOf(Actor actor, ProgramId program) {
		if (actor.is(Role.ADMIN)) {
			if (programs.list(actor).stream().noneMatch(summary -> summary.id().equals(program))) {
				throw new NotFoundException("program", program);
			}
			return;
		}
		if (!coordinatedPrograms(actor).contains(program.value())) {
			throw new NotFoundException("program", program);
		}
	}

	private Map<UUID, String> programNames() {
		return programs.list(Actor.system())
			.stream()
			.collect(Collectors.toMap(program -> program.id().value(), ProgramSummary::name));
	}

	private void check(ParticipantDetails details) {
		check(details, new Lookups());
	}

	private void check(ParticipantDetails details, Lookups lookups) {
		var today = LocalDate.now(clock);
		if (details.firstName() == null || details.firstName().isBlank()) {
			throw new InvalidFieldException("firstName", "participant.firstName.required");
		}
		if (details.lastName() == null || details.lastName().isBlank()) {
			throw new InvalidFieldException("lastName", "participant.lastName.required");
		}
		if (details.birthDate() != null
				&& (details.birthDate().isAfter(today.minusYears(10)) || details.birthDate().getYear() < 1900)) {
			throw new InvalidFieldException("birthDate", "participant.birthDate.impossible");
		}
		if (details.arrivalDate() != null && (details.arrivalDate().isAfter(today)
				|| details.birthDate() != null && details.arrivalDate().isBefore(details.birthDate())
				|| details.arrivalDate().getYear() < 1900)) {
			throw new InvalidFieldException("arrivalDate", "participant.arrivalDate.impossible");
		}
		checkCode(lookups, "occupationCode", Classification.NOC_2021, details.occupationCode());
		checkCode(lookups, "targetOccupationCode", Classification.NOC_2021, details.targetOccupationCode());
		checkCode(lookups, "industryCode", Classification.NAICS_2022, details.industryCode());
		var seen = new HashSet<String>();
		for (var skill : details.languages()) {
			if (skill.code() == null || reference.language(skill.code()).isEmpty()) {
				throw new InvalidFieldException("languages", "participant.language.unknown", skill.code());
			}
			if (!seen.add(skill.code())) {
				throw new InvalidFieldException("languages", "participant.language.twice", skill.code());
			}
			if (skill.level() != null && (skill.level() < 1 || skill.level() > 12)) {
				throw new InvalidFieldException("languages", "criterion.invalid.level");
			}
		}
		if (details.countryOfOrigin() != null && !details.countryOfOrigin().isBlank()
				&& !COUNTRIES.contains(details.countryOfOrigin().strip())) {
			throw new InvalidFieldException("countryOfOrigin", "participant.country.unknown", details.countryOfOrigin());
		}
		if (details.capacity() != null && details.capacity() < 1) {
			throw new InvalidFieldException("capacity", "program.rules.capacity");
		}
	}

	/**
	 * Answers given for one program must answer what its criteria ask: an attestation or a
	 * workshop it does not name is refused, rather than kept as if it counted.
	 */
	private static void checkAnswers(ParticipantDetails details, EligibilityQuestions asked) {
		var attestations = asked.attestationKeys();
		for (var key : details.attestations().keySet()) {
			if (!attestations.contains(key)) {
				throw new InvalidFieldException("attestations", "eligibility.attestation.unknown", key);
			}
		}
		var workshops = asked.workshopKeys();
		for (var key : details.workshopsAttended() == null ? Set.<String>of() : details.workshopsAttended()) {
			if (!workshops.contains(key)) {
				throw new InvalidFieldException("workshopsAttended", "eligibility.workshop.unknown", key);
			}
		}
	}

	/** A profile answers only the attestations some program asks. */
	private void checkAttestationsAsked(ParticipantDetails details) {
		checkAttestationsAsked(details, new Lookups());
	}

	private void checkAttestationsAsked(ParticipantDetails details, Lookups lookups) {
		if (details.attestations().isEmpty()) {
			return;
		}
		var asked = lookups.attestationKeys();
		for (var key : details.attestations().keySet()) {
			if (!asked.contains(key)) {
				throw new InvalidFieldException("attestations", "eligibility.attestation.unknown", key);
			}
		}
	}

	private void checkCode(Lookups lookups, String field, Classification classification, String code) {
		if (code != null && !code.isBlank() && !lookups.known(classification, code)) {
			throw new InvalidFieldException(field,
					classification == Classification.NOC_2021 ? "participant.occupation.unknown"
							: "participant.industry.unknown",
					code);
		}
	}

	private Participant save(Participant participant) {
		try {
			return participants.saveAndFlush(participant);
		}
		catch (DataIntegrityViolationException ex) {
			throw translated(ex);
		}
	}

	private static RuntimeException translated(DataIntegrityViolationException ex) {
		var message = String.valueOf(ex.getMostSpecificCause().getMessage());
		if (message.contains("participant_email_unique")) {
			return new DuplicateValueException("email", "participant.email.taken");
		}
		if (message.contains("employer_organisation_id")) {
			return new InvalidFieldException("employerOrganisation", "participant.employer.unknown");
		}
		if (message.contains("user_id")) {
			return new RuleViolationException("participant.account.taken");
		}
		return ex;
	}

	/**
	 * The reference values checking details reads, each asked once: one set of details names a
	 * few, an import of thousands of rows names the same few again and again.
	 */
	private final class Lookups {

		private final Map<String, Boolean> codes = new HashMap<>();

		private final Map<String, java.util.Optional<org.passerelle.reference.PostalArea>> areas = new HashMap<>();

		private Set<String> attestationKeys;

		boolean known(Classification classification, String code) {
			return codes.computeIfAbsent(classification + " " + code.strip(),
					key -> reference.find(classification, code).isPresent());
		}

		java.util.Optional<org.passerelle.reference.PostalArea> area(org.passerelle.core.PostalCode postalCode) {
			return areas.computeIfAbsent(postalCode.forwardSortationArea(), key -> reference.area(postalCode));
		}

		Set<String> attestationKeys() {
			if (attestationKeys == null) {
				attestationKeys = programs.attestationKeys();
			}
			return attestationKeys;
		}
	}

	private ParticipantView view(Actor actor, Participant participant) {
		var names = programNames();
		var participations = participant.participations()
			.stream()
			.map(participation -> new ParticipantView.ParticipationView(participation,
					names.getOrDefault(participation.programId(), "")))
			.toList();
		boolean accommodation = mayReadAccommodation(actor, participant);
		return new ParticipantView(participant.id(), participant.version(), participant.details(), participations,
				participant.screenings(), participant.consents(), accommodation ? participant.accommodationNeeds() : null,
				accommodation, participant.user(), participant.createdAt());
	}

	/** Taking part in a program: which one, as what, and where the person stands. */
	public record Enrolment(ProgramId program, Audience role, ParticipationStatus status) {
	}
}
