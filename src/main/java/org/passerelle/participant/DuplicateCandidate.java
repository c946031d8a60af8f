package org.passerelle.participant;

import java.time.LocalDate;

/**
 * An existing participant who may be the same person as one being entered: same e-mail, or same
 * name and birth date.
 */
public record DuplicateCandidate(ParticipantId id, String firstName, String lastName, String email,
		LocalDate birthDate) {

	/**
	 * The candidate as someone who entered {@code details} may see them: the name, and the e-mail
	 * address and birth date only where they are the ones entered.
	 */
	public DuplicateCandidate shownFor(ParticipantDetails details) {
		var sameEmail = email != null && details.email() != null && email.equalsIgnoreCase(details.email().strip());
		var sameBirth = birthDate != null && birthDate.equals(details.birthDate());
		return new DuplicateCandidate(id, firstName, lastName, sameEmail ? email : null, sameBirth ? birthDate : null);
	}
}
