package org.passerelle.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passerelle.participant.ParticipantId;
import org.passerelle.program.Audience;
import org.passerelle.program.MatchingCriterion;

/**
 * Scoring a pair, criterion by criterion (R-MAT-1), without Spring.
 */
class MatchScorerTests {

	static final TextVectors.Vocabulary NO_TEXT = new TextVectors.Vocabulary();

	static Map<MatchingCriterion, Integer> only(MatchingCriterion criterion) {
		var weights = new EnumMap<MatchingCriterion, Integer>(MatchingCriterion.class);
		for (var c : MatchingCriterion.values()) {
			weights.put(c, c == criterion ? 10 : 0);
		}
		return weights;
	}

	static Person person(Audience role) {
		return new Person(role);
	}

	/** A profile to build in a test, with everything unknown unless said. */
	static final class Person {

		final Audience role;

		String occupation;

		String target;

		String industry;

		String[] languages = { "fr" };

		int[] levels = { 0 };

		double latitude = Double.NaN;

		double longitude = Double.NaN;

		boolean remote;

		int availability;

		String goals;

		byte[] personality;

		String culture;

		boolean wantsCulture;

		TextVectors.Vocabulary vocabulary = NO_TEXT;

		Person(Audience role) {
			this.role = role;
		}

		MatchProfile profile() {
			double x = Double.NaN;
			double y = Double.NaN;
			double z = Double.NaN;
			if (!Double.isNaN(latitude)) {
				double lat = Math.toRadians(latitude);
				double lon = Math.toRadians(longitude);
				x = Math.cos(lat) * Math.cos(lon);
				y = Math.cos(lat) * Math.sin(lon);
				z = Math.sin(lat);
			}
			return new MatchProfile(new ParticipantId(UUID.randomUUID()), role, "Someone", occupation, target, industry,
					languages, levels, x, y, z, null, remote, availability,
					goals == null ? TextVectors.Vector.EMPTY : vocabulary.vector(goals), personality, culture, wantsCulture,
					false, 1);
		}
	}

	@Test
	void occupationScoresMoreTheDeeperTheNocGroupShared() {
		var scorer = new MatchScorer(only(MatchingCriterion.OCCUPATION));
		var mentor = person(Audience.MENTOR);
		mentor.occupation = "21231";
		var mentee = person(Audience.MENTEE);
		var scores = new double[6];
		String[] targets = { "91111", "20012", "21999", "21200", "21232", "21231" };
		for (int i = 0; i < targets.length; i++) {
			mentee.target = targets[i];
			scores[i] = scorer.score(mentee.profile(), mentor.profile());
		}
		assertThat(scores).containsExactly(0, 20, 40, 60, 80, 100);

		mentee.target = null;
		mentee.occupation = "21232";
		assertThat(scorer.score(mentee.profile(), mentor.profile())).isEqualTo(80);
		mentee.target = "21";
		assertThat(scorer.score(mentee.profile(), mentor.profile())).as("the better of held and sought").isEqualTo(80);
	}

	@Test
	void industriesOfOneSectorSpanningSeveralCodesAreOfTheSameSector() {
		var scorer = new MatchScorer(only(MatchingCriterion.INDUSTRY));
		var mentee = person(Audience.MENTEE);
		var mentor = person(Audience.MENTOR);
		mentee.industry = "541330";
		mentor.industry = "541330";
		assertThat(scorer.score(mentee.profile(), mentor.profile())).isEqualTo(100);
		mentor.industry = "541310";
		assertThat(scorer.score(mentee.profile(), mentor.profile())).isEqualTo(60);
		mentee.industry = "311";
		mentor.industry = "336";
		assertThat(scorer.score(mentee.profile(), mentor.profile())).as("31–33 manufacturing").isEqualTo(20);
		mentor.industry = "441";
		assertThat(scorer.score(mentee.profile(), mentor.profile())).isZero();
	}

	@Test
	void theSameIndustryCodeIsTheSameIndustryAtWhateverLevelBothGiveIt() {
		var scorer = new MatchScorer(only(MatchingCriterion.INDUSTRY));
		var mentee = person(Audience.MENTEE);
		var mentor = person(Audience.MENTOR);
		mentee.industry = "5415";
		mentor.industry = "5415";
		assertThat(scorer.score(mentee.profile(), mentor.profile())).isEqualTo(100);
		mentor.industry = "541511";
		assertThat(scorer.score(mentee.profile(), mentor.profile())).as("a finer code of the group is only near")
			.isEqualTo(60);
		mentor.industry = "5416";
		assertThat(scorer.score(mentee.profile(), mentor.profile())).isEqualTo(40);
	}

	@Test
	void languageCountsTheBestLanguageBothSpeakFullFromLevelEight() {
		var scorer = new MatchScorer(only(MatchingCriterion.LANGUAGE));
		var mentee = person(Audience.MENTEE);
		mentee.languages = new String[] { "en", "fr", "ar" };
		mentee.levels = new int[] { 4, 6, 0 };
		var mentor = person(Audience.MENTOR);
		mentor.languages = new String[] { "en", "fr" };
		mentor.levels = new int[] { 0, 0 };
		assertThat(scorer.score(mentee.profile(), mentor.profile())).isCloseTo(100 * 6 / 8.0, within(1e-9));
		mentor.languages = new String[] { "ar" };
		mentor.levels = new int[] { 10 };
		assertThat(scorer.score(mentee.profile(), mentor.profile())).as("unassessed counts as 7").isCloseTo(100 * 7 / 8.0,
				within(1e-9));
		mentor.languages = new String[] { "es" };
		assertThat(scorer.score(mentee.profile(), mentor.profile())).isZero();
	}

	@Test
	void careerGoalsMeetAcrossGenderAndNumberInFrenchAndEnglish() {
		var vocabulary = new TextVectors.Vocabulary();
		var texts = new String[] { "Je suis ingénieure logicielle et je cherche un poste en développement Java.",
				"Ingénieur logiciel, 20 ans en développement d’applications Java.", "Comptable agréé, fiscalité des entreprises.",
				"I want to become a project manager in construction.", "Managing construction projects for 15 years." };
		for (var text : texts) {
			vocabulary.add(text);
		}
		var scorer = new MatchScorer(only(MatchingCriterion.CAREER_GOALS));
		var mentee = person(Audience.MENTEE);
		mentee.vocabulary = vocabulary;
		mentee.goals = texts[0];
		var engineer = person(Audience.MENTOR);
		engineer.vocabulary = vocabulary;
		engineer.goals = texts[1];
		var accountant = person(Audience.MENTOR);
		accountant.vocabulary = vocabulary;
		accountant.goals = texts[2];
		double close = scorer.score(mentee.profile(), engineer.profile());
		assertThat(close).isGreaterThan(40);
		assertThat(scorer.score(mentee.profile(), accountant.profile())).isZero();

		mentee.goals = texts[3];
		engineer.goals = texts[4];
		assertThat(scorer.score(mentee.profile(), engineer.profile())).isGreaterThan(30);
		assertThat(engineer.profile().goals().shared(mentee.profile().goals())).isNotEmpty();
	}

	@Test
	void cultureCountsOnlyForAMenteeWhoAskedForIt() {
		var weights = new EnumMap<MatchingCriterion, Integer>(MatchingCriterion.class);
		weights.put(MatchingCriterion.OCCUPATION, 50);
		weights.put(MatchingCriterion.CULTURE, 50);
		var scorer = new MatchScorer(weights);
		var mentee = person(Audience.MENTEE);
		mentee.target = "21231";
		mentee.culture = "maghrebine";
		var mentor = person(Audience.MENTOR);
		mentor.occupation = "21231";
		mentor.culture = "haitienne";
		assertThat(scorer.score(mentee.profile(), mentor.profile())).as("not asked: left out of the weights").isEqualTo(100);
		mentee.wantsCulture = true;
		assertThat(scorer.score(mentee.profile(), mentor.profile())).isEqualTo(50);
		mentor.culture = "maghrebine";
		assertThat(scorer.score(mentee.profile(), mentor.profile())).isEqualTo(100);
		assertThat(scorer.similarities(person(Audience.MENTEE).profile(), mentor.profile()).get(MatchingCriterion.CULTURE))
			.isNaN();
		assertThat(scorer.weight(MatchingCriterion.OCCUPATION)).as("the weight as the coordinator set it").isEqualTo(50);
		assertThat(scorer.maximum(MatchingCriterion.OCCUPATION, person(Audience.MENTEE).profile()))
			.as("culture not asked: occupation's share of the weights that apply is all of the score").isEqualTo(100);
	}

	@Test
	void personalityProximityAndAvailability() {
		var mentee = person(Audience.MENTEE);
		var mentor = person(Audience.MENTOR);
		mentee.personality = new byte[] { 1, 2, 3, 4, 5, 3 };
		mentor.personality = new byte[] { 1, 2, 3, 4, 5, 3 };
		assertThat(MatchScorer.personality(mentee.profile(), mentor.profile())).isEqualTo(1);
		mentor.personality = new byte[] { 5, 5, 5, 5, 1, 3 };
		assertThat(MatchScorer.personality(mentee.profile(), mentor.profile())).isCloseTo(1 - 14 / 24.0, within(1e-9));
		mentor.personality = null;
		assertThat(MatchScorer.personality(mentee.profile(), mentor.profile())).isZero();

		mentee.latitude = 45.5017; // Montréal
		mentee.longitude = -73.5673;
		mentor.latitude = 45.5312; // Longueuil, across the river
		mentor.longitude = -73.5181;
		double near = MatchScorer.proximity(mentee.profile(), mentor.profile());
		double kilometres = MatchScorer.kilometres(mentee.profile(), mentor.profile());
		assertThat(kilometres).isBetween(4.0, 6.0);
		assertThat(near).isCloseTo(1 - kilometres / MatchScorer.FAR_KM, within(1e-9));
		mentor.latitude = 45.4765; // Ottawa–Gatineau, about 170 km
		mentor.longitude = -75.7013;
		assertThat(MatchScorer.proximity(mentee.profile(), mentor.profile())).isZero();
		mentee.remote = true;
		mentor.remote = true;
		assertThat(MatchScorer.proximity(mentee.profile(), mentor.profile())).isEqualTo(1);

		mentee.availability = 0b011;
		mentor.availability = 0b110;
		assertThat(MatchScorer.availability(mentee.profile(), mentor.profile())).isEqualTo(0.5);
		mentor.availability = 0b001;
		assertThat(MatchScorer.availability(mentee.profile(), mentor.profile())).isEqualTo(1);
	}

	@Test
	void weightsAreSharesOfTheirTotalAndAllZeroIsRefused() {
		var weights = new EnumMap<MatchingCriterion, Integer>(MatchingCriterion.class);
		weights.put(MatchingCriterion.OCCUPATION, 3);
		weights.put(MatchingCriterion.LANGUAGE, 1);
		var scorer = new MatchScorer(weights);
		var mentee = person(Audience.MENTEE);
		mentee.target = "21231";
		var mentor = person(Audience.MENTOR);
		mentor.occupation = "21231";
		mentor.languages = new String[] { "en" };
		assertThat(scorer.score(mentee.profile(), mentor.profile())).isEqualTo(75);
		assertThat(scorer.maximum(MatchingCriterion.OCCUPATION, mentee.profile())).isEqualTo(75);
		assertThatThrownBy(() -> new MatchScorer(Map.of(MatchingCriterion.OCCUPATION, 0)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aThresholdNeverHidesAPairThatBeatsIt() {
		var vocabulary = new TextVectors.Vocabulary();
		var words = new String[] { "java", "finance", "construction", "marketing", "santé", "logistique", "données" };
		var random = new Random(7);
		var weights = new EnumMap<MatchingCriterion, Integer>(MatchingCriterion.class);
		for (var criterion : MatchingCriterion.values()) {
			weights.put(criterion, 1 + random.nextInt(30));
		}
		var scorer = new MatchScorer(weights);
		for (int i = 0; i < 2000; i++) {
			var mentee = randomPerson(Audience.MENTEE, random, words, vocabulary);
			var mentor = randomPerson(Audience.MENTOR, random, words, vocabulary);
			double full = scorer.score(mentee, mentor);
			double threshold = random.nextDouble() * 100;
			double pruned = scorer.score(mentee, mentor, threshold);
			if (full > threshold) {
				assertThat(pruned).isEqualTo(full);
			}
			else {
				assertThat(pruned).isLessThanOrEqualTo(threshold).isGreaterThanOrEqualTo(full);
			}
		}
	}

	static MatchProfile randomPerson(Audience role, Random random, String[] words, TextVectors.Vocabulary vocabulary) {
		var person = person(role);
		person.occupation = String.valueOf(10000 + random.nextInt(90000));
		person.target = String.valueOf(10000 + random.nextInt(90000));
		person.languages = random.nextBoolean() ? new String[] { "fr", "en" } : new String[] { "fr" };
		person.levels = new int[person.languages.length];
		person.availability = random.nextInt(8);
		person.personality = new byte[] { (byte) (1 + random.nextInt(5)), 3, 3, 3, 3, 3 };
		var goals = words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)];
		vocabulary.add(goals);
		person.vocabulary = vocabulary;
		person.goals = goals;
		return person.profile();
	}

	/**
	 * Codes and languages are compared as packed numbers for speed: on thousands of random pairs
	 * (codes of 1 to 9 digits with leading zeros, languages given twice, levels 0 to 12 and out of
	 * range) they must say what comparing the texts says.
	 */
	@Test
	void packedCodesAndLanguagesScoreAsTheirTextsDo() {
		var random = new Random(11);
		var codes = new String[] { "fr", "en", "es", "ar", "zh", "pt", "ru", "de", "it", "fa", "ur", "hi", "pa", "ta", "tl",
				"vi", "ko", "ja", "pl", "uk", "ro", "el", "he", "tr", "sw" };
		for (int n = 0; n < 5_000; n++) {
			var mentee = random(random, Audience.MENTEE, codes);
			var mentor = random(random, Audience.MENTOR, codes);
			int shared = Math.max(MatchScorer.sharedDigits(mentee.targetOccupation(), mentor.occupation()),
					MatchScorer.sharedDigits(mentee.occupation(), mentor.occupation()));
			assertThat(MatchScorer.occupation(mentee, mentor)).as("occupation of pair %d", n)
				.isEqualTo(new double[] { 0, 0.2, 0.4, 0.6, 0.8, 1.0 }[Math.min(shared, 5)]);
			double best = 0;
			for (int i = 0; i < mentee.languages().length; i++) {
				int theirs = mentor.level(mentee.languages()[i]);
				if (theirs >= 0) {
					int level = Math.min(mentee.levels()[i] == 0 ? 7 : mentee.levels()[i], theirs == 0 ? 7 : theirs);
					best = Math.max(best, Math.min(1.0, level / 8.0));
				}
			}
			assertThat(MatchScorer.language(mentee, mentor)).as("language of pair %d", n).isEqualTo(best);
		}
	}

	private static MatchProfile random(Random random, Audience role, String[] codes) {
		int count = random.nextInt(4);
		var languages = new String[count];
		var levels = new int[count];
		for (int i = 0; i < count; i++) {
			languages[i] = codes[random.nextInt(random.nextBoolean() ? 3 : codes.length)];
			levels[i] = random.nextInt(20) == 0 ? 15 + random.nextInt(3) : random.nextInt(13);
		}
		return new MatchProfile(new ParticipantId(UUID.randomUUID()), role, "Someone", code(random), code(random),
				code(random), languages, levels, Double.NaN, Double.NaN, Double.NaN, null, false, 0,
				TextVectors.Vector.EMPTY, null, null, false, false, 1);
	}

	/** A code of 1 to 9 digits near others (so that many pairs share leading digits), or none. */
	private static String code(Random random) {
		if (random.nextInt(8) == 0) {
			return null;
		}
		var code = new StringBuilder();
		int length = 1 + random.nextInt(9);
		for (int i = 0; i < length; i++) {
			code.append(random.nextInt(3) == 0 ? (char) ('0' + random.nextInt(10)) : (char) ('0' + i % 3));
		}
		return code.toString();
	}
}
