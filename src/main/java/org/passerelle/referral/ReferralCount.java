package org.passerelle.referral;

import org.passerelle.core.OrganisationId;

/**
 * Referrals of one agency over a period (R-REF-3, R-RPT-2): how many, and how they stand. What each
 * figure counts is set out in {@link ReferralCounts}, the one place that counts them.
 *
 * @param agencyId the referring organisation
 * @param agency its name
 * @param total referrals first submitted in the period
 * @param admitted of them, those admitted
 * @param returned of them, those returned to the agency at least once, whatever happened after
 * @param pending of them, those still open: awaiting the program's decision or the agency's correction
 * @param notSelected of them, those not selected
 * @param withdrawn of them, those the agency withdrew
 */
public record ReferralCount(OrganisationId agencyId, String agency, long total, long admitted, long returned,
		long pending, long notSelected, long withdrawn) {
}
