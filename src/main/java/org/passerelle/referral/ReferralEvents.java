package org.passerelle.referral;

import org.passerelle.core.OrganisationId;
import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;

/**
 * What happens to referrals, for the modules that react: notifications, intake.
 */
public final class ReferralEvents {

	private ReferralEvents() {
	}

	/** An agency submitted (or resubmitted) a referral to a program. */
	public record ReferralSubmitted(ReferralId referral, ProgramId program, OrganisationId agency,
			ParticipantId participant) {
	}

	/** A coordinator admitted the person referred. */
	public record ReferralAdmitted(ReferralId referral, ProgramId program, OrganisationId agency,
			ParticipantId participant) {
	}

	/** A coordinator returned the referral to the agency, with the reasons. */
	public record ReferralReturned(ReferralId referral, ProgramId program, OrganisationId agency,
			ParticipantId participant, String message) {
	}

	/** The program did not select the person; the application is kept for the retention period. */
	public record ReferralNotSelected(ReferralId referral, ProgramId program, OrganisationId agency,
			ParticipantId participant) {
	}
}
