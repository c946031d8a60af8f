package org.passerelle.matching;

import org.passerelle.program.MatchingCriterion;

/**
 * What one criterion adds to a pair's score, and why.
 *
 * @param points the points it adds, out of {@code maximum}
 * @param maximum the points a perfect match on this criterion would add: the criterion's share
 *        of the program's weights
 * @param reason why, in the reader's language
 * @param weight the weight the program gives the criterion, as its coordinator set it; the
 *        weights of the criteria that apply are shared out of 100, hence {@code maximum}
 */
public record Contribution(MatchingCriterion criterion, double points, double maximum, String reason, int weight) {

	/** How full this criterion's bar is, from 0 to 100. */
	public int percent() {
		return maximum <= 0 ? 0 : (int) Math.round(100 * points / maximum);
	}
}
