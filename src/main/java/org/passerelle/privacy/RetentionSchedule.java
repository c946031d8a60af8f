package org.passerelle.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.RecordKind;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention schedule (Law 25 s. 23, issue 14): how long each program keeps each kind of record
 * — its own period where one was set, the default of {@link RetentionRule} otherwise — and the
 * record of what the nightly job destroyed. Administrators and the privacy officer read and set it;
 * a period outside the rule's limits is refused with the reason.
 */
@Service
@Transactional(readOnly = true)
public class RetentionSchedule {

	private final JdbcClient jdbc;

	private final ProgramManagement programs;

	private final AccessPolicy policy;

	private final Clock clock;

	RetentionSchedule(JdbcClient jdbc, ProgramManagement programs, AccessPolicy policy, Clock clock) {
		this.jdbc = jdbc;
		this.programs = programs;
		this.policy = policy;
		this.clock = clock;
	}

	/** Whether the actor reads and sets the schedule and reads the destructions. */
	public static boolean mayManage(Actor actor) {
		return actor.is(Role.ADMIN) || actor.is(Role.PRIVACY_OFFICER);
	}

	/** The whole schedule: the installation's kinds first, then each program's, by name. */
	public List<RetentionLine> schedule(Actor actor) {
		policy.require(mayManage(actor));
		var set = setPeriods();
		var lines = new ArrayList<RetentionLine>();
		Arrays.stream(RecordKind.values())
			.filter(kind -> !kind.perProgram())
			.forEach(kind -> lines.add(line(null, null, kind, set)));
		for (var program : programs.list(Actor.system())) {
			Arrays.stream(RecordKind.values())
				.filter(RecordKind::perProgram)
				.forEach(kind -> lines.add(line(program.id(), program.name(), kind, set)));
		}
		return lines;
	}

	/**
	 * Sets how long a program (or, for a kind not per program, the installation: {@code program}
	 * {@code null}) keeps a kind of record.
	 *
	 * @throws InvalidFieldException on {@code months} below the kind's minimum, with its reason
	 *         ({@code privacy.retention.minimum.<KIND>}), or above its maximum
	 *         ({@code privacy.retention.maximum}); on {@code program} when the kind is per program
	 *         and none is given, or the reverse
	 * @throws NotFoundException for a program that does not exist
	 */
	@Transactional
	public RetentionLine set(Actor actor, ProgramId program, RecordKind kind, Integer months) {
		policy.require(mayManage(actor));
		if (kind == null) {
			throw new InvalidFieldException("kind", "privacy.retention.kind.required");
		}
		String name = null;
		if (kind.perProgram()) {
			if (program == null) {
				throw new InvalidFieldException("program", "privacy.retention.program.required");
			}
			name = programs.list(Actor.system())
				.stream()
				.filter(summary -> summary.id().equals(program))
				.map(ProgramSummary::name)
				.findFirst()
				.orElseThrow(() -> new NotFoundException("program", program));
		}
		else if (program != null) {
			throw new InvalidFieldException("program", "privacy.retention.program.installation");
		}
		var rule = RetentionRule.of(kind);
		if (months == null) {
			throw new InvalidFieldException("months", "privacy.retention.months.required");
		}
		if (months < rule.minimumMonths()) {
			throw new InvalidFieldException("months", "privacy.retention.minimum." + kind.name(), rule.minimumMonths());
		}
		if (months > rule.maximumMonths()) {
			throw new InvalidFieldException("months", "privacy.retention.maximum", rule.maximumMonths());
		}
		jdbc.sql("""
				insert into retention_period (id, program_id, kind, months, set_by, set_at)
				values (:id, :program, :kind, :months, :by, :at)
				on conflict (coalesce(program_id, '00000000-0000-0000-0000-000000000000'), kind)
				do update set months = excluded.months, set_by = excluded.set_by, set_at = excluded.set_at""")
			.param("id", UUID.randomUUID())
			.param("program", program == null ? null : program.value())
			.param("kind", kind.name())
			.param("months", months)
			.param("by", actor.userId().value())
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.update();
		return new RetentionLine(program, name, kind, months, rule.defaultMonths(), rule.minimumMonths(),
				rule.maximumMonths());
	}

	/** What the retention job destroyed or anonymised, the most recent first: counts, never who. */
	public List<RetentionDestruction> destructions(Actor actor) {
		policy.require(mayManage(actor));
		var names = programs.list(Actor.system())
			.stream()
			.collect(Collectors.toMap(ProgramSummary::id, ProgramSummary::name));
		return jdbc.sql("""
				select run_id, kind, program_id, anonymised, records, retention_months, run_on, run_at
				from retention_destruction order by run_at desc, kind, program_id limit 1000""")
			.query((rs, row) -> {
				var program = rs.getObject("program_id", UUID.class);
				var id = program == null ? null : new ProgramId(program);
				return new RetentionDestruction(rs.getObject("run_id", UUID.class), RecordKind.valueOf(rs.getString("kind")),
						id, id == null ? null : names.get(id), rs.getBoolean("anonymised"), rs.getInt("records"),
						rs.getInt("retention_months"), rs.getObject("run_on", LocalDate.class),
						rs.getTimestamp("run_at").toInstant());
			})
			.list();
	}

	/**
	 * The months each program keeps a kind (every program, by id), or for a kind not per program the
	 * installation's under the key {@code null}: what the job reckons its cutoffs from.
	 */
	Map<UUID, Integer> periods(RecordKind kind) {
		var set = setPeriods();
		var months = new HashMap<UUID, Integer>();
		if (!kind.perProgram()) {
			months.put(null, set.getOrDefault(new Key(null, kind), RetentionRule.of(kind).defaultMonths()));
			return months;
		}
		programs.list(Actor.system())
			.forEach(program -> months.put(program.id().value(),
					set.getOrDefault(new Key(program.id().value(), kind), RetentionRule.of(kind).defaultMonths())));
		return months;
	}

	private RetentionLine line(ProgramId program, String name, RecordKind kind, Map<Key, Integer> set) {
		var rule = RetentionRule.of(kind);
		var months = set.getOrDefault(new Key(program == null ? null : program.value(), kind), rule.defaultMonths());
		return new RetentionLine(program, name, kind, months, rule.defaultMonths(), rule.minimumMonths(),
				rule.maximumMonths());
	}

	private Map<Key, Integer> setPeriods() {
		var set = new HashMap<Key, Integer>();
		jdbc.sql("select program_id, kind, months from retention_period")
			.query(rs -> {
				set.put(new Key(rs.getObject("program_id", UUID.class), RecordKind.valueOf(rs.getString("kind"))),
						rs.getInt("months"));
			});
		return set;
	}

	private record Key(UUID program, RecordKind kind) {
	}
}
