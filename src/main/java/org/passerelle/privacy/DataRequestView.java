package org.passerelle.privacy;

import java.time.Instant;
import java.time.LocalDate;

import org.passerelle.identity.UserId;
import org.passerelle.participant.ParticipantId;

/**
 * A person's request as the privacy officer's list and the API show it.
 *
 * @param deadline the day the answer is due: 30 days after the day received
 * @param details what the person asked, such as the information to correct
 * @param exportedAt when the person's export was last produced to answer it, if ever
 * @param answeredOn the day it was answered; {@code null} while open
 * @param response what was changed or given
 * @param refusalReason why it was refused, in full or in part
 * @param late whether it is still open after its deadline
 * @param answeredLate whether it was answered after its deadline
 */
public record DataRequestView(DataRequestId id, long version, ParticipantId person, String personName,
		DataRequestKind kind, LocalDate receivedOn, RequestChannel receivedHow, LocalDate deadline, String details,
		UserId recordedBy, Instant recordedAt, Instant exportedAt, LocalDate answeredOn, RequestOutcome outcome,
		String response, String refusalReason, UserId answeredBy, boolean late, boolean answeredLate) {

	public boolean open() {
		return answeredOn == null;
	}
}
