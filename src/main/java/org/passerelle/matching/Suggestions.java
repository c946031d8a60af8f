package org.passerelle.matching;

import java.util.List;
import java.util.Map;

import org.passerelle.participant.ParticipantId;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;

/**
 * The best partners for one person in a program, and how many others a hard rule set aside.
 *
 * @param side the role of the person the suggestions are for
 * @param blocked why the person cannot be matched at all now, or null
 * @param considered how many people of the other side were looked at
 * @param excluded how many of them a hard rule set aside, by rule
 */
public record Suggestions(ProgramId program, ParticipantId subject, String subjectName, Audience side, Exclusion blocked,
		int considered, Map<Exclusion, Integer> excluded, List<Suggestion> best) {
}
