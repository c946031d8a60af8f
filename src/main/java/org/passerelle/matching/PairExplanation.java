package org.passerelle.matching;

import java.util.List;

import org.passerelle.participant.ParticipantId;

/**
 * One pair's score and why, and the hard rule that forbids it, if any.
 */
public record PairExplanation(ParticipantId mentee, String menteeName, ParticipantId mentor, String mentorName,
		double score, List<Contribution> contributions, Exclusion exclusion) {
}
