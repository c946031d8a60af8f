package org.passerelle.matching;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.passerelle.participant.ParticipantId;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;

/**
 * A group mentoring cohort as its page and the API show it.
 *
 * @param sector the NOC major group the cohort's mentees share, with its title
 * @param complete whether it has the mentees and mentors the program requires
 */
public record CohortView(UUID id, long version, ProgramId program, String name, String sector, String status,
		Instant createdAt, List<Member> mentees, List<Member> mentors, boolean complete) {

	public boolean draft() {
		return "DRAFT".equals(status);
	}

	/** Someone of the cohort; for a mentor, their mean score with the cohort's mentees. */
	public record Member(ParticipantId id, String name, Audience role, Double score) {
	}
}
