package org.passerelle.evaluation;

import java.math.BigDecimal;
import java.util.List;

import org.passerelle.program.ProgramId;

/**
 * A program's employment follow-ups for its coordinators, the latest due first, with how many
 * are due, sent, answered and not reachable.
 *
 * @param due follow-ups whose date has come (sent, answered or not reachable)
 * @param sent sent by e-mail and not answered yet
 * @param responseRate answered among those due, from 0 to 1 (four decimals); {@code null} when none is due
 */
public record ProgramFollowUps(ProgramId program, String programName, List<Integer> schedule,
		List<EmploymentFollowUpView> followUps, long due, long sent, long answered, long notReachable,
		BigDecimal responseRate) {
}
