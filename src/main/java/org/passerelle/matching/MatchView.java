package org.passerelle.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.passerelle.participant.ParticipantId;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;

/**
 * A proposed pair as its pages and the API show it: where it stands, each side's answer, the
 * introduction and the signatures, why it was proposed, and what each may see of the other.
 *
 * @param agreementVersion the version of the agreement signed, or null before any signature
 */
public record MatchView(MatchId id, long version, ProgramId program, String programName, ParticipantId mentee,
		ParticipantId mentor, double score, MatchStatus status, Instant proposedAt, Decision menteeDecision,
		Instant menteeDecidedAt, String menteeReason, Decision mentorDecision, Instant mentorDecidedAt,
		String mentorReason, LocalDate introducedOn, Integer agreementVersion, Instant menteeSignedAt,
		Instant mentorSignedAt, List<Contribution> contributions, PartnerProfile menteeProfile,
		PartnerProfile mentorProfile, List<Signature> signatures) {

	/**
	 * How one of the pair signed the agreement: {@code signedOnPaper} is the day they signed on
	 * paper, when a coordinator recorded it on their behalf ({@code recordedBy}), with the scan
	 * of the page if it was kept; null dates mean not signed yet.
	 */
	public record Signature(Audience side, Instant recordedAt, LocalDate signedOnPaper, String recordedBy,
			boolean scanKept) {

		public boolean signed() {
			return recordedAt != null;
		}
	}
}
