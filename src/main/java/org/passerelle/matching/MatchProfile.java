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

	/** A number for every language code seen, whatever their count (the bits stop at 63). */
	private static final java.util.concurrent.ConcurrentHashMap<String, Integer> LANGUAGE_NUMBERS =
			new java.util.concurrent.ConcurrentHashMap<>();

	private static final java.util.concurrent.atomic.AtomicInteger NEXT_LANGUAGE_NUMBER =
			new java.util.concurrent.atomic.AtomicInteger();

	MatchProfile(ParticipantId id, Audience role, String name, String occupation, String targetOccupation,
			String industry, String[] languages, int[] levels, double x, double y, double z, String area, boolean remoteOk,
			int availability, TextVectors.Vector goals, byte[] personality, String culture, boolean wantsCulturalMatch,
			boolean affiliated, int capacity) {
		this(id, role, name, occupation, targetOccupation, industry, languages, levels, x, y, z, area, remoteOk,
				availability, goals, personality, culture, wantsCulturalMatch, affiliated, capacity, bits(languages),
				Packed.of(occupation, targetOccupation, industry, personality, languages, levels));
	}

	/**
	 * The codes and answers as numbers, so that scoring a pair reads a few numbers rather than
	 * following strings and arrays: that is what keeps suggestions among a national pool fast.
	 *
	 * @param occupation the code's digits four bits each, the first in the highest bits, so that
	 *        the leading digits two codes share are counted by the leading zeros of their xor
	 * @param personality the answers, four bits each, the first in the lowest bits
	 * @param answers how many answers, 0 when the questionnaire was not filled in
	 * @param languages each language code as a number, in the order of the profile's codes
	 * @param levels for each language numbered below {@value #NUMBERED_LEVELS}, its level plus one in
	 *        the four bits of its number (0: not spoken), so that a partner's level is read without
	 *        following an array; a suggestion compares the languages of thousands of pairs
	 * @param numbered whether {@code levels} holds every level of the languages numbered below
	 *        {@value #NUMBERED_LEVELS} (a level out of 0 to 14 does not fit in it)
	 */
	record Packed(long occupation, int occupationLength, long target, int targetLength, long industry,
			int industryLength, int sector, long personality, int answers, int[] languages, long levels,
			boolean numbered) {

		static final int NUMBERED_LEVELS = 16;

		static Packed of(String occupation, String target, String industry, byte[] personality, String[] codes,
				int[] codeLevels) {
			var languages = new int[codes.length];
			long levels = 0;
			boolean numbered = true;
			for (int i = 0; i < codes.length; i++) {
				languages[i] = LANGUAGE_NUMBERS.computeIfAbsent(codes[i], key -> NEXT_LANGUAGE_NUMBER.getAndIncrement());
				int number = languages[i];
				// the first time a language is given counts, as for level(String); levels are 0 to 12
				if (number < NUMBERED_LEVELS && (levels >>> (4 * number) & 0xF) == 0) {
					if (codeLevels[i] >= 0 && codeLevels[i] < 15) {
						levels |= (long) (codeLevels[i] + 1) << (4 * number);
					}
					else {
						numbered = false;
					}
				}
			}
			long packed = 0;
			int answers = personality == null ? 0 : personality.length;
			for (int i = 0; i < answers && i < 16; i++) {
				packed |= (long) (personality[i] & 0xF) << (4 * i);
			}
			var sector = industry != null && digits(industry) >= 2 ? MatchScorer.sector(industry) : -1;
			return new Packed(nibbles(occupation), digits(occupation), nibbles(target), digits(target), nibbles(industry),
					digits(industry), sector, packed, Math.min(answers, 16), languages, levels, numbered);
		}

		/** The level of the language so numbered, when the number is below {@value #NUMBERED_LEVELS}: -1 not spoken. */
		int numberedLevel(int number) {
			return (int) (levels >>> (4 * number) & 0xF) - 1;
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

		/** The digits of a code, the first in the highest four bits; 0 for no code. */
		private static long nibbles(String code) {
			int digits = digits(code);
			long nibbles = 0;
			for (int i = 0; i < digits; i++) {
				nibbles |= (long) Character.digit(code.charAt(i), 10) << (60 - 4 * i);
			}
			return nibbles;
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

	/** {@link #level(String)} of the language numbered so in {@link Packed#languages()}. */
	int level(int language) {
		if (language < Packed.NUMBERED_LEVELS && packed.numbered()) {
			return packed.numberedLevel(language);
		}
		var numbers = packed.languages();
		for (int i = 0; i < numbers.length; i++) {
			if (numbers[i] == language) {
				return levels[i];
			}
		}
		return -1;
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
