package org.passerelle.evaluation;

import java.sql.Date;

import org.passerelle.matching.MatchEvents.MentorshipAgreed;
import org.passerelle.mentorship.MentorshipEvents.MentorshipClosed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the pairs whose moments the questionnaires follow — when each started and closed — as the
 * matching and mentorship modules tell them, so that the daily job reads no other module's tables.
 */
@Component
class QuestionnairePairings {

	private final JdbcClient jdbc;

	QuestionnairePairings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(MentorshipAgreed event) {
		jdbc.sql("""
				insert into questionnaire_pairing (match_id, program_id, mentee_id, mentor_id, started_on)
				values (?, ?, ?, ?, ?) on conflict (match_id) do nothing""")
			.params(event.match().value(), event.program().value(), event.mentee().value(), event.mentor().value(),
					Date.valueOf(event.agreedOn()))
			.update();
	}

	@ApplicationModuleListener
	void on(MentorshipClosed event) {
		jdbc.sql("""
				update questionnaire_pairing set closed_on = ?
				where program_id = ? and mentee_id = ? and mentor_id = ? and closed_on is null""")
			.params(Date.valueOf(event.closedOn()), event.program().value(), event.mentee().value(),
					event.mentor().value())
			.update();
	}
}
