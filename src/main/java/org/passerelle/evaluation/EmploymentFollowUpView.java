package org.passerelle.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;

/**
 * An employment follow-up as the person and the coordinator see it: whose, which program, how many
 * months after which closure, when due, and where it stands.
 *
 * @param channel how it was answered, {@code null} until it is
 */
public record EmploymentFollowUpView(UUID id, ParticipantId participant, String personName, ProgramId program,
		String programName, int months, LocalDate closedOn, LocalDate dueOn, FollowUpStatus status, Instant sentAt,
		Instant remindedAt, Instant answeredAt, AnswerChannel channel) {

	public boolean answered() {
		return status == FollowUpStatus.ANSWERED;
	}
}
