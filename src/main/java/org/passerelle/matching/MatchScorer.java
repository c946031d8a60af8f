package org.passerelle.matching;

import java.util.EnumMap;
import java.util.Map;

import org.passerelle.program.MatchingCriterion;

/**
 * Scores a mentee–mentor pair from 0 to 100 as the weighted mean of one similarity per criterion,
 * each from 0 to 1, with the program's weights (R-MAT-1). Culture counts only for a mentee who
 * asked for it; otherwise its weight is left out. Missing data scores 0 on its criterion, so that
 * complete profiles come first.
 *
 * <p>Allocation-free and cheap, since suggestions score a mentee against every mentor of a
 * national pool: the career-goal similarity, the costliest, is computed last and skipped when
 * the pair cannot beat a threshold anyway.
 */
final class MatchScorer {

	private static final MatchingCriterion[] CRITERIA = MatchingCriterion.values();

	/** Similarity by number of leading NOC digits shared: broad category, major, sub-major, minor, unit group. */
	private static final double[] NOC_LEVELS = { 0, 0.2, 0.4, 0.6, 0.8, 1.0 };

	/** Similarity by number of leading NAICS digits shared: sector (2) to national industry (6). */
	private static final double[] NAICS_LEVELS = { 0, 0, 0.2, 0.4, 0.6, 0.8, 1.0 };

	/** Distance at which proximity no longer counts. */
	static final double FAR_KM = 50;

	private static final double EARTH_RADIUS_KM = 6371.0088;

	/** A language level that makes conversation easy (CLB / NCLC 8). */
	private static final double EASY_LEVEL = 8;

	/** The level assumed when a language is spoken but not assessed. */
	private static final int UNASSESSED_LEVEL = 7;

	private final double[] weights = new double[CRITERIA.length];

	private final double totalWithCulture;

	MatchScorer(Map<MatchingCriterion, Integer> programWeights) {
		double total = 0;
		for (var criterion : CRITERIA) {
			var weight = programWeights.getOrDefault(criterion, 0);
			weights[criterion.ordinal()] = Math.max(0, weight);
			total += weights[criterion.ordinal()];
		}
		if (total <= 0) {
			throw new IllegalArgumentException("At least one matching weight must be above 0");
		}
		this.totalWithCulture = total;
	}

	/** The score of the pair, from 0 to 100. */
	double score(MatchProfile mentee, MatchProfile mentor) {
		return score(mentee, mentor, -1);
	}

	/**
	 * The score of the pair, or a number no greater than {@code threshold} as soon as the pair
	 * cannot exceed it: the career goals are then not compared.
	 */
	double score(MatchProfile mentee, MatchProfile mentor, double threshold) {
		double total = total(mentee);
		if (total <= 0) {
			return 0;
		}
		double sum = weights[MatchingCriterion.OCCUPATION.ordinal()] * occupation(mentee, mentor)
				+ weights[MatchingCriterion.INDUSTRY.ordinal()] * industry(mentee, mentor)
				+ weights[MatchingCriterion.LANGUAGE.ordinal()] * language(mentee, mentor)
				+ weights[MatchingCriterion.PERSONALITY.ordinal()] * personality(mentee, mentor)
				+ weights[MatchingCriterion.PROXIMITY.ordinal()] * proximity(mentee, mentor)
				+ weights[MatchingCriterion.AVAILABILITY.ordinal()] * availability(mentee, mentor);
		if (mentee.wantsCulturalMatch()) {
			sum += weights[MatchingCriterion.CULTURE.ordinal()] * culture(mentee, mentor);
		}
		double goals = weights[MatchingCriterion.CAREER_GOALS.ordinal()];
		if (goals > 0) {
			if (100 * (sum + goals) / total <= threshold) {
				return 100 * (sum + goals) / total;
			}
			sum += goals * careerGoals(mentee, mentor);
		}
		return 100 * sum / total;
	}

	/** Each criterion's similarity, from 0 to 1; NaN for culture when the mentee did not ask for it. */
	Map<MatchingCriterion, Double> similarities(MatchProfile mentee, MatchProfile mentor) {
		var similarities = new EnumMap<MatchingCriterion, Double>(MatchingCriterion.class);
		similarities.put(MatchingCriterion.OCCUPATION, occupation(mentee, mentor));
		similarities.put(MatchingCriterion.INDUSTRY, industry(mentee, mentor));
		similarities.put(MatchingCriterion.LANGUAGE, language(mentee, mentor));
		similarities.put(MatchingCriterion.CAREER_GOALS, careerGoals(mentee, mentor));
		similarities.put(MatchingCriterion.CULTURE, mentee.wantsCulturalMatch() ? culture(mentee, mentor) : Double.NaN);
		similarities.put(MatchingCriterion.PERSONALITY, personality(mentee, mentor));
		similarities.put(MatchingCriterion.PROXIMITY, proximity(mentee, mentor));
		similarities.put(MatchingCriterion.AVAILABILITY, availability(mentee, mentor));
		return similarities;
	}

	/** The points a perfect match on a criterion adds for this mentee: its share of the weights, out of 100. */
	/** The weight the program gives a criterion, as the coordinator set it. */
	int weight(MatchingCriterion criterion) {
		return (int) Math.round(weights[criterion.ordinal()]);
	}

	double maximum(MatchingCriterion criterion, MatchProfile mentee) {
		if (criterion == MatchingCriterion.CULTURE && !mentee.wantsCulturalMatch()) {
			return 0;
		}
		double total = total(mentee);
		return total <= 0 ? 0 : 100 * weights[criterion.ordinal()] / total;
	}

	private double total(MatchProfile mentee) {
		return mentee.wantsCulturalMatch() ? totalWithCulture
				: totalWithCulture - weights[MatchingCriterion.CULTURE.ordinal()];
	}

	/** The occupation sought, or else the one held, against the mentor's, through the NOC hierarchy. */
	static double occupation(MatchProfile mentee, MatchProfile mentor) {
		var a = mentee.packed();
		var b = mentor.packed();
		int shared = Math.max(sharedDigits(a.target(), a.targetLength(), b.occupation(), b.occupationLength()),
				sharedDigits(a.occupation(), a.occupationLength(), b.occupation(), b.occupationLength()));
		return NOC_LEVELS[Math.min(shared, 5)];
	}

	/**
	 * How many leading digits two codes share, given with their digits four bits each from the
	 * highest ({@link MatchProfile.Packed}) and their numbers of digits {@code la} and {@code lb}.
	 */
	static int sharedDigits(long a, int la, long b, int lb) {
		return Math.min(Math.min(la, lb), Long.numberOfLeadingZeros(a ^ b) >>> 2);
	}

	/** Through the NAICS hierarchy; sectors that span several codes (31–33, 44–45, 48–49) count as one. */
	static double industry(MatchProfile mentee, MatchProfile mentor) {
		var a = mentee.packed();
		var b = mentor.packed();
		int shared = sharedDigits(a.industry(), a.industryLength(), b.industry(), b.industryLength());
		if (shared > 0 && shared == a.industryLength() && shared == b.industryLength()) {
			// the same code, at whatever level both give it (5415 and 5415): the same industry
			return 1.0;
		}
		if (shared < 2 && a.sector() >= 0 && a.sector() == b.sector()) {
			shared = 2;
		}
		return NAICS_LEVELS[Math.min(shared, 6)];
	}

	/** The NAICS sector of a code, as the number of its first code. */
	static int sector(String code) {
		int first = (code.charAt(0) - '0') * 10 + (code.charAt(1) - '0');
		return switch (first) {
			case 32, 33 -> 31;
			case 45 -> 44;
			case 49 -> 48;
			default -> first;
		};
	}

	/** How easily they can talk: the best level of a language both speak, full from CLB/NCLC 8. */
	static double language(MatchProfile mentee, MatchProfile mentor) {
		if (!mentee.maySpeakWith(mentor)) {
			return 0;
		}
		double best = 0;
		var languages = mentee.packed().languages();
		for (int i = 0; i < languages.length; i++) {
			int theirs = mentor.level(languages[i]);
			if (theirs < 0) {
				continue;
			}
			int level = Math.min(assessed(mentee.levels()[i]), assessed(theirs));
			best = Math.max(best, Math.min(1.0, level / EASY_LEVEL));
		}
		return best;
	}

	private static int assessed(int level) {
		return level == 0 ? UNASSESSED_LEVEL : level;
	}

	static double careerGoals(MatchProfile mentee, MatchProfile mentor) {
		return mentee.goals().dot(mentor.goals());
	}

	static double culture(MatchProfile mentee, MatchProfile mentor) {
		return mentee.culture() != null && mentee.culture().equals(mentor.culture()) ? 1 : 0;
	}

	/** How alike their answers to the questionnaire are: 1 when identical, 0 when opposite on every item. */
	static double personality(MatchProfile mentee, MatchProfile mentor) {
		var a = mentee.packed();
		var b = mentor.packed();
		int answers = a.answers();
		if (answers == 0 || answers != b.answers()) {
			return 0;
		}
		long x = a.personality();
		long y = b.personality();
		int difference = 0;
		for (int i = 0; i < answers; i++) {
			difference += Math.abs((int) (x & 0xF) - (int) (y & 0xF));
			x >>>= 4;
			y >>>= 4;
		}
		return 1 - difference / (4.0 * answers);
	}

	/** Full when both meet online or live in the same area, nothing from {@value #FAR_KM} km. */
	static double proximity(MatchProfile mentee, MatchProfile mentor) {
		if (mentee.remoteOk() && mentor.remoteOk()) {
			return 1;
		}
		if (!mentee.located() || !mentor.located()) {
			return 0;
		}
		return Math.max(0, 1 - kilometres(mentee, mentor) / FAR_KM);
	}

	static double kilometres(MatchProfile a, MatchProfile b) {
		double dx = a.x() - b.x();
		double dy = a.y() - b.y();
		double dz = a.z() - b.z();
		double half = Math.min(1, Math.sqrt(dx * dx + dy * dy + dz * dz) / 2);
		if (half > 0.5) {
			return 2 * EARTH_RADIUS_KM * Math.asin(half);
		}
		// within a few thousand kilometres the series of asin is exact to a millimetre per kilometre,
		// and much cheaper than asin for the thousands of pairs a suggestion scores
		double square = half * half;
		return 2 * EARTH_RADIUS_KM * half * (1 + square * (1.0 / 6 + square * (3.0 / 40 + square * 15.0 / 336)));
	}

	/** The share of the mentee's or the mentor's slots, whichever has fewer, that both have. */
	static double availability(MatchProfile mentee, MatchProfile mentor) {
		int a = mentee.availability();
		int b = mentor.availability();
		if (a == 0 || b == 0) {
			return 0;
		}
		return (double) Integer.bitCount(a & b) / Math.min(Integer.bitCount(a), Integer.bitCount(b));
	}

	static int sharedDigits(String a, String b) {
		if (a == null || b == null) {
			return 0;
		}
		int length = Math.min(a.length(), b.length());
		int shared = 0;
		while (shared < length && a.charAt(shared) == b.charAt(shared)) {
			shared++;
		}
		return shared;
	}
}
