package org.passerelle.participant;

import java.time.LocalDate;

/**
 * An existing participant who may be the same person as one being entered: same e-mail, or same
 * name and birth date.
 */
public record DuplicateCandidate(ParticipantId id, String firstName, String lastName, String email,
		LocalDate birthDate) {
}
