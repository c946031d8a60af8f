package org.passerelle.participant;

import java.time.Instant;
import java.util.List;

import org.passerelle.identity.UserId;

/**
 * A participant as their pages and the API show them. {@code accommodationNeeds} is null for
 * anyone who may not see it.
 */
public record ParticipantView(ParticipantId id, long version, ParticipantDetails details,
		List<ParticipationView> participations, List<ScreeningRecord> screenings, List<ConsentRecord> consents,
		String accommodationNeeds, boolean accommodationVisible, UserId user, Instant createdAt) {

	public String fullName() {
		return details.firstName() + " " + details.lastName();
	}

	/** A participation with the program's name. */
	public record ParticipationView(Participation participation, String programName) {
	}
}
