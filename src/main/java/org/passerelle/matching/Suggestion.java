package org.passerelle.matching;

import java.util.List;

import org.passerelle.participant.ParticipantId;

/**
 * A partner proposed for someone, with the score and why (R-MAT-3).
 *
 * @param room for a mentor, the mentees they still have room for
 */
public record Suggestion(ParticipantId person, String name, double score, List<Contribution> contributions, int room) {
}
