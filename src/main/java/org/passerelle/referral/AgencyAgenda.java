package org.passerelle.referral;

import java.util.List;

/**
 * What a referral agency has to do and to know about its referrals: the drafts and what each
 * one lacks before it can be submitted, the referrals returned to correct and resubmit, and the
 * decisions of the month.
 *
 * @param drafts the drafts, oldest first
 * @param returned the referrals returned to the agency, oldest first
 * @param admittedThisMonth referrals admitted since the first day of this month
 * @param notSelectedThisMonth referrals not selected since the first day of this month
 */
public record AgencyAgenda(List<Draft> drafts, List<ReferralSummary> returned, long admittedThisMonth,
		long notSelectedThisMonth) {

	public AgencyAgenda {
		drafts = List.copyOf(drafts);
		returned = List.copyOf(returned);
	}

	/**
	 * A draft and what it lacks.
	 *
	 * @param missing what the program needs that the draft does not hold yet, in the reader's
	 *        language; empty when it may be submitted
	 */
	public record Draft(ReferralSummary referral, List<String> missing) {
	}
}
