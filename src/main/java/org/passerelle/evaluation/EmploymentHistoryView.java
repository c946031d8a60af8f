package org.passerelle.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.passerelle.mentorship.EmploymentStatus;
import org.passerelle.participant.ParticipantId;

/**
 * A person's employment history (R-OUT-2), newest first: where they stood with work at each date
 * and what said so, the interviews and training on the way, and their academic admissions.
 *
 * @param mayRecord whether the reader may add to it (coordinators and administrators)
 */
public record EmploymentHistoryView(ParticipantId participant, List<Entry> entries, List<Step> steps,
		List<Admission> admissions, boolean mayRecord) {

	/**
	 * Where the person stood with work on a date; the job's details only for someone employed.
	 *
	 * @param recordedBy the name of who recorded it, or {@code null} for what Passerelle recorded
	 *        itself (the closure) or the person answered from a link
	 * @param channel how a follow-up was answered, {@code null} for other sources
	 */
	public record Entry(UUID id, LocalDate recordedOn, EmploymentStatus status, String employer, String occupationCode,
			LocalDate startedOn, Integer hoursPerWeek, Boolean throughMentorNetwork, EmploymentSource source,
			Integer followUpMonths, AnswerChannel channel, String recordedBy, Instant recordedAt) {
	}

	/** An interview obtained or a training followed. */
	public record Step(UUID id, CareerStepKind kind, LocalDate happenedOn, String description, String recordedBy) {
	}

	/** An admission to an academic program, related to the person's field or not. */
	public record Admission(UUID id, String programName, String institution, boolean related, LocalDate admittedOn,
			String recordedBy) {
	}
}
