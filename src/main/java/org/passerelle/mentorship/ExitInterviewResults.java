package org.passerelle.mentorship;

import java.math.BigDecimal;

/**
 * What the exit interviews of a program's mentorships closed in a period say, for reporting.
 *
 * @param interviews how many interviews were filled, by either of the pair
 * @param averageSatisfaction the average satisfaction (1 to 5, two decimals); null without interviews
 * @param goalsReachedShare the share (0 to 1, four decimals) of interviews saying the goals were
 *        fully reached; null without interviews
 * @param goalsPartlyReachedShare the share saying they were partly reached; null without interviews
 */
public record ExitInterviewResults(long interviews, BigDecimal averageSatisfaction, BigDecimal goalsReachedShare,
		BigDecimal goalsPartlyReachedShare) {
}
