package org.passerelle.evaluation;

/**
 * The employment of a program's mentees closed in a period, at one stage: at closure, or some
 * months after. Plain counts, nothing withheld — the reports withhold small counts.
 *
 * @param monthsAfterClosure {@code null} at closure, else the months of the follow-up
 * @param completed mentorships closed in the period (each a mentee who completed), the same at every stage
 * @param due at closure, the closures; after, the follow-ups whose date has come
 * @param reached at closure, those whose employment is known; after, the follow-ups answered
 * @param notReachable follow-ups not sent because the person may not be e-mailed (0 at closure)
 * @param employed among those reached, employed in any job
 * @param employedInField among those reached, employed in their field (a part of {@code employed})
 */
public record OutcomeStage(Integer monthsAfterClosure, long completed, long due, long reached, long notReachable,
		long employed, long employedInField) {

	public boolean atClosure() {
		return monthsAfterClosure == null;
	}
}
