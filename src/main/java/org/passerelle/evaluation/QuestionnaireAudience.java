package org.passerelle.evaluation;

import org.passerelle.program.Audience;

/**
 * Whom a moment asks: the mentees, the mentors, or both of each pair.
 */
public enum QuestionnaireAudience {
	MENTEES, MENTORS, BOTH;

	public boolean includes(Audience role) {
		return this == BOTH || (role == Audience.MENTEE ? this == MENTEES : this == MENTORS);
	}
}
