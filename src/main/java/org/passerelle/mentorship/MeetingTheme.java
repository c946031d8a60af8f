package org.passerelle.mentorship;

/**
 * What a meeting was about, as programs of the seeds list it (R-MEN-2).
 */
public enum MeetingTheme {
	CAREER_GOALS, JOB_SEARCH, CV_AND_LETTERS, INTERVIEWS, NETWORKING, WORKPLACE_CULTURE, CREDENTIALS, LANGUAGE,
	SECTOR_KNOWLEDGE, ACTION_PLAN, WELLBEING, OTHER
}
