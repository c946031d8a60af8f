package org.passerelle.participant;

import java.util.UUID;

import org.passerelle.program.Audience;

/**
 * What a coordinator looks for: words in names and career goals (French or English), a program,
 * a role, a status, an occupation at any level of NOC (its code prefix), a language, a city.
 * Empty criteria match everyone.
 */
public record ParticipantSearch(String text, UUID programId, Audience role, ParticipationStatus status,
		String occupation, String language, String city) {

	public static ParticipantSearch all() {
		return new ParticipantSearch(null, null, null, null, null, null, null);
	}
}
