package org.passerelle.matching;

import java.util.List;

import org.passerelle.participant.ParticipantId;
import org.passerelle.program.IntakeStep;
import org.passerelle.program.ProgramId;

/**
 * A program's pool at a glance: who waits for a mentor, which mentors have room, and who is not
 * ready yet.
 */
public record PoolOverview(ProgramId program, String programName, org.passerelle.program.ProgramFormat format,
		int minimumScore, List<Person> mentees, List<Person> mentors) {

	public long waiting() {
		return mentees.stream().filter(Person::available).count();
	}

	public long free() {
		return mentors.stream().filter(Person::available).count();
	}

	/**
	 * Someone of the pool.
	 *
	 * @param available a mentee waiting for a mentor, or a mentor with room
	 * @param missing the intake steps still to pass
	 * @param matched a mentee with an open proposal or mentor
	 * @param room for a mentor, the mentees they still have room for
	 */
	public record Person(ParticipantId id, String name, boolean available, List<IntakeStep> missing, boolean matched,
			int room) {
	}
}
