package org.passerelle.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.passerelle.core.OrganisationId;
import org.passerelle.participant.ParticipantId;
import org.passerelle.program.Eligibility;
import org.passerelle.program.ProgramId;

/**
 * A referral as its pages and the API show it, with the eligibility of the person referred and
 * what is still missing to submit it.
 */
public record ReferralView(ReferralId id, long version, ProgramId program, String programName,
		OrganisationId agency, String agencyName, ParticipantId participant, String personName, ReferralStatus status,
		boolean consentToShare, Instant consentRecordedAt, String readinessNotes, String returnMessage,
		List<String> returnReasons, List<ReferralEvent> history, List<Document> documents, Eligibility eligibility,
		List<String> missing, Instant createdAt, Instant submittedAt, boolean decisionOnly) {

	/** A document attached to the referral. */
	public record Document(UUID id, String fileName, String contentType, int size, Instant uploadedAt) {
	}
}
