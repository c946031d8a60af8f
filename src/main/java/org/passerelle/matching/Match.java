package org.passerelle.matching;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.passerelle.core.AggregateRoot;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.UserId;
import org.passerelle.matching.MatchEvents.MatchDeclined;
import org.passerelle.matching.MatchEvents.MatchProposed;
import org.passerelle.matching.MatchEvents.MentorshipAgreed;
import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;

/**
 * A pair proposed by the program, on its way to a mentorship (R-MAT-5): both answer, a decline
 * ends it; once both accept, the coordinator records the introduction meeting; then both sign the
 * program's mentoring agreement, and the mentorship starts.
 */
@Entity
class Match extends AggregateRoot<Match> {

	@Id
	private UUID id;

	private UUID programId;

	private UUID menteeId;

	private UUID mentorId;

	private BigDecimal score;

	@Enumerated(EnumType.STRING)
	private MatchStatus status;

	private UUID runId;

	private Instant proposedAt;

	private UUID proposedBy;

	@Enumerated(EnumType.STRING)
	private Decision menteeDecision;

	private Instant menteeDecidedAt;

	private String menteeReason;

	@Enumerated(EnumType.STRING)
	private Decision mentorDecision;

	private Instant mentorDecidedAt;

	private String mentorReason;

	private LocalDate introducedOn;

	private UUID agreementId;

	private Instant menteeSignedAt;

	private Instant mentorSignedAt;

	private LocalDate menteeSignedOn;

	private UUID menteeSignatureRecordedBy;

	private LocalDate mentorSignedOn;

	private UUID mentorSignatureRecordedBy;

	private Instant remindedAt;

	private Instant closedAt;

	protected Match() {
	}

	static Match propose(ProgramId program, ParticipantId mentee, ParticipantId mentor, double score, UUID run,
			UserId by, Instant at) {
		var match = new Match();
		match.id = UUID.randomUUID();
		match.programId = program.value();
		match.menteeId = mentee.value();
		match.mentorId = mentor.value();
		match.score = BigDecimal.valueOf(Math.round(score * 100), 2);
		match.status = MatchStatus.PROPOSED;
		match.runId = run;
		match.proposedAt = at;
		match.proposedBy = by.value();
		match.registerEvent(new MatchProposed(match.id(), program, mentee, mentor));
		return match;
	}

	/** The mentee's answer; a decline ends the proposal. */
	void answerAsMentee(Decision decision, String reason, Instant at) {
		requireStatus("match.closed", MatchStatus.PROPOSED);
		if (menteeDecision != null) {
			throw new RuleViolationException("match.alreadyAnswered");
		}
		requireReason(decision, reason);
		menteeDecision = decision;
		menteeDecidedAt = at;
		menteeReason = blankToNull(reason);
		afterAnswer(at);
	}

	/** The mentor's answer; a decline ends the proposal. */
	void answerAsMentor(Decision decision, String reason, Instant at) {
		requireStatus("match.closed", MatchStatus.PROPOSED);
		if (mentorDecision != null) {
			throw new RuleViolationException("match.alreadyAnswered");
		}
		requireReason(decision, reason);
		mentorDecision = decision;
		mentorDecidedAt = at;
		mentorReason = blankToNull(reason);
		afterAnswer(at);
	}

	private static void requireReason(Decision decision, String reason) {
		if (decision == Decision.DECLINED && (reason == null || reason.isBlank())) {
			throw new RuleViolationException("match.reason.required");
		}
	}

	private void afterAnswer(Instant at) {
		if (menteeDecision == Decision.DECLINED || mentorDecision == Decision.DECLINED) {
			status = MatchStatus.DECLINED;
			closedAt = at;
			registerEvent(new MatchDeclined(id(), program(), mentee(), mentor()));
		}
		else if (menteeDecision == Decision.ACCEPTED && mentorDecision == Decision.ACCEPTED) {
			status = MatchStatus.ACCEPTED;
		}
	}

	/** The coordinator introduced them; the meeting cannot be in the future. */
	void recordIntroduction(LocalDate on, LocalDate today) {
		requireStatus("match.notAccepted", MatchStatus.ACCEPTED, MatchStatus.INTRODUCED);
		if (on == null || on.isAfter(today)) {
			throw new RuleViolationException("match.introduction.future");
		}
		introducedOn = on;
		status = MatchStatus.INTRODUCED;
	}

	/**
	 * One of them accepts the agreement in force; the mentorship starts when both have, on the
	 * same version.
	 */
	void sign(boolean asMentee, UUID agreement, int agreementVersion, Instant at, LocalDate today) {
		accept(asMentee, agreement, agreementVersion, at, null, null, today);
	}

	/**
	 * A coordinator records the signature of a person who signed the agreement on paper, on the
	 * day they signed: it counts as theirs, marked as recorded on their behalf.
	 */
	void signOnPaper(boolean asMentee, UUID agreement, int agreementVersion, LocalDate signedOn, UserId recordedBy,
			Instant at, LocalDate today) {
		if (signedOn == null) {
			throw new InvalidFieldException("signedOn", "agreement.paper.date.required");
		}
		if (signedOn.isAfter(today)) {
			throw new InvalidFieldException("signedOn", "agreement.paper.date.future");
		}
		if (introducedOn != null && signedOn.isBefore(introducedOn)) {
			throw new InvalidFieldException("signedOn", "agreement.paper.date.beforeIntroduction");
		}
		accept(asMentee, agreement, agreementVersion, at, signedOn, recordedBy.value(), today);
	}

	private void accept(boolean asMentee, UUID agreement, int agreementVersion, Instant at, LocalDate onPaper,
			UUID recordedBy, LocalDate today) {
		requireStatus("match.notIntroduced", MatchStatus.INTRODUCED);
		if (agreementId != null && !agreementId.equals(agreement)) {
			// the text changed since the other signed: both sign the new version
			menteeSignedAt = null;
			mentorSignedAt = null;
			menteeSignedOn = null;
			mentorSignedOn = null;
			menteeSignatureRecordedBy = null;
			mentorSignatureRecordedBy = null;
		}
		if ((asMentee ? menteeSignedAt : mentorSignedAt) != null) {
			throw new RuleViolationException(asMentee ? "agreement.sign.already.mentee" : "agreement.sign.already.mentor");
		}
		agreementId = agreement;
		if (asMentee) {
			menteeSignedAt = at;
			menteeSignedOn = onPaper;
			menteeSignatureRecordedBy = recordedBy;
		}
		else {
			mentorSignedAt = at;
			mentorSignedOn = onPaper;
			mentorSignatureRecordedBy = recordedBy;
		}
		if (menteeSignedAt != null && mentorSignedAt != null) {
			status = MatchStatus.AGREED;
			registerEvent(new MentorshipAgreed(id(), program(), mentee(), mentor(), agreementVersion, agreedOn(today)));
		}
	}

	/**
	 * The day the agreement was made, the day of the second signature: when both signed on paper,
	 * the later of the days they signed, recorded perhaps afterwards — the pair has been meeting
	 * since; otherwise today, when the second one signs here.
	 */
	private LocalDate agreedOn(LocalDate today) {
		if (menteeSignedOn != null && mentorSignedOn != null) {
			return menteeSignedOn.isAfter(mentorSignedOn) ? menteeSignedOn : mentorSignedOn;
		}
		return today;
	}

	/** The program withdraws the proposal before the agreement is signed. */
	void cancel(Instant at) {
		requireStatus("match.closed", MatchStatus.PROPOSED, MatchStatus.ACCEPTED, MatchStatus.INTRODUCED);
		status = MatchStatus.CANCELLED;
		closedAt = at;
		registerEvent(new MatchEvents.MatchCancelled(id(), program(), mentee(), mentor()));
	}

	/** The mentorship that followed the agreement closed. */
	void end(Instant at) {
		requireStatus("match.notAgreed", MatchStatus.AGREED);
		status = MatchStatus.ENDED;
		closedAt = at;
		registerEvent(new MatchEvents.MatchEnded(id(), program(), mentee(), mentor()));
	}

	void reminded(Instant at) {
		remindedAt = at;
	}

	private void requireStatus(String messageCode, MatchStatus... allowed) {
		for (var candidate : allowed) {
			if (status == candidate) {
				return;
			}
		}
		throw new RuleViolationException(messageCode);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	MatchId id() {
		return new MatchId(id);
	}

	@Override
	protected Object identifier() {
		return id;
	}

	ProgramId program() {
		return new ProgramId(programId);
	}

	ParticipantId mentee() {
		return new ParticipantId(menteeId);
	}

	ParticipantId mentor() {
		return new ParticipantId(mentorId);
	}

	double score() {
		return score.doubleValue();
	}

	MatchStatus status() {
		return status;
	}

	Instant proposedAt() {
		return proposedAt;
	}

	Decision menteeDecision() {
		return menteeDecision;
	}

	Instant menteeDecidedAt() {
		return menteeDecidedAt;
	}

	String menteeReason() {
		return menteeReason;
	}

	Decision mentorDecision() {
		return mentorDecision;
	}

	Instant mentorDecidedAt() {
		return mentorDecidedAt;
	}

	String mentorReason() {
		return mentorReason;
	}

	LocalDate introducedOn() {
		return introducedOn;
	}

	UUID agreementId() {
		return agreementId;
	}

	Instant menteeSignedAt() {
		return menteeSignedAt;
	}

	Instant mentorSignedAt() {
		return mentorSignedAt;
	}

	/** The day the mentee signed on paper, or null when they signed themselves. */
	LocalDate menteeSignedOn() {
		return menteeSignedOn;
	}

	LocalDate mentorSignedOn() {
		return mentorSignedOn;
	}

	/** Who recorded the mentee's paper signature. */
	UserId menteeSignatureRecordedBy() {
		return menteeSignatureRecordedBy == null ? null : new UserId(menteeSignatureRecordedBy);
	}

	UserId mentorSignatureRecordedBy() {
		return mentorSignatureRecordedBy == null ? null : new UserId(mentorSignatureRecordedBy);
	}

	Instant remindedAt() {
		return remindedAt;
	}
}
