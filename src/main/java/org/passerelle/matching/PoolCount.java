package org.passerelle.matching;

import org.passerelle.program.ProgramId;

/**
 * A program's pool in figures, as {@link PoolOverview} counts it.
 *
 * @param menteesWaiting mentees ready to be matched (intake complete) with no open proposal
 * @param mentorsWithRoom mentors ready to be matched who can take a mentee now
 * @param placesFree the mentees those mentors can still take, together
 */
public record PoolCount(ProgramId program, long menteesWaiting, long mentorsWithRoom, long placesFree) {
}
