package org.passerelle.matching;

import java.time.Instant;

import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;

/**
 * A proposed pair as a line of a list.
 */
public record MatchSummary(MatchId id, ProgramId program, String programName, ParticipantId mentee,
		String menteeName, ParticipantId mentor, String mentorName, double score, MatchStatus status,
		Instant proposedAt) {
}
