package org.passerelle.participant;

/**
 * How a mentor was recruited (R-REC-1).
 */
public enum RecruitmentSource {
	EXISTING_MENTOR, PROFESSIONAL_ASSOCIATION, EMPLOYER_PARTNER, NEWSPAPER_AD, EMAIL_BLAST, EVENT_KIOSK, VOLUNTEER_SITE, OTHER
}
