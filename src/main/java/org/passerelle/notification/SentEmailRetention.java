package org.passerelle.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.passerelle.core.RecordKind;
import org.passerelle.core.RecordRetention;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Destroys the e-mails sent once the installation's period has run from their sending (ADR 0025):
 * the outbox keeps a copy of each message, to whom and what, only as long as someone may ask whether
 * it left. E-mails never sent stay with the outbox's own retries.
 */
@Component
class SentEmailRetention implements RecordRetention {

	private final JdbcClient jdbc;

	SentEmailRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public RecordKind kind() {
		return RecordKind.EMAIL_SENT;
	}

	@Override
	public boolean destroys() {
		return true;
	}

	@Override
	public List<Due> due(Map<UUID, LocalDate> cutoffs, int limit) {
		var cutoff = cutoffs.get(null);
		if (cutoff == null) {
			return List.of();
		}
		return jdbc.sql("""
				select id from email_outbox where sent_at is not null and sent_at < cast(:after as timestamptz)
				order by sent_at, id limit :limit""")
			.param("after", java.sql.Date.valueOf(cutoff.plusDays(1)))
			.param("limit", limit)
			.query((rs, row) -> new Due(rs.getObject("id", UUID.class), null))
			.list();
	}

	@Override
	public void retire(List<Due> records) {
		jdbc.sql("delete from email_outbox where id = any(:ids)")
			.param("ids", records.stream().map(Due::id).toArray(UUID[]::new))
			.update();
	}
}
