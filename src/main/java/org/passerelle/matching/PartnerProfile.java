package org.passerelle.matching;

import java.util.List;

import org.passerelle.participant.ParticipantId;

/**
 * What a mentee and a mentor see of each other before accepting: work, languages, place and
 * goals — never birth date, status in Canada, accommodation needs or contact details.
 */
public record PartnerProfile(ParticipantId id, String name, String occupation, String targetOccupation,
		String industry, List<String> languages, String city, String careerGoals, String employerName,
		List<String> availability) {
}
