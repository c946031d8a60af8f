package org.passerelle.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.passerelle.core.AggregateRoot;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.UserId;
import org.passerelle.participant.ParticipantId;

/**
 * A person's request about their personal information, recorded on their behalf with the day it was
 * received; the answer is due {@link #DAYS_TO_ANSWER} days later (Law 25 s. 32), a deadline computed,
 * never typed. Open until answered — granted, granted in part or refused, saying what was changed or
 * given and why not the rest — and then it no longer changes.
 */
@Entity
@Table(name = "data_request")
class DataRequest extends AggregateRoot<DataRequest> {

	/** Law 25 s. 32: the answer is given within 30 days of the day the request was received. */
	static final int DAYS_TO_ANSWER = 30;

	@Id
	private UUID id;

	private UUID participantId;

	@Enumerated(EnumType.STRING)
	private DataRequestKind kind;

	private LocalDate receivedOn;

	@Enumerated(EnumType.STRING)
	private RequestChannel receivedHow;

	private LocalDate deadline;

	private String details;

	private UUID recordedBy;

	private Instant recordedAt;

	private Instant exportedAt;

	private LocalDate answeredOn;

	@Enumerated(EnumType.STRING)
	private RequestOutcome outcome;

	private String response;

	private String refusalReason;

	private UUID answeredBy;

	private Instant answeredAt;

	protected DataRequest() {
	}

	/**
	 * Records a request received on a day up to {@code today}; a rectification says what the person
	 * wants corrected.
	 *
	 * @throws InvalidFieldException naming the field refused
	 */
	static DataRequest record(ParticipantId person, DataRequestKind kind, LocalDate receivedOn, RequestChannel channel,
			String details, LocalDate today, UserId by, Instant at) {
		if (kind == null) {
			throw new InvalidFieldException("kind", "privacy.request.kind.required");
		}
		if (receivedOn == null) {
			throw new InvalidFieldException("receivedOn", "privacy.request.receivedOn.required");
		}
		if (receivedOn.isAfter(today)) {
			throw new InvalidFieldException("receivedOn", "privacy.request.receivedOn.future");
		}
		if (channel == null) {
			throw new InvalidFieldException("receivedHow", "privacy.request.receivedHow.required");
		}
		var asked = blankToNull(details);
		if (kind == DataRequestKind.RECTIFICATION && asked == null) {
			throw new InvalidFieldException("details", "privacy.request.details.rectification");
		}
		var request = new DataRequest();
		request.id = UUID.randomUUID();
		request.participantId = person.value();
		request.kind = kind;
		request.receivedOn = receivedOn;
		request.receivedHow = channel;
		request.deadline = receivedOn.plusDays(DAYS_TO_ANSWER);
		request.details = asked;
		request.recordedBy = by.value();
		request.recordedAt = at;
		return request;
	}

	/**
	 * Refuses to answer with the person's export anything but an access or portability request still
	 * open. The time of the export is then written by {@link DataRequestRepository#exported}, which
	 * leaves the version alone: the answer form read before the download still answers.
	 */
	void requireExportable() {
		requireOpen();
		if (!kind.answeredByExport()) {
			throw new RuleViolationException("privacy.request.export.notAnsweredByExport");
		}
	}

	/**
	 * Answers the request on a day between the day it was received and today: what was changed or
	 * given ({@code response}) unless refused, and why not ({@code refusalReason}) unless granted in
	 * full.
	 *
	 * @throws RuleViolationException when the request is already answered
	 * @throws InvalidFieldException naming the field refused
	 */
	void answer(RequestOutcome outcome, LocalDate answeredOn, String response, String refusalReason, LocalDate today,
			UserId by, Instant at) {
		requireOpen();
		if (outcome == null) {
			throw new InvalidFieldException("outcome", "privacy.request.outcome.required");
		}
		if (answeredOn == null) {
			throw new InvalidFieldException("answeredOn", "privacy.request.answeredOn.required");
		}
		if (answeredOn.isAfter(today)) {
			throw new InvalidFieldException("answeredOn", "privacy.request.answeredOn.future");
		}
		if (answeredOn.isBefore(receivedOn)) {
			throw new InvalidFieldException("answeredOn", "privacy.request.answeredOn.beforeReceived");
		}
		var given = blankToNull(response);
		var reason = blankToNull(refusalReason);
		if (outcome != RequestOutcome.REFUSED && given == null) {
			throw new InvalidFieldException("response", kind == DataRequestKind.RECTIFICATION
					? "privacy.request.response.rectification" : "privacy.request.response.required");
		}
		if (outcome != RequestOutcome.GRANTED && reason == null) {
			throw new InvalidFieldException("refusalReason", "privacy.request.refusalReason.required");
		}
		this.outcome = outcome;
		this.answeredOn = answeredOn;
		this.response = given;
		this.refusalReason = outcome == RequestOutcome.GRANTED ? null : reason;
		this.answeredBy = by.value();
		this.answeredAt = at;
	}

	boolean open() {
		return answeredOn == null;
	}

	ParticipantId person() {
		return new ParticipantId(participantId);
	}

	DataRequestKind kind() {
		return kind;
	}

	UserId recordedBy() {
		return new UserId(recordedBy);
	}

	DataRequestView view(String personName, LocalDate today) {
		return new DataRequestView(new DataRequestId(id), version(), person(), personName, kind, receivedOn, receivedHow,
				deadline, details, new UserId(recordedBy), recordedAt, exportedAt, answeredOn, outcome, response,
				refusalReason, answeredBy == null ? null : new UserId(answeredBy), open() && today.isAfter(deadline),
				!open() && answeredOn.isAfter(deadline));
	}

	private void requireOpen() {
		if (!open()) {
			throw new RuleViolationException("privacy.request.closed");
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	@Override
	protected Object identifier() {
		return id;
	}
}
