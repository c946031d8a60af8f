package org.passerelle.referral;

import java.time.Instant;

/**
 * A referral as a line of a list.
 */
public record ReferralSummary(ReferralId id, String personName, String programName, String agencyName,
		ReferralStatus status, Instant createdAt, Instant submittedAt) {
}
