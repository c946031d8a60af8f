package org.passerelle.matching;

import org.passerelle.program.ProgramId;

/**
 * A program's proposals that wait for someone.
 *
 * @param unanswered proposed, and not yet accepted by both
 * @param toIntroduce accepted by both, the introduction meeting not yet recorded
 * @param toSign introduced, the agreement not yet signed by both
 */
public record ProposalCount(ProgramId program, long unanswered, long toIntroduce, long toSign) {
}
