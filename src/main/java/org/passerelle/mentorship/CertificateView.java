package org.passerelle.mentorship;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;

/**
 * A completion certificate as it was issued (R-MEN-8).
 *
 * @param code the verification code printed on it, such as {@code PSR-7K3M-Q9TX-4FJW}
 * @param automatic whether Passerelle issued it when the mentorship closed, rather than a coordinator
 * @param revokedAt when it was revoked, or null while it is in force
 */
public record CertificateView(String code, MentorshipId mentorship, ParticipantId participant, ProgramId program,
		String personName, String programName, String organisationName, CompletionBasis basis, BigDecimal hours,
		int weeks, LocalDate startedOn, LocalDate completedOn, LocalDate issuedOn, boolean automatic,
		Instant revokedAt, String revokedReason) {

	public boolean valid() {
		return revokedAt == null;
	}
}
