package org.passerelle.participant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.passerelle.core.Language;
import org.passerelle.identity.Actor;
import org.passerelle.program.Audience;
import org.passerelle.program.Eligibility;
import org.passerelle.program.EligibilityFacts;
import org.passerelle.program.IntakeStep;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where people stand in a program's intake: the steps (screening, interview, documents…) its
 * program requires of their role, those they passed and those they still miss, whether they can
 * be matched, and how they measure against the program's eligibility criteria. Recording a step
 * is {@link ParticipantManagement#recordScreening}; this only reads.
 */
@Service
@Transactional(readOnly = true)
public class IntakeChecklist {

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

	private final ParticipantRepository participants;

	private final ParticipantAccess access;

	private final ProgramManagement programs;

	private final JdbcClient jdbc;

	IntakeChecklist(ParticipantRepository participants, ParticipantAccess access, ProgramManagement programs,
			JdbcClient jdbc) {
		this.participants = participants;
		this.access = access;
		this.programs = programs;
		this.jdbc = jdbc;
	}

	/** Where a person stands in a program's intake, and whether they can be matched. */
	public IntakeStatus intake(Actor actor, ParticipantId id, ProgramId program, Audience role) {
		var participant = access.visible(actor, id);
		var required = programs.find(Actor.system(), program).intakeFor(role);
		return intake(participant, program, role, required);
	}

	/**
	 * The intake of everyone enrolled in a program, those still blocked first: what each one
	 * misses before being matched.
	 */
	public List<IntakeStatus> intakeOverview(Actor actor, ProgramId program) {
		access.requireProgramOf(actor, program);
		var view = programs.find(Actor.system(), program);
		return participants.enrolledIn(program.value())
			.stream()
			.flatMap(participant -> participant.participations()
				.stream()
				.filter(p -> p.programId().equals(program.value()) && p.status() == ParticipationStatus.ENROLLED)
				.map(p -> intake(participant, program, p.role(), view.intakeFor(p.role()))))
			.sorted(Comparator.comparing(IntakeStatus::matchable).thenComparing(IntakeStatus::name))
			.toList();
	}

	/**
	 * Everyone enrolled in a program, with their profile and intake, for matching. Matching
	 * decides who may read what of it; this does not scope.
	 */
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
			.sorted(Comparator.comparing((PoolMember member) -> member.details().lastName())
				.thenComparing(member -> member.details().firstName())
				.thenComparing(member -> member.id().value()))
			.toList();
	}

	/**
	 * How many people of each program the actor coordinates are blocked at intake, and on which
	 * steps; programs where nobody is blocked are left out. One read for all the programs,
	 * whatever the number of people.
	 */
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
					missing.computeIfAbsent(program, key -> new EnumMap<>(IntakeStep.class))
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
	public List<ReadyToMatch> readyToMatch(Collection<ProgramId> among) {
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

	/** What eligibility criteria look at, as this person's profile tells it. */
	public EligibilityFacts facts(Actor actor, ParticipantId id) {
		var details = access.visible(actor, id).details();
		var levels = new HashMap<Language, Integer>();
		for (var skill : details.languages()) {
			if (skill.level() != null) {
				Language.fromCode(skill.code()).ifPresent(language -> levels.put(language, skill.level()));
			}
		}
		var organisations = details.employerOrganisation() == null ? null : Set.of(details.employerOrganisation());
		return new EligibilityFacts(details.immigrationStatus(), details.foreignDiploma(), levels, details.province(),
				details.workshopsAttended(), details.yearsExperienceAbroad(), details.yearsExperienceCanada(),
				details.arrivalDate(), details.birthDate(), organisations, details.commitmentMonths(),
				details.attestations());
	}

	/** The person measured against a program's criteria for a role, in the reader's language. */
	public Eligibility evaluate(Actor actor, ParticipantId id, ProgramId program, Audience role, Locale locale) {
		return programs.evaluate(actor, program, role, facts(actor, id), locale);
	}

	/** The intake steps the programs require of each role, as the parallel arrays {@link #MISSING_STEPS} reads. */
	private RequiredSteps requiredSteps(Collection<ProgramId> among) {
		var ids = new ArrayList<UUID>();
		var roles = new ArrayList<String>();
		var steps = new ArrayList<String>();
		for (var program : new LinkedHashSet<>(among)) {
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

	private static IntakeStatus intake(Participant participant, ProgramId program, Audience role,
			List<IntakeStep> required) {
		var passed = new EnumMap<IntakeStep, LocalDate>(IntakeStep.class);
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
}
