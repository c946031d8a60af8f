package org.passerelle.participant;

import java.util.List;

/**
 * A participant as a line of a list or an export.
 */
public record ParticipantSummary(ParticipantId id, String firstName, String lastName, String email, String city,
		String occupationCode, String targetOccupationCode, List<String> languages, List<String> programs,
		List<String> roles, List<String> statuses) {
}
