package org.passerelle.participant;

import java.time.Instant;
import java.util.List;

import org.passerelle.identity.UserId;

/**
 * A participant as their pages and the API show them. {@code consents} holds the answer that holds
 * for each purpose answered, {@code consentHistory} every answer ever recorded, oldest first;
 * {@code accommodationNeeds} is null for anyone who may not see it.
 */
public record ParticipantView(ParticipantId id, long version, ParticipantDetails details,
		List<ParticipationView> participations, List<ScreeningRecord> screenings, List<ConsentRecord> consents,
		List<ConsentRecord> consentHistory, String accommodationNeeds, boolean accommodationVisible, UserId user, Instant createdAt) {

	public String fullName() {
		return details.firstName() + " " + details.lastName();
	}

	/** Every answer recorded, the most recent first. */
	public List<ConsentRecord> consentHistoryNewestFirst() {
		return consentHistory.reversed();
	}

	/** The answer that holds for the purpose, or null when none was recorded. */
	public ConsentRecord consentFor(ConsentPurpose purpose) {
		return consents.stream().filter(consent -> consent.purpose() == purpose).findFirst().orElse(null);
	}

	/** Whether the answer that holds for the purpose is a consent; no answer is no consent. */
	public boolean consentsTo(ConsentPurpose purpose) {
		return consents.stream().anyMatch(consent -> consent.purpose() == purpose && consent.granted());
	}

	/** Whether the person withdrew (or refused) the purpose: an answer holds, and it is no. */
	public boolean withdrew(ConsentPurpose purpose) {
		return consents.stream().anyMatch(consent -> consent.purpose() == purpose && !consent.granted());
	}

	/** A participation with the program's name. */
	public record ParticipationView(Participation participation, String programName) {
	}
}
