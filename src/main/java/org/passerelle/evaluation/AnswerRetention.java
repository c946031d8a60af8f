package org.passerelle.evaluation;

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
 * Anonymises what people answered once its program's period has run from the answer (ADR 0025): a
 * questionnaire's written answers and an employment record's employer go; the choices, numbers,
 * dates and employment statuses the evaluation counts stay.
 */
@Component
class AnswerRetention implements RecordRetention {

	private final JdbcClient jdbc;

	private final Clock clock;

	AnswerRetention(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public RecordKind kind() {
		return RecordKind.EVALUATION_ANSWER;
	}

	@Override
	public boolean destroys() {
		return false;
	}

	@Override
	public List<Due> due(Map<UUID, LocalDate> cutoffs, int limit) {
		var programs = cutoffs.keySet().stream().toList();
		return jdbc.sql("""
				select id, program_id from (
				    select q.id, q.program_id, cast(q.answered_at at time zone :zone as date) as since
				    from questionnaire_request q
				    where q.anonymised_at is null and q.answered_at is not null
				    union all
				    select e.id, e.program_id, e.recorded_on as since
				    from employment_record e
				    where e.anonymised_at is null and e.program_id is not null
				) answer
				join unnest(cast(:programs as uuid[]), cast(:cutoffs as date[])) as c (program, cutoff)
				  on c.program = answer.program_id
				where answer.since <= c.cutoff
				order by answer.since, answer.id
				limit :limit""")
			.param("programs", programs.toArray(UUID[]::new))
			.param("cutoffs", programs.stream().map(cutoffs::get).map(java.sql.Date::valueOf).toArray(java.sql.Date[]::new))
			.param("limit", limit)
			.param("zone", clock.getZone().getId())
			.query((rs, row) -> new Due(rs.getObject("id", UUID.class), rs.getObject("program_id", UUID.class)))
			.list();
	}

	@Override
	public void retire(List<Due> records) {
		var ids = records.stream().map(Due::id).toArray(UUID[]::new);
		var now = java.sql.Timestamp.from(clock.instant());
		jdbc.sql("update questionnaire_answer set text_value = null where request_id = any(:ids) and text_value is not null")
			.param("ids", ids)
			.update();
		jdbc.sql("update questionnaire_request set anonymised_at = :now where id = any(:ids)")
			.param("ids", ids)
			.param("now", now)
			.update();
		jdbc.sql("update employment_record set employer = null, anonymised_at = :now where id = any(:ids)")
			.param("ids", ids)
			.param("now", now)
			.update();
	}
}
