package org.passerelle.identity;

/**
 * What a person does in Passerelle; decides, with their organisation, what they may see.
 */
public enum Role {

	/** Lead agency IT or management: everything. */
	ADMIN,
	/** Liaison agent, facilitator: the programs they are assigned to. */
	COORDINATOR,
	/** Immigrant or employment services agency: its own referrals only. */
	REFERRAL_PARTNER,
	/** Volunteer, worker, retired or affiliated employee: their own mentees. */
	MENTOR,
	/** Newcomer being mentored: their own profile, plan and mentor. */
	MENTEE,
	/** Employer or association contact: their affiliated mentors and aggregate results. */
	EMPLOYER,
	/** Funder or advisory committee: aggregate reports only. */
	FUNDER,
	/**
	 * The person in charge of the protection of personal information (Law 25 s. 3.1): the
	 * incident register and the audit trail, no one's record.
	 */
	PRIVACY_OFFICER
}
