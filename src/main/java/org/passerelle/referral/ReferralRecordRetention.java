package org.passerelle.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.passerelle.core.RecordKind;
import org.passerelle.core.RecordRetention;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The retention of referrals not admitted and of referrals' documents (ADR 0025). A referral
 * returned, withdrawn or not selected is anonymised once its program's period has run from its last
 * change: its dated states, program and agency stay for the counts per agency; the agency's notes,
 * the messages, the documents and the link to the person go. A referral's documents go on their own
 * period from the referral's decision, whatever the decision. Days are the installation's (its
 * clock's zone), not the database session's: a change late in the evening counts on its own day.
 */
class ReferralRecordRetention {

	private static final String LAST_CHANGE = "(select max(e.at) from referral_event e where e.referral_id = r.id)";

	private static List<RecordRetention.Due> due(JdbcClient jdbc, Clock clock, String where, Map<UUID, LocalDate> cutoffs,
			int limit) {
		var programs = cutoffs.keySet().stream().toList();
		return jdbc.sql("""
				select r.id, r.program_id
				from referral r
				join unnest(cast(:programs as uuid[]), cast(:cutoffs as date[])) as c (program_id, cutoff)
				  on c.program_id = r.program_id
				where %s
				order by r.created_at, r.id
				limit :limit""".formatted(where))
			.param("programs", programs.toArray(UUID[]::new))
			.param("cutoffs", programs.stream().map(cutoffs::get).map(java.sql.Date::valueOf).toArray(java.sql.Date[]::new))
			.param("limit", limit)
			.param("zone", clock.getZone().getId())
			.query((rs, row) -> new RecordRetention.Due(rs.getObject("id", UUID.class), rs.getObject("program_id", UUID.class)))
			.list();
	}

	private static UUID[] ids(List<RecordRetention.Due> records) {
		return records.stream().map(RecordRetention.Due::id).toArray(UUID[]::new);
	}

	/** Referrals returned, withdrawn or not selected, anonymised. */
	@Component
	static class NotAdmitted implements RecordRetention {

		private final JdbcClient jdbc;

		private final Clock clock;

		NotAdmitted(JdbcClient jdbc, Clock clock) {
			this.jdbc = jdbc;
			this.clock = clock;
		}

		@Override
		public RecordKind kind() {
			return RecordKind.REFERRAL_NOT_ADMITTED;
		}

		@Override
		public boolean destroys() {
			return false;
		}

		@Override
		public List<Due> due(Map<UUID, LocalDate> cutoffs, int limit) {
			return ReferralRecordRetention.due(jdbc, clock, """
					r.anonymised_at is null and r.status in ('RETURNED', 'WITHDRAWN', 'NOT_SELECTED')
					  and cast(%s at time zone :zone as date) <= c.cutoff""".formatted(LAST_CHANGE), cutoffs, limit);
		}

		@Override
		public void retire(List<Due> records) {
			var ids = ids(records);
			jdbc.sql("delete from referral_document where referral_id = any(:ids)").param("ids", ids).update();
			jdbc.sql("update referral_event set note = null where referral_id = any(:ids)").param("ids", ids).update();
			jdbc.sql("""
					update referral set version = version + 1, readiness_notes = null, return_message = null,
					    participant_id = null, anonymised_at = :now
					where id = any(:ids)""")
				.param("ids", ids)
				.param("now", java.sql.Timestamp.from(clock.instant()))
				.update();
		}
	}

	/** The files of decided referrals, destroyed. */
	@Component
	static class Documents implements RecordRetention {

		private final JdbcClient jdbc;

		private final Clock clock;

		Documents(JdbcClient jdbc, Clock clock) {
			this.jdbc = jdbc;
			this.clock = clock;
		}

		@Override
		public RecordKind kind() {
			return RecordKind.DOCUMENT;
		}

		@Override
		public boolean destroys() {
			return true;
		}

		@Override
		public List<Due> due(Map<UUID, LocalDate> cutoffs, int limit) {
			var programs = cutoffs.keySet().stream().toList();
			return jdbc.sql("""
					select d.id, r.program_id
					from referral_document d
					join referral r on r.id = d.referral_id
					join unnest(cast(:programs as uuid[]), cast(:cutoffs as date[])) as c (program_id, cutoff)
					  on c.program_id = r.program_id
					where r.status in ('ADMITTED', 'RETURNED', 'WITHDRAWN', 'NOT_SELECTED')
					  and cast(coalesce(r.decided_at, %s) at time zone :zone as date) <= c.cutoff
					order by d.uploaded_at, d.id
					limit :limit""".formatted(LAST_CHANGE))
				.param("programs", programs.toArray(UUID[]::new))
				.param("cutoffs", programs.stream().map(cutoffs::get).map(java.sql.Date::valueOf).toArray(java.sql.Date[]::new))
				.param("limit", limit)
				.param("zone", clock.getZone().getId())
				.query((rs, row) -> new Due(rs.getObject("id", UUID.class), rs.getObject("program_id", UUID.class)))
				.list();
		}

		@Override
		public void retire(List<Due> records) {
			jdbc.sql("delete from referral_document where id = any(:ids)").param("ids", ids(records)).update();
		}
	}
}
