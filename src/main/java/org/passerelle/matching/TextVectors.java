package org.passerelle.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Career goals as weighted term vectors, to compare two texts in French or English without any
 * external service: words are lower-cased, accents folded, stop words of both languages dropped,
 * and reduced by a light stemmer (plural and common derivational endings), so that "ingénieure
 * logicielle" meets "ingénieur logiciel" and "managing projects" meets "project manager". Terms are
 * weighted by tf-idf over the pool, and vectors are normalised so that their dot product is the
 * cosine similarity in [0, 1].
 */
final class TextVectors {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

	private static final Set<String> STOP_WORDS = Set.copyOf(List.of(
			// English
			"a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as",
			"is", "are", "was", "were", "be", "been", "am", "i", "me", "my", "we", "our", "you", "your", "he",
			"she", "it", "its", "they", "them", "their", "this", "that", "these", "those", "into", "about", "would",
			"like", "want", "wish", "hope", "find", "get", "work", "job", "some", "more", "most", "other", "also",
			"can", "could", "will", "have", "has", "had", "do", "does", "not", "no", "so", "than", "then", "there",
			"what", "which", "who", "how", "all", "any", "each", "very", "my", "myself", "canada", "canadian",
			// French (accents folded)
			"le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "et", "ou", "mais", "a", "au", "aux", "en",
			"dans", "sur", "pour", "par", "avec", "sans", "sous", "chez", "je", "j", "me", "m", "mon", "ma", "mes",
			"nous", "notre", "nos", "vous", "votre", "vos", "il", "elle", "ils", "elles", "on", "se", "s", "sa",
			"son", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "qui", "que", "qu", "quoi", "dont", "ou",
			"est", "sont", "etre", "ai", "as", "avons", "avez", "ont", "avoir", "fait", "faire", "ne", "pas", "plus",
			"tres", "aussi", "comme", "y", "souhaite", "veux", "voudrais", "aimerais", "trouver", "emploi",
			"travail", "travailler", "poste", "quebec", "suis", "ans", "annee", "annees", "year", "years"));

	/** Endings removed, longest first, when the stem keeps at least four letters. */
	private static final String[] ENDINGS = { "ations", "ation", "ements", "ement", "ments", "ment", "euses", "euse",
			"eurs", "eur", "rices", "rice", "ives", "ive", "ifs", "if", "elles", "elle", "els", "el", "iques", "ique",
			"ings", "ing", "ers", "er", "ees", "ee", "es", "s", "e" };

	private TextVectors() {
	}

	/** The terms of a text, in order, repeated as often as they occur. */
	static List<String> terms(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		var folded = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
			.replaceAll("");
		var terms = new ArrayList<String>();
		for (var word : SEPARATORS.split(folded)) {
			if (word.length() < 2 || STOP_WORDS.contains(word) || word.chars().allMatch(Character::isDigit)) {
				continue;
			}
			var stem = stem(word);
			if (!STOP_WORDS.contains(stem)) {
				terms.add(stem);
			}
		}
		return terms;
	}

	/** Removes endings until none applies, so that "ingénieure" and "ingénieur" meet. */
	static String stem(String word) {
		var stem = word;
		boolean changed = true;
		while (changed) {
			changed = false;
			for (var ending : ENDINGS) {
				if (stem.endsWith(ending) && stem.length() - ending.length() >= 4) {
					stem = stem.substring(0, stem.length() - ending.length());
					changed = true;
					break;
				}
			}
		}
		return stem;
	}

	/**
	 * The vocabulary of a pool: each term's id, its document frequency, and the first word it was
	 * seen as, to show people a word rather than a stem.
	 */
	static final class Vocabulary {

		private final Map<String, Integer> ids = new HashMap<>();

		private final List<String> words = new ArrayList<>();

		private final List<Integer> frequencies = new ArrayList<>();

		private int documents;

		/** Counts a text of the pool. */
		void add(String text) {
			documents++;
			var seen = new java.util.HashSet<Integer>();
			var surface = surfaceWords(text);
			var terms = terms(text);
			for (int i = 0; i < terms.size(); i++) {
				var term = terms.get(i);
				var id = ids.get(term);
				if (id == null) {
					id = words.size();
					ids.put(term, id);
					words.add(i < surface.size() ? surface.get(i) : term);
					frequencies.add(0);
				}
				if (seen.add(id)) {
					frequencies.set(id, frequencies.get(id) + 1);
				}
			}
		}

		/** The normalised tf-idf vector of a text; terms unknown to the pool are ignored. */
		/** Each term by its id: what a vector's ids stand for, whatever order the texts came in. */
		String[] termsById() {
			var terms = new String[words.size()];
			ids.forEach((term, id) -> terms[id] = term);
			return terms;
		}

		Vector vector(String text) {
			var counts = new HashMap<Integer, Integer>();
			for (var term : terms(text)) {
				var id = ids.get(term);
				if (id != null) {
					counts.merge(id, 1, Integer::sum);
				}
			}
			if (counts.isEmpty()) {
				return Vector.EMPTY;
			}
			var sorted = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
			var weights = new float[sorted.length];
			double norm = 0;
			for (int i = 0; i < sorted.length; i++) {
				double idf = Math.log(1.0 + (double) documents / frequencies.get(sorted[i]));
				double weight = (1 + Math.log(counts.get(sorted[i]))) * idf;
				weights[i] = (float) weight;
				norm += weight * weight;
			}
			norm = Math.sqrt(norm);
			for (int i = 0; i < weights.length; i++) {
				weights[i] /= (float) norm;
			}
			return new Vector(sorted, weights);
		}

		/** The word a term was first seen as. */
		String word(int id) {
			return words.get(id);
		}

		private static List<String> surfaceWords(String text) {
			if (text == null) {
				return List.of();
			}
			var words = new ArrayList<String>();
			for (var word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
				var folded = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
				if (folded.length() >= 2 && !STOP_WORDS.contains(folded) && !STOP_WORDS.contains(stem(folded))
						&& !folded.chars().allMatch(Character::isDigit)) {
					words.add(word);
				}
			}
			return words;
		}
	}

	/** A sparse vector: term ids in increasing order, with their weights. */
	record Vector(int[] terms, float[] weights) {

		static final Vector EMPTY = new Vector(new int[0], new float[0]);

		boolean isEmpty() {
			return terms.length == 0;
		}

		/** The cosine similarity with another normalised vector. */
		double dot(Vector other) {
			int i = 0;
			int j = 0;
			double sum = 0;
			var a = terms;
			var b = other.terms;
			while (i < a.length && j < b.length) {
				if (a[i] == b[j]) {
					sum += weights[i] * other.weights[j];
					i++;
					j++;
				}
				else if (a[i] < b[j]) {
					i++;
				}
				else {
					j++;
				}
			}
			return Math.min(1.0, sum);
		}

		/** The terms both vectors hold, the heaviest first. */
		int[] shared(Vector other) {
			var shared = new ArrayList<int[]>();
			int i = 0;
			int j = 0;
			while (i < terms.length && j < other.terms.length) {
				if (terms[i] == other.terms[j]) {
					shared.add(new int[] { terms[i], Float.floatToIntBits(weights[i] * other.weights[j]) });
					i++;
					j++;
				}
				else if (terms[i] < other.terms[j]) {
					i++;
				}
				else {
					j++;
				}
			}
			shared.sort((x, y) -> Float.compare(Float.intBitsToFloat(y[1]), Float.intBitsToFloat(x[1])));
			return shared.stream().mapToInt(pair -> pair[0]).toArray();
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Vector vector && Arrays.equals(terms, vector.terms)
					&& Arrays.equals(weights, vector.weights);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(terms);
		}

		@Override
		public String toString() {
			return "Vector" + Arrays.toString(terms);
		}
	}
}
