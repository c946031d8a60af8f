package org.passerelle.referral;

/**
 * Where a referral stands: drafted by the agency, submitted to the program, returned to the
 * agency with reasons, admitted, not selected, or withdrawn by the agency.
 */
public enum ReferralStatus {
	DRAFT, SUBMITTED, RETURNED, ADMITTED, NOT_SELECTED, WITHDRAWN;

	/** Whether the agency may still complete and (re)submit it. */
	public boolean openToAgency() {
		return this == DRAFT || this == RETURNED;
	}
}
