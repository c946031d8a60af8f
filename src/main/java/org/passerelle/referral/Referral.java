package org.passerelle.referral;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import org.passerelle.core.AggregateRoot;
import org.passerelle.core.OrganisationId;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.UserId;
import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;
import org.passerelle.referral.ReferralEvents.ReferralAdmitted;
import org.passerelle.referral.ReferralEvents.ReferralNotSelected;
import org.passerelle.referral.ReferralEvents.ReferralReturned;
import org.passerelle.referral.ReferralEvents.ReferralSubmitted;

/**
 * An agency's referral of a client to a program, and its path: drafted, submitted, returned with
 * reasons and resubmitted, then admitted or not selected. Every change is dated and attributed in
 * its history, which is never rewritten.
 */
@Entity
class Referral extends AggregateRoot<Referral> {

	@Id
	private UUID id;

	private UUID programId;

	private UUID agencyId;

	private UUID participantId;

	@Enumerated(EnumType.STRING)
	private ReferralStatus status;

	private boolean consentToShare;

	private Instant consentRecordedAt;

	private String readinessNotes;

	private String returnMessage;

	@Column(updatable = false)
	private Instant createdAt;

	@Column(updatable = false)
	private UUID createdBy;

	private Instant submittedAt;

	private Instant decidedAt;

	@ElementCollection
	@CollectionTable(name = "referral_event", joinColumns = @JoinColumn(name = "referral_id"))
	@OrderColumn(name = "position")
	private List<ReferralEvent> history = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "referral_return_reason", joinColumns = @JoinColumn(name = "referral_id"))
	@OrderColumn(name = "position")
	@Column(name = "reason")
	private List<String> returnReasons = new ArrayList<>();

	protected Referral() {
	}

	private Referral(ProgramId program, OrganisationId agency, ParticipantId participant, UserId by, Instant at) {
		this.id = UUID.randomUUID();
		this.programId = program.value();
		this.agencyId = agency.value();
		this.participantId = participant.value();
		this.status = ReferralStatus.DRAFT;
		this.createdAt = at;
		this.createdBy = by.value();
		history.add(new ReferralEvent(at, by.value(), null, ReferralStatus.DRAFT, null));
	}

	static Referral draft(ProgramId program, OrganisationId agency, ParticipantId participant, UserId by, Instant at) {
		return new Referral(program, agency, participant, by, at);
	}

	/** The agency's notes and the client's consent to share their profile with the program. */
	void describe(String notes, boolean consent, Instant at) {
		requireStatus("referral.closed", ReferralStatus.DRAFT, ReferralStatus.RETURNED);
		this.readinessNotes = notes == null || notes.isBlank() ? null : notes.strip();
		if (consent && !this.consentToShare) {
			this.consentRecordedAt = at;
		}
		if (!consent) {
			this.consentRecordedAt = null;
		}
		this.consentToShare = consent;
	}

	/**
	 * Submits the referral, or resubmits it once completed after a return.
	 * @throws IncompleteReferralException naming what is missing; the referral stays as it was
	 */
	void submit(List<String> missing, UserId by, Instant at) {
		requireStatus("referral.notOpen", ReferralStatus.DRAFT, ReferralStatus.RETURNED);
		if (!missing.isEmpty()) {
			throw new IncompleteReferralException(missing);
		}
		var note = status == ReferralStatus.RETURNED ? "resubmitted" : null;
		move(ReferralStatus.SUBMITTED, by, at, note);
		submittedAt = at;
		registerEvent(new ReferralSubmitted(id(), program(), agency(), participant()));
	}

	void admit(UserId by, Instant at, String note) {
		requireStatus("referral.notSubmitted", ReferralStatus.SUBMITTED);
		move(ReferralStatus.ADMITTED, by, at, note);
		decidedAt = at;
		registerEvent(new ReferralAdmitted(id(), program(), agency(), participant()));
	}

	/** Returns the referral to the agency with the criteria it failed and a message. */
	void returnToAgency(List<String> reasons, String message, UserId by, Instant at) {
		requireStatus("referral.notSubmitted", ReferralStatus.SUBMITTED);
		if (message == null || message.isBlank()) {
			throw new RuleViolationException("referral.return.messageRequired");
		}
		returnReasons.clear();
		returnReasons.addAll(reasons);
		returnMessage = message.strip();
		move(ReferralStatus.RETURNED, by, at, returnMessage);
		decidedAt = at;
		registerEvent(new ReferralReturned(id(), program(), agency(), participant(), returnMessage));
	}

	void notSelect(UserId by, Instant at, String note) {
		requireStatus("referral.notSubmitted", ReferralStatus.SUBMITTED, ReferralStatus.RETURNED);
		move(ReferralStatus.NOT_SELECTED, by, at, note);
		decidedAt = at;
		registerEvent(new ReferralNotSelected(id(), program(), agency(), participant()));
	}

	void withdraw(UserId by, Instant at) {
		requireStatus("referral.closed", ReferralStatus.DRAFT, ReferralStatus.SUBMITTED, ReferralStatus.RETURNED);
		move(ReferralStatus.WITHDRAWN, by, at, null);
	}

	/**
	 * Forgets what the agency and the program wrote about the person, at the end of the retention
	 * of an application not selected; the dated states remain, for the counts per agency.
	 */
	void forgetPersonalData(boolean personDestroyed) {
		readinessNotes = null;
		returnMessage = null;
		history.replaceAll(event -> new ReferralEvent(event.at(), event.by(), event.fromStatus(), event.toStatus(), null));
		if (personDestroyed) {
			participantId = null;
		}
	}

	private void move(ReferralStatus to, UserId by, Instant at, String note) {
		history.add(new ReferralEvent(at, by.value(), status, to, note));
		status = to;
	}

	private void requireStatus(String messageCode, ReferralStatus... allowed) {
		for (var candidate : allowed) {
			if (status == candidate) {
				return;
			}
		}
		throw new RuleViolationException(messageCode);
	}

	ReferralId id() {
		return new ReferralId(id);
	}

	@Override
	protected Object identifier() {
		return id;
	}

	ProgramId program() {
		return new ProgramId(programId);
	}

	OrganisationId agency() {
		return new OrganisationId(agencyId);
	}

	/** The person referred, unless their data was destroyed at the end of its retention. */
	ParticipantId participant() {
		return participantId == null ? null : new ParticipantId(participantId);
	}

	ReferralStatus status() {
		return status;
	}

	boolean consentToShare() {
		return consentToShare;
	}

	Instant consentRecordedAt() {
		return consentRecordedAt;
	}

	String readinessNotes() {
		return readinessNotes;
	}

	String returnMessage() {
		return returnMessage;
	}

	List<String> returnReasons() {
		return List.copyOf(returnReasons);
	}

	List<ReferralEvent> history() {
		return List.copyOf(history);
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant submittedAt() {
		return submittedAt;
	}
}
