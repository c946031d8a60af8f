package org.passerelle.organisation;

/**
 * The part an organisation plays in a mentoring collaboration.
 */
public enum OrganisationType {

	/** Runs programs: recruits, matches and follows mentors and mentees. */
	LEAD_AGENCY,
	/** Immigrant or employment services agency that refers clients. */
	REFERRAL_AGENCY,
	/** Employer whose staff mentor, or that hosts an internal program. */
	EMPLOYER,
	/** Professional or business association that supplies mentors. */
	PROFESSIONAL_ASSOCIATION,
	/** College or university. */
	EDUCATIONAL_INSTITUTION,
	/** Funder or advisory committee, reading aggregate results. */
	FUNDER,
	/** Ethnocultural or faith community group. */
	ETHNOCULTURAL_ASSOCIATION
}
