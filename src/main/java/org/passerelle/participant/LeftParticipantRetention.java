package org.passerelle.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.passerelle.core.RecordKind;
import org.passerelle.core.RecordRetention;
import org.passerelle.identity.UserId;
import org.passerelle.identity.UserManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Anonymises the people who left (ADR 0025): no participation still going, the last one ended before
 * its program's cutoff. What the reports count stays — participations, dates, statuses, gender,
 * education, occupation and industry codes, country of origin, province, the organisations — with
 * the birth and arrival dates kept to their year; names, contacts, address, free texts, screening
 * notes, action plans, invitations and the account's name and e-mail go. People who only applied and
 * were not selected are not here: {@link ApplicationRetention} destroys them whole.
 */
@Component
class LeftParticipantRetention implements RecordRetention {

	private final JdbcClient jdbc;

	private final UserManagement users;

	private final Clock clock;

	LeftParticipantRetention(JdbcClient jdbc, UserManagement users, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public RecordKind kind() {
		return RecordKind.PARTICIPANT_WHO_LEFT;
	}

	@Override
	public boolean destroys() {
		return false;
	}

	@Override
	public List<Due> due(Map<UUID, LocalDate> cutoffs, int limit) {
		var programs = cutoffs.keySet().stream().toList();
		return jdbc.sql("""
				select p.id, last.program_id
				from participant p
				join lateral (select pp.program_id, pp.status_since from participant_participation pp
				              where pp.participant_id = p.id
				              order by pp.status_since desc, pp.program_id limit 1) last on true
				join unnest(cast(:programs as uuid[]), cast(:cutoffs as date[])) as c (program_id, cutoff)
				  on c.program_id = last.program_id
				where p.anonymised_at is null
				  and last.status_since <= c.cutoff
				  and not exists (select 1 from participant_participation a
				                  where a.participant_id = p.id and a.status in ('APPLIED', 'ENROLLED'))
				  and exists (select 1 from participant_participation e
				              where e.participant_id = p.id and e.status in ('COMPLETED', 'WITHDRAWN'))
				order by last.status_since, p.id
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
		jdbc.sql("select user_id from participant where id = any(:ids) and user_id is not null")
			.param("ids", ids)
			.query(UUID.class)
			.list()
			.forEach(user -> users.forget(new UserId(user)));
		jdbc.sql("""
				update participant set
				    version = version + 1,
				    first_name = '—', last_name = '—', email = null, phone = null, postal_code = null, city = null,
				    birth_date = make_date(cast(extract(year from birth_date) as integer), 1, 1),
				    arrival_date = make_date(cast(extract(year from arrival_date) as integer), 1, 1),
				    cultural_background = null, career_goals = null, employer_name = null,
				    accommodation_needs = null, immigration_status = null, user_id = null,
				    anonymised_at = :now
				where id = any(:ids)""")
			.param("ids", ids)
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.update();
		jdbc.sql("update participant_screening set notes = null where participant_id = any(:ids)").param("ids", ids).update();
		jdbc.sql("delete from action_goal where participant_id = any(:ids)").param("ids", ids).update();
		jdbc.sql("delete from participant_invitation where participant_id = any(:ids)").param("ids", ids).update();
	}
}
