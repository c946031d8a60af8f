package org.passerelle.participant;

import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;

/**
 * Someone enrolled in a program who has passed every step of its intake, as matching counts them.
 *
 * @param capacity the mentees a mentor said they could follow at once, or null
 * @param affiliated whether the person is affiliated with an organisation (an employer)
 */
public record ReadyToMatch(ProgramId program, ParticipantId participant, Audience role, Integer capacity,
		boolean affiliated) {
}
