package org.passerelle.referral;

/**
 * Referrals of one agency over a period (R-REF-3): how many, and how they ended.
 */
public record ReferralCount(String agency, long total, long admitted, long returned, long pending, long notSelected,
		long withdrawn) {
}
