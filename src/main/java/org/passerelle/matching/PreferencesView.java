package org.passerelle.matching;

import java.util.List;

import org.passerelle.participant.ParticipantId;

/**
 * A person's answers to the matching questionnaire (1 to 5 for each statement, empty when not
 * answered) and whether they want a partner of the same cultural background.
 */
public record PreferencesView(ParticipantId participant, List<Integer> personality, boolean wantsCulturalMatch) {

	/** The statements of the questionnaire, by message key. */
	public static final List<String> STATEMENTS = List.of("planning", "talking", "feedback", "newPeople", "goals",
			"inPerson");
}
