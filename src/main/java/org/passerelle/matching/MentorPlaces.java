package org.passerelle.matching;

import org.passerelle.core.RuleViolationException;
import org.passerelle.participant.ParticipantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The places each mentor has for mentees, counted in one row per mentor ({@code mentor_load}):
 * a proposal takes one, a decline, a cancellation or the end of the mentorship gives it back.
 */
@Component
class MentorPlaces {

	private final JdbcClient jdbc;

	MentorPlaces(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes one of the mentor's places, or refuses when none is left. The update holds the
	 * mentor's row until the transaction ends, so that two coordinators confirming at once are
	 * served one after the other and the capacity is never exceeded.
	 */
	void take(ParticipantId mentor, int capacity, String name) {
		jdbc.sql("""
				insert into mentor_load (mentor_id, capacity, load) values (:mentor, :capacity, 0)
				on conflict (mentor_id) do update set capacity = excluded.capacity""")
			.param("mentor", mentor.value())
			.param("capacity", capacity)
			.update();
		var taken = jdbc.sql("update mentor_load set load = load + 1 where mentor_id = ? and load < capacity")
			.param(mentor.value())
			.update();
		if (taken == 0) {
			throw new RuleViolationException("match.mentorFull", name);
		}
	}

	/** Gives one of the mentor's places back. */
	void release(ParticipantId mentor) {
		jdbc.sql("update mentor_load set load = load - 1 where mentor_id = ? and load > 0").param(mentor.value()).update();
	}
}
