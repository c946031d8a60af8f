package org.passerelle.matching;

import org.passerelle.participant.ParticipantId;
import org.passerelle.program.Audience;

/**
 * What scoring looks at in one person, computed once so that scoring a pair is a few comparisons
 * of numbers: codes as strings of digits, languages as parallel arrays, the place as a point on
 * the unit sphere, availability as bits, career goals as a vector of the pool's vocabulary.
 *
 * @param occupation the NOC code practised (mentors) or held before (mentees), or null
 * @param targetOccupation the NOC code sought (mentees), or null
 * @param industry the NAICS code, sectors spanning several codes written with their first one
 * @param languages language codes the person speaks
 * @param levels the benchmark level of each language, 0 when not assessed
 * @param x x of the postal area's centre on the unit sphere; NaN when unknown
 * @param availability one bit per availability slot
 * @param personality answers to the questionnaire, 1 to 5, or null
 * @param culture the cultural background or country of origin, folded, or null
 * @param wantsCulturalMatch whether the person asked for someone of the same background
 * @param affiliated whether the person is affiliated with a partner organisation
 * @param capacity for a mentor, the mentees they still have room for
 */
record MatchProfile(ParticipantId id, Audience role, String name, String occupation, String targetOccupation,
		String industry, String[] languages, int[] levels, double x, double y, double z, String area, boolean remoteOk,
		int availability, TextVectors.Vector goals, byte[] personality, String culture, boolean wantsCulturalMatch,
		boolean affiliated, int capacity) {

	boolean located() {
		return !Double.isNaN(x);
	}

	/** The level at which the person speaks a language: -1 not spoken, 0 spoken but not assessed. */
	int level(String language) {
		for (int i = 0; i < languages.length; i++) {
			if (languages[i].equals(language)) {
				return levels[i];
			}
		}
		return -1;
	}
}
