package org.passerelle.evaluation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.passerelle.core.InvalidFieldException;
import org.passerelle.identity.Actor;
import org.passerelle.participant.ParticipantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admissions to an academic program — CSCPQ's third way to the certificate — recorded by the
 * coordinator as what they are (program, institution, related to the field or not, date), not as
 * the employment status "studying". They show in the person's {@link EmploymentHistory}.
 */
@Service
@Transactional
public class AcademicAdmissions {

	private final EmploymentHistory history;

	private final JdbcClient jdbc;

	private final Clock clock;

	AcademicAdmissions(EmploymentHistory history, JdbcClient jdbc, Clock clock) {
		this.history = history;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records an admission; the program, the institution, whether related and the date are required. */
	public EmploymentHistoryView record(Actor actor, ParticipantId person, AcademicAdmission admission) {
		history.requireRecorder(actor, person);
		var program = text(admission == null ? null : admission.programName(), "programName");
		var institution = text(admission.institution(), "institution");
		if (admission.related() == null) {
			throw new InvalidFieldException("related", "employment.admission.related.required");
		}
		if (admission.admittedOn() == null || admission.admittedOn().isAfter(LocalDate.now(clock).plusYears(1))
				|| admission.admittedOn().isBefore(EmploymentHistory.EARLIEST)) {
			throw new InvalidFieldException("admittedOn", "employment.admission.date");
		}
		jdbc.sql("""
				insert into academic_admission (id, participant_id, program_name, institution, related, admitted_on,
				                                recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), person.value(), program, institution, admission.related(),
					Date.valueOf(admission.admittedOn()), actor.userId().value(), Timestamp.from(clock.instant()))
			.update();
		return history.of(actor, person);
	}

	private static String text(String value, String field) {
		var text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			throw new InvalidFieldException(field, "employment.admission." + field + ".required");
		}
		if (text.length() > EmploymentHistory.TEXT_MAX) {
			throw new InvalidFieldException(field, "employment.text.tooLong", EmploymentHistory.TEXT_MAX);
		}
		return text;
	}
}
