package org.passerelle.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;

/**
 * A newcomer's growing network (R-MAT-6): the connectors met, the contacts each referred them to,
 * and what came of every contact.
 */
public record Network(ParticipantId newcomer, String newcomerName, List<Introduction> introductions) {

	public long contacts() {
		return introductions.stream().mapToLong(introduction -> introduction.contacts().size()).sum();
	}

	/** Contacts with at least one follow-up of this outcome. */
	public long reached(FollowUpOutcome outcome) {
		return introductions.stream()
			.flatMap(introduction -> introduction.contacts().stream())
			.filter(contact -> contact.followUps().stream().anyMatch(followUp -> followUp.outcome() == outcome))
			.count();
	}

	/**
	 * One meeting with a connector.
	 *
	 * @param complete whether the connector referred the newcomer to as many contacts as the program asks
	 */
	public record Introduction(UUID id, ProgramId program, String programName, ParticipantId connector,
			String connectorName, LocalDate metOn, Integer minutes, String notes, int minimumContacts,
			List<Contact> contacts) {

		public boolean complete() {
			return contacts.size() >= minimumContacts;
		}
	}

	/** A contact the newcomer was referred to, and the follow-ups recorded, oldest first. */
	public record Contact(UUID id, String name, String organisation, String occupation, String email,
			List<FollowUp> followUps) {
	}

	/** What the newcomer did or got from a contact, and when. */
	public record FollowUp(LocalDate on, FollowUpOutcome outcome, String notes, Instant recordedAt) {
	}
}
