package org.passerelle.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.passerelle.core.Formats;
import org.passerelle.participant.AvailabilitySlot;
import org.passerelle.program.MatchingCriterion;
import org.passerelle.reference.Classification;
import org.passerelle.reference.ReferenceData;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says why a pair scores what it does, criterion by criterion, in the reader's language: the
 * occupation group both share with its title, the words their goals have in common, how far
 * apart they live (R-MAT-3).
 */
@Component
class MatchReasons {

	private final MessageSource messages;

	private final ReferenceData reference;

	private final Formats formats;

	MatchReasons(MessageSource messages, ReferenceData reference, Formats formats) {
		this.messages = messages;
		this.reference = reference;
		this.formats = formats;
	}

	/** The name of a hard rule, as the pages say it. */
	String exclusion(Exclusion exclusion, Locale locale) {
		return messages.getMessage("Exclusion." + exclusion.name(), null, locale);
	}

	/** A score as people read it: one decimal. */
	static double rounded(double score) {
		return Math.round(score * 10) / 10.0;
	}

	/** Each criterion's contribution to the pair's score, the heaviest first; culture only when asked for. */
	List<Contribution> contributions(MatchPool pool, MatchProfile mentee, MatchProfile mentor, Locale locale) {
		var scorer = pool.scorer();
		var similarities = scorer.similarities(mentee, mentor);
		var contributions = new ArrayList<Contribution>();
		for (Map.Entry<MatchingCriterion, Double> entry : similarities.entrySet()) {
			var criterion = entry.getKey();
			double maximum = scorer.maximum(criterion, mentee);
			if (maximum <= 0 || entry.getValue().isNaN()) {
				continue;
			}
			contributions.add(new Contribution(criterion, maximum * entry.getValue(), maximum,
					reason(pool, criterion, mentee, mentor, locale), scorer.weight(criterion)));
		}
		contributions.sort((a, b) -> Double.compare(b.maximum(), a.maximum()));
		return contributions;
	}

	private String reason(MatchPool pool, MatchingCriterion criterion, MatchProfile mentee, MatchProfile mentor,
			Locale locale) {
		return switch (criterion) {
			case OCCUPATION -> occupation(mentee, mentor, locale);
			case INDUSTRY -> industry(mentee, mentor, locale);
			case LANGUAGE -> language(mentee, mentor, locale);
			case CAREER_GOALS -> careerGoals(pool, mentee, mentor, locale);
			case CULTURE -> text(locale, mentee.culture() == null || mentor.culture() == null ? "match.reason.culture.unknown"
					: MatchScorer.culture(mentee, mentor) > 0 ? "match.reason.culture.same" : "match.reason.culture.different");
			case PERSONALITY -> mentee.personality() == null || mentor.personality() == null
					? text(locale, "match.reason.personality.unknown")
					: text(locale, "match.reason.personality", formats.number(Math.round(100 * MatchScorer.personality(mentee, mentor))));
			case PROXIMITY -> proximity(mentee, mentor, locale);
			case AVAILABILITY -> availability(mentee, mentor, locale);
		};
	}

	private String occupation(MatchProfile mentee, MatchProfile mentor, Locale locale) {
		if (mentor.occupation() == null || mentee.targetOccupation() == null && mentee.occupation() == null) {
			return text(locale, "match.reason.occupation.unknown");
		}
		var sought = MatchScorer.sharedDigits(mentee.targetOccupation(), mentor.occupation());
		var held = MatchScorer.sharedDigits(mentee.occupation(), mentor.occupation());
		int shared = Math.min(5, Math.max(sought, held));
		if (shared == 0) {
			return text(locale, "match.reason.occupation.none");
		}
		var code = mentor.occupation().substring(0, shared);
		// A sub-major group may be unnamed until Statistics Canada's structure file is imported: its code alone then
		var named = reference.find(Classification.NOC_2021, code).map(found -> code + " " + found.title(locale)).orElse(code);
		return text(locale, "match.reason.occupation." + shared, named);
	}

	private String industry(MatchProfile mentee, MatchProfile mentor, Locale locale) {
		if (mentee.industry() == null || mentor.industry() == null) {
			return text(locale, "match.reason.industry.unknown");
		}
		double similarity = MatchScorer.industry(mentee, mentor);
		if (similarity == 0) {
			return text(locale, "match.reason.industry.none");
		}
		int shared = Math.max(2, MatchScorer.sharedDigits(mentee.industry(), mentor.industry()));
		var code = mentor.industry().substring(0, Math.min(shared, mentor.industry().length()));
		var title = reference.find(Classification.NAICS_2022, code).map(found -> found.title(locale)).orElse(code);
		return text(locale, similarity >= 1 ? "match.reason.industry.same" : "match.reason.industry.near", title);
	}

	private String language(MatchProfile mentee, MatchProfile mentor, Locale locale) {
		String best = null;
		int bestLevel = -1;
		for (int i = 0; i < mentee.languages().length; i++) {
			var code = mentee.languages()[i];
			int theirs = mentor.level(code);
			if (theirs < 0) {
				continue;
			}
			int level = Math.min(mentee.levels()[i] == 0 ? 7 : mentee.levels()[i], theirs == 0 ? 7 : theirs);
			if (level > bestLevel) {
				bestLevel = level;
				best = code;
			}
		}
		if (best == null) {
			return text(locale, "match.reason.language.none");
		}
		var name = reference.language(best).map(language -> language.name(locale)).orElse(best);
		return text(locale, "match.reason.language", name);
	}

	private String careerGoals(MatchPool pool, MatchProfile mentee, MatchProfile mentor, Locale locale) {
		if (mentee.goals().isEmpty() || mentor.goals().isEmpty()) {
			return text(locale, "match.reason.goals.unknown");
		}
		var shared = mentee.goals().shared(mentor.goals());
		if (shared.length == 0) {
			return text(locale, "match.reason.goals.none");
		}
		var words = new ArrayList<String>();
		for (int i = 0; i < Math.min(4, shared.length); i++) {
			words.add(pool.vocabulary().word(shared[i]));
		}
		return text(locale, "match.reason.goals", String.join(", ", words));
	}

	private String proximity(MatchProfile mentee, MatchProfile mentor, Locale locale) {
		if (mentee.remoteOk() && mentor.remoteOk()) {
			return text(locale, "match.reason.proximity.online");
		}
		if (!mentee.located() || !mentor.located()) {
			return text(locale, "match.reason.proximity.unknown");
		}
		return text(locale, "match.reason.proximity", formats.number(Math.round(MatchScorer.kilometres(mentee, mentor))));
	}

	private String availability(MatchProfile mentee, MatchProfile mentor, Locale locale) {
		if (mentee.availability() == 0 || mentor.availability() == 0) {
			return text(locale, "match.reason.availability.unknown");
		}
		var both = mentee.availability() & mentor.availability();
		if (both == 0) {
			return text(locale, "match.reason.availability.none");
		}
		var slots = new ArrayList<String>();
		for (var slot : AvailabilitySlot.values()) {
			if ((both & (1 << slot.ordinal())) != 0) {
				slots.add(text(locale, "AvailabilitySlot." + slot.name()));
			}
		}
		return text(locale, "match.reason.availability", String.join(", ", slots));
	}

	private String text(Locale locale, String code, Object... arguments) {
		return messages.getMessage(code, arguments, locale);
	}
}
