package org.passerelle.mentorship;

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
 * Destroys the notes of a closed mentorship once its program's period has run from the closure
 * (ADR 0025): the meetings' private and shared notes, the check-ins' notes, the notes on changes of
 * state, the difficulties' descriptions and the steps taken about them, the exit interviews' free answers
 * and job titles. The meetings, their minutes and dates, the
 * check-ins' ratings and the closure stay for the reports.
 */
@Component
class NoteRetention implements RecordRetention {

	private final JdbcClient jdbc;

	private final Clock clock;

	NoteRetention(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public RecordKind kind() {
		return RecordKind.NOTE;
	}

	@Override
	public boolean destroys() {
		return true;
	}

	@Override
	public List<Due> due(Map<UUID, LocalDate> cutoffs, int limit) {
		var programs = cutoffs.keySet().stream().toList();
		return jdbc.sql("""
				select s.id, s.program_id
				from mentorship s
				join unnest(cast(:programs as uuid[]), cast(:cutoffs as date[])) as c (program_id, cutoff)
				  on c.program_id = s.program_id
				where s.notes_destroyed_at is null and s.closed_on is not null and s.closed_on <= c.cutoff
				order by s.closed_on, s.id
				limit :limit""")
			.param("programs", programs.toArray(UUID[]::new))
			.param("cutoffs", programs.stream().map(cutoffs::get).map(java.sql.Date::valueOf).toArray(java.sql.Date[]::new))
			.param("limit", limit)
			.query((rs, row) -> new Due(rs.getObject("id", UUID.class), rs.getObject("program_id", UUID.class)))
			.list();
	}

	@Override
	public void retire(List<Due> records) {
		var ids = records.stream().map(Due::id).toArray(UUID[]::new);
		jdbc.sql("delete from meeting_private_note where meeting_id in (select id from meeting where mentorship_id = any(:ids))")
			.param("ids", ids)
			.update();
		jdbc.sql("update meeting set shared_note = null where mentorship_id = any(:ids) and shared_note is not null")
			.param("ids", ids)
			.update();
		jdbc.sql("update check_in set notes = null where mentorship_id = any(:ids) and notes is not null")
			.param("ids", ids)
			.update();
		jdbc.sql("update mentorship_change set note = null where mentorship_id = any(:ids) and note is not null")
			.param("ids", ids)
			.update();
		jdbc.sql("update difficulty set description = '—' where mentorship_id = any(:ids)").param("ids", ids).update();
		jdbc.sql("""
				update difficulty_step set note = null
				where note is not null and difficulty_id in (select id from difficulty where mentorship_id = any(:ids))""")
			.param("ids", ids)
			.update();
		jdbc.sql("""
				update exit_interview set helped_most = null, could_be_better = null, job_title = null
				where mentorship_id = any(:ids)""")
			.param("ids", ids)
			.update();
		jdbc.sql("update mentorship set notes_destroyed_at = :now where id = any(:ids)")
			.param("ids", ids)
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.update();
	}
}
