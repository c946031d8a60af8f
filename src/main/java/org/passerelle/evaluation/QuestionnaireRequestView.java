package org.passerelle.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.passerelle.evaluation.QuestionnaireView.Version;
import org.passerelle.participant.ParticipantId;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;

/**
 * A questionnaire asked of a person, with the version they answer — the current one until they
 * answered, then the one they answered — and their answers by question.
 *
 * @param recordedBy the name of the coordinator who recorded answers given by phone, or {@code null}
 */
public record QuestionnaireRequestView(QuestionnaireRequestId id, QuestionnaireId questionnaire, ProgramId program,
		String programName, ParticipantId participant, String participantName, Audience role, LocalDate dueOn,
		Status status, boolean byLink, Instant createdAt, Instant remindedAt, Instant answeredAt, Via answeredVia,
		String recordedBy, Version version, Map<UUID, Answer> answers) {

	/** Where a request stands. */
	public enum Status {
		/** Asked, not answered yet. */
		SENT,
		/** Not asked: the person withdrew their consent to surveys, or cannot be reached. */
		NOT_REACHABLE,
		/** Answered. */
		ANSWERED
	}

	/** How the answers came. */
	public enum Via {
		/** The person, signed in. */
		SELF,
		/** The person, from the e-mailed link. */
		LINK,
		/** A coordinator, from what the person said by phone. */
		PHONE
	}

	public boolean open() {
		return status == Status.SENT;
	}

	/**
	 * One answer: a scale, a yes or no (1 or 0) or a number in {@code number}; a text; a date; the
	 * positions of the choices chosen, from 1.
	 */
	public record Answer(BigDecimal number, String text, LocalDate date, List<Integer> choices) {

		public Answer {
			choices = choices == null ? List.of() : List.copyOf(choices);
		}
	}
}
