package org.passerelle.matching;

/**
 * Why a pair is never proposed, whatever its score (R-MAT-2).
 */
public enum Exclusion {
	/** They share no language the program works in. */
	NO_SHARED_LANGUAGE,
	/** The mentor follows as many mentees as they can. */
	MENTOR_FULL,
	/** The program requires mentors affiliated with a partner organisation. */
	MENTOR_NOT_AFFILIATED,
	/** A conflict of interest was declared between them. */
	CONFLICT,
	/** One of them declined this pair before. */
	DECLINED_BEFORE,
	/** A mentorship between them ended badly. */
	ENDED_BADLY,
	/** One of them has not completed the program's intake. */
	NOT_MATCHABLE,
	/** The mentee already has a mentor or a proposal in this program. */
	ALREADY_MATCHED
}
