package org.passerelle.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Destroys the applications a program did not select once its retention period is over
 * (R-INT-5; six months for the CSCPQ): the participation and the screening notes for that
 * program go, and the whole person goes when nothing else keeps them — no other program they
 * take part in. What the referring agency wrote goes with them (the referral module listens).
 * Only counts remain, in a destruction record per program and day.
 */
@Service
public class ApplicationRetention {

	private static final Logger log = LoggerFactory.getLogger(ApplicationRetention.class);

	private final ParticipantRepository participants;

	private final ProgramManagement programs;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final AccessPolicy policy;

	private final Clock clock;

	ApplicationRetention(ParticipantRepository participants, ProgramManagement programs, JdbcClient jdbc,
			ApplicationEventPublisher events, AccessPolicy policy, Clock clock) {
		this.participants = participants;
		this.programs = programs;
		this.jdbc = jdbc;
		this.events = events;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * The nightly run, on one node only when several run (the lock kept a minute at least, against
	 * a node whose clock is a little late).
	 */
	@Scheduled(cron = "${passerelle.retention.cron:0 30 2 * * *}")
	@SchedulerLock(name = "participant.application-retention", lockAtLeastFor = "PT1M")
	@Transactional
	public void destroyExpiredApplicationsOnSchedule() {
		destroyExpiredApplications();
	}

	/** Destroys what is due; a run that finds nothing due records nothing. */
	@Transactional
	public List<DestructionRecord> destroyExpiredApplications() {
		var today = LocalDate.now(clock);
		var retention = programs.retentionMonths();
		var expired = new LinkedHashMap<ProgramId, List<UUID>>();
		retention.forEach((program, months) -> {
			var due = jdbc.sql("""
					select participant_id from participant_participation
					where program_id = :program and status = 'NOT_SELECTED' and status_since <= :cutoff
					order by participant_id""")
				.param("program", program.value())
				.param("cutoff", today.minusMonths(months))
				.query(UUID.class)
				.list();
			if (!due.isEmpty()) {
				expired.put(program, due);
			}
		});
		var expiredOf = new HashMap<UUID, Set<ProgramId>>();
		expired.forEach((program, people) -> people
			.forEach(person -> expiredOf.computeIfAbsent(person, key -> new java.util.HashSet<>()).add(program)));

		var destroyedPeople = new HashMap<ProgramId, Integer>();
		for (var entry : expiredOf.entrySet()) {
			var participant = participants.findById(entry.getKey()).orElseThrow();
			var due = entry.getValue();
			var nothingElse = participant.participations()
				.stream()
				.allMatch(participation -> participation.status() == ParticipationStatus.NOT_SELECTED
						&& due.contains(new ProgramId(participation.programId())));
			for (var program : due) {
				events.publishEvent(new ParticipantEvents.ApplicationDestroyed(participant.id(), program, nothingElse));
			}
			if (nothingElse) {
				participants.delete(participant);
				due.forEach(program -> destroyedPeople.merge(program, 1, Integer::sum));
			}
			else {
				due.forEach(participant::forgetApplication);
				participants.save(participant);
			}
		}
		participants.flush();

		var records = new ArrayList<DestructionRecord>();
		var names = programNames(Actor.system());
		expired.forEach((program, people) -> {
			var record = new DestructionRecord(UUID.randomUUID(), program, names.getOrDefault(program, ""), today,
					people.size(), destroyedPeople.getOrDefault(program, 0), retention.get(program), clock.instant());
			jdbc.sql("""
					insert into destruction_record (id, program_id, destroyed_on, applications, people, retention_months, run_at)
					values (:id, :program, :on, :applications, :people, :months, :at)""")
				.param("id", record.id())
				.param("program", program.value())
				.param("on", today)
				.param("applications", record.applications())
				.param("people", record.people())
				.param("months", record.retentionMonths())
				.param("at", java.sql.Timestamp.from(record.runAt()))
				.update();
			records.add(record);
			log.info("Destroyed {} application(s) not selected by program {} after {} months ({} people entirely)",
					record.applications(), program, record.retentionMonths(), record.people());
		});
		return records;
	}

	/**
	 * The rule each program sets for the applications it did not select: kept so many months after
	 * the decision, then destroyed — what the privacy notice tells people; no scope.
	 */
	@Transactional(readOnly = true)
	public List<ProgramRetention> schedule() {
		var names = programs.list(Actor.system())
			.stream()
			.collect(Collectors.toMap(program -> program.id(), ProgramSummary::name));
		var schedule = new ArrayList<ProgramRetention>();
		programs.retentionMonths()
			.forEach((program, months) -> schedule.add(new ProgramRetention(program, names.getOrDefault(program, ""), months)));
		return schedule;
	}

	/** How many months a program keeps the applications it did not select. */
	public record ProgramRetention(ProgramId program, String programName, int months) {
	}

	/** Runs the destruction now rather than tonight (administrators). */
	@Transactional
	public List<DestructionRecord> destroyNow(Actor actor) {
		policy.require(actor.is(Role.ADMIN));
		return destroyExpiredApplications();
	}

	/**
	 * The destructions the actor may read, newest first: administrators and funders all of them,
	 * coordinators those of their programs. They hold counts only.
	 */
	@Transactional(readOnly = true)
	public List<DestructionRecord> records(Actor actor) {
		policy.require(actor.is(Role.ADMIN) || actor.is(Role.FUNDER) || actor.is(Role.COORDINATOR));
		var names = programNames(actor.is(Role.COORDINATOR) ? actor : Actor.system());
		return jdbc.sql("""
				select id, program_id, destroyed_on, applications, people, retention_months, run_at
				from destruction_record order by run_at desc, destroyed_on desc""")
			.query((rs, row) -> new DestructionRecord(rs.getObject("id", UUID.class),
					new ProgramId(rs.getObject("program_id", UUID.class)), null,
					rs.getObject("destroyed_on", LocalDate.class), rs.getInt("applications"), rs.getInt("people"),
					rs.getInt("retention_months"), rs.getTimestamp("run_at").toInstant()))
			.list()
			.stream()
			.filter(record -> names.containsKey(record.program()))
			.map(record -> record.named(names.get(record.program())))
			.toList();
	}

	/** Applications not selected and still kept, by program the actor sees: what the next runs will destroy. */
	@Transactional(readOnly = true)
	public Map<ProgramId, Long> keptNotSelected(Actor actor) {
		var visible = programNames(actor).keySet();
		return jdbc.sql("""
				select program_id, count(*) as kept from participant_participation
				where status = 'NOT_SELECTED' group by program_id""")
			.query((rs, row) -> Map.entry(new ProgramId(rs.getObject("program_id", UUID.class)), rs.getLong("kept")))
			.list()
			.stream()
			.filter(entry -> visible.contains(entry.getKey()))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private Map<ProgramId, String> programNames(Actor actor) {
		return programs.list(actor).stream().collect(Collectors.toMap(ProgramSummary::id, ProgramSummary::name));
	}
}
