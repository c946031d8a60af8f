package org.passerelle.mentorship;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.UserId;
import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;

/**
 * A completion certificate (R-MEN-8), as it was printed: the names and numbers stay what they
 * said on the day it was issued. Revoked with a reason, never deleted, so that its code still
 * answers "revoked".
 */
@Entity
class Certificate {

	@Id
	private UUID id;

	@Version
	private Long version;

	private String code;

	private UUID mentorshipId;

	private UUID participantId;

	private UUID programId;

	private String personName;

	private String programName;

	private String organisationName;

	@Enumerated(EnumType.STRING)
	private CompletionBasis basis;

	private BigDecimal hours;

	private int weeks;

	private LocalDate startedOn;

	private LocalDate completedOn;

	private LocalDate issuedOn;

	private UUID issuedBy;

	private Instant revokedAt;

	private UUID revokedBy;

	private String revokedReason;

	protected Certificate() {
	}

	/** Issues a certificate; {@code by} is null when Passerelle issues it at closure. */
	static Certificate issue(MentorshipId mentorship, ParticipantId participant, ProgramId program, String personName,
			String programName, String organisationName, Completion completion, LocalDate startedOn,
			LocalDate completedOn, LocalDate issuedOn, UserId by) {
		if (!completion.holds()) {
			throw new RuleViolationException("certificate.issue.incomplete");
		}
		var certificate = new Certificate();
		certificate.id = UUID.randomUUID();
		certificate.code = CertificateCode.generate();
		certificate.mentorshipId = mentorship.value();
		certificate.participantId = participant.value();
		certificate.programId = program.value();
		certificate.personName = personName;
		certificate.programName = programName;
		certificate.organisationName = organisationName == null ? "" : organisationName;
		certificate.basis = completion.basis();
		certificate.hours = BigDecimal.valueOf(completion.hoursDone()).setScale(1, RoundingMode.HALF_UP);
		certificate.weeks = (int) completion.weeksDone();
		certificate.startedOn = startedOn;
		certificate.completedOn = completedOn.isBefore(startedOn) ? startedOn : completedOn;
		certificate.issuedOn = issuedOn;
		certificate.issuedBy = by == null ? null : by.value();
		return certificate;
	}

	/** Revokes it, saying why; a revoked certificate stays revoked. */
	void revoke(String reason, UserId by, Instant at) {
		if (revokedAt != null) {
			throw new RuleViolationException("certificate.revoke.already");
		}
		revokedAt = at;
		revokedBy = by.value();
		revokedReason = reason.strip();
	}

	CertificateView view() {
		return new CertificateView(code, new MentorshipId(mentorshipId), new ParticipantId(participantId),
				new ProgramId(programId), personName, programName, organisationName, basis, hours, weeks, startedOn,
				completedOn, issuedOn, issuedBy == null, revokedAt, revokedReason);
	}

	UUID id() {
		return id;
	}

	String code() {
		return code;
	}

	MentorshipId mentorship() {
		return new MentorshipId(mentorshipId);
	}

	boolean revoked() {
		return revokedAt != null;
	}
}
