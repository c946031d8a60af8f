package org.passerelle.participant;

import java.util.List;

import org.passerelle.identity.UserId;
import org.passerelle.program.Audience;
import org.passerelle.program.IntakeStep;

/**
 * A person enrolled in a program, as matching sees them: their role, their profile, and whether
 * intake is complete.
 *
 * @param missing the intake steps still to pass before matching
 * @param user the account the person signs in with, if any
 */
public record PoolMember(ParticipantId id, Audience role, boolean matchable, List<IntakeStep> missing,
		ParticipantDetails details, UserId user) {
}
