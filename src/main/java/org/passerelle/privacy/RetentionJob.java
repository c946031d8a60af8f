package org.passerelle.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.passerelle.core.RecordKind;
import org.passerelle.core.RecordRetention;
import org.passerelle.core.RecordRetention.Due;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nightly retention job (issue 14, ADR 0025): for each kind of record, what its period leaves
 * due is destroyed or anonymised by the module that owns it ({@link RecordRetention}), the audit
 * entries by this module. It works in batches of {@value #BATCH}, each in a transaction of its own
 * that also adds the batch to the run's count: a run interrupted keeps what it did and counted, and
 * the next one finds only what is left (a record retired is never due again), so nothing is counted
 * twice.
 */
@Service
public class RetentionJob {

	static final int BATCH = 100;

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final List<RecordRetention> owners;

	private final RetentionSchedule schedule;

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	private final Clock clock;

	private final TransactionTemplate transaction;

	RetentionJob(List<RecordRetention> owners, RetentionSchedule schedule, JdbcClient jdbc, AccessPolicy policy,
			Clock clock, PlatformTransactionManager transactions) {
		this.owners = owners;
		this.schedule = schedule;
		this.jdbc = jdbc;
		this.policy = policy;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The nightly run, on one node only when several run. */
	@Scheduled(cron = "${passerelle.retention.schedule-cron:0 0 3 * * *}")
	@SchedulerLock(name = "privacy.retention", lockAtLeastFor = "PT1M")
	public void retireOnSchedule() {
		retire();
	}

	/** Runs now rather than tonight (administrators, the privacy officer); the counts of this run. */
	public List<RetentionDestruction> retireNow(Actor actor) {
		policy.require(RetentionSchedule.mayManage(actor));
		var run = retire();
		return schedule.destructions(actor).stream().filter(destruction -> destruction.run().equals(run)).toList();
	}

	/** Retires everything due today, batch by batch; the run's id. */
	UUID retire() {
		var run = UUID.randomUUID();
		var today = LocalDate.now(clock);
		for (var owner : owners) {
			var months = schedule.periods(owner.kind());
			var cutoffs = new HashMap<UUID, LocalDate>();
			months.forEach((program, period) -> cutoffs.put(program, today.minusMonths(period)));
			List<Due> batch;
			while (!(batch = owner.due(cutoffs, BATCH)).isEmpty()) {
				var records = batch;
				transaction.executeWithoutResult(status -> {
					owner.retire(records);
					var counts = new HashMap<UUID, Integer>();
					records.forEach(record -> counts.merge(record.program(), 1, Integer::sum));
					counts.forEach((program, count) -> count(run, owner.kind(), program, !owner.destroys(), count,
							months.get(program), today));
				});
			}
		}
		retireAuditEntries(run, today);
		return run;
	}

	/**
	 * Deletes the audit entries older than their period, past the trigger that refuses it to the
	 * application: the cutoff is set for this transaction only, and the trigger lets through only the
	 * deletion of entries older than it (V60).
	 */
	private void retireAuditEntries(UUID run, LocalDate today) {
		var months = schedule.periods(RecordKind.AUDIT_ENTRY).get(null);
		var cutoff = today.minusMonths(months).atStartOfDay(clock.getZone()).toInstant();
		int deleted;
		do {
			deleted = transaction.execute(status -> {
				jdbc.sql("select set_config('passerelle.audit_retention_cutoff', :cutoff, true)")
					.param("cutoff", cutoff.toString())
					.query(String.class)
					.single();
				int count = jdbc.sql("""
						delete from audit_entry where id in
						    (select id from audit_entry where at < :cutoff order by at, id limit :limit)""")
					.param("cutoff", java.sql.Timestamp.from(cutoff))
					.param("limit", BATCH)
					.update();
				if (count > 0) {
					count(run, RecordKind.AUDIT_ENTRY, null, false, count, months, today);
				}
				return count;
			});
		}
		while (deleted == BATCH);
	}

	private void count(UUID run, RecordKind kind, UUID program, boolean anonymised, int records, int months,
			LocalDate today) {
		jdbc.sql("""
				insert into retention_destruction
				    (id, run_id, kind, program_id, anonymised, records, retention_months, run_on, run_at)
				values (:id, :run, :kind, :program, :anonymised, :records, :months, :on, :at)
				on conflict (run_id, kind, coalesce(program_id, '00000000-0000-0000-0000-000000000000'))
				do update set records = retention_destruction.records + excluded.records""")
			.param("id", UUID.randomUUID())
			.param("run", run)
			.param("kind", kind.name())
			.param("program", program)
			.param("anonymised", anonymised)
			.param("records", records)
			.param("months", months)
			.param("on", today)
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.update();
		log.info("Retention: {} {} record(s) of program {} {} after {} months", records, kind, program,
				anonymised ? "anonymised" : "destroyed", months);
	}
}
