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
 * @param languageBits one bit per language spoken, so that most pairs are told apart without
 *        comparing codes; {@link #OTHER_LANGUAGES} stands for every language past the 63rd seen
 */
record MatchProfile(ParticipantId id, Audience role, String name, String occupation, String targetOccupation,
		String industry, String[] languages, int[] levels, double x, double y, double z, String area, boolean remoteOk,
		int availability, TextVectors.Vector goals, byte[] personality, String culture, boolean wantsCulturalMatch,
		boolean affiliated, int capacity, long languageBits, Packed packed) {

	static final long OTHER_LANGUAGES = 1L << 63;

	private static final java.util.concurrent.ConcurrentHashMap<String, Integer> LANGUAGE_BITS =
			new java.util.concurrent.ConcurrentHashMap<>();

	MatchProfile(ParticipantId id, Audience role, String name, String occupation, String targetOccupation,
			String industry, String[] languages, int[] levels, double x, double y, double z, String area, boolean remoteOk,
			int availability, TextVectors.Vector goals, byte[] personality, String culture, boolean wantsCulturalMatch,
			boolean affiliated, int capacity) {
		this(id, role, name, occupation, targetOccupation, industry, languages, levels, x, y, z, area, remoteOk,
				availability, goals, personality, culture, wantsCulturalMatch, affiliated, capacity, bits(languages),
				Packed.of(occupation, targetOccupation, industry, personality));
	}

	/**
	 * The codes and answers as numbers, so that scoring a pair reads a few ints rather than
	 * following strings and arrays: that is what keeps suggestions among a national pool fast.
	 *
	 * @param personality the answers, four bits each, the first in the lowest bits
	 * @param answers how many answers, 0 when the questionnaire was not filled in
	 */
	record Packed(int occupation, int occupationLength, int target, int targetLength, int industry, int industryLength,
			int sector, long personality, int answers) {

		static Packed of(String occupation, String target, String industry, byte[] personality) {
			long packed = 0;
			int answers = personality == null ? 0 : personality.length;
			for (int i = 0; i < answers && i < 16; i++) {
				packed |= (long) (personality[i] & 0xF) << (4 * i);
			}
			var sector = industry != null && digits(industry) >= 2 ? MatchScorer.sector(industry) : -1;
			return new Packed(number(occupation), digits(occupation), number(target), digits(target), number(industry),
					digits(industry), sector, packed, Math.min(answers, 16));
		}

		private static int digits(String code) {
			if (code == null || code.isEmpty() || code.length() > 9) {
				return 0;
			}
			for (int i = 0; i < code.length(); i++) {
				if (!Character.isDigit(code.charAt(i))) {
					return 0;
				}
			}
			return code.length();
		}

		private static int number(String code) {
			return digits(code) == 0 ? 0 : Integer.parseInt(code);
		}
	}

	/** The bits of these language codes. */
	static long bits(String... codes) {
		long bits = 0;
		for (var code : codes) {
			bits |= bit(code);
		}
		return bits;
	}

	static long bit(String code) {
		int index = LANGUAGE_BITS.computeIfAbsent(code, key -> Math.min(63, LANGUAGE_BITS.size()));
		return 1L << index;
	}

	/** Whether two people may share a language: certainly not when no bit is shared. */
	boolean maySpeakWith(MatchProfile other) {
		return (languageBits & other.languageBits) != 0;
	}

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
