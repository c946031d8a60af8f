package org.passerelle.program;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.passerelle.core.Language;
import org.passerelle.program.EligibilityCriterion.AgeBetween;
import org.passerelle.program.EligibilityCriterion.Attestation;
import org.passerelle.program.EligibilityCriterion.CommitmentAtLeast;
import org.passerelle.program.EligibilityCriterion.ExperienceAtLeast;
import org.passerelle.program.EligibilityCriterion.ForeignDiploma;
import org.passerelle.program.EligibilityCriterion.ImmigrationStatusIn;
import org.passerelle.program.EligibilityCriterion.LanguageBenchmarkAtLeast;
import org.passerelle.program.EligibilityCriterion.MemberOf;
import org.passerelle.program.EligibilityCriterion.ResidentOf;
import org.passerelle.program.EligibilityCriterion.WorkshopAttended;
import org.passerelle.program.EligibilityCriterion.YearsInCanadaAtMost;

/**
 * What a program's criteria for one audience ask of a person, so that every form where facts are
 * entered can generate a field for each, whatever criteria a coordinator added (R-INT-1): the
 * facts they read, each attestation as a yes/no question and each workshop they name, written in
 * the reader's language.
 *
 * @param facts the facts the criteria read
 * @param benchmarkLanguages the languages whose benchmark level a criterion reads
 * @param attestations the statements to answer yes or no, by key, in their order
 * @param workshops the workshops a criterion names, by key, in their order
 */
public record EligibilityQuestions(ProgramId program, Audience audience, Set<Fact> facts,
		Set<Language> benchmarkLanguages, List<Question> attestations, List<Question> workshops) {

	/** A fact of a profile that a criterion reads. */
	public enum Fact {
		IMMIGRATION_STATUS, FOREIGN_DIPLOMA, LANGUAGE_BENCHMARK, PROVINCE, WORKSHOPS, EXPERIENCE_ABROAD,
		EXPERIENCE_CANADA, ARRIVAL_DATE, BIRTH_DATE, ORGANISATION, COMMITMENT_MONTHS, ATTESTATIONS
	}

	/** A statement or a workshop, by its key, in the reader's language. */
	public record Question(String key, String text) {
	}

	public EligibilityQuestions {
		facts = facts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(facts));
		benchmarkLanguages = Set.copyOf(benchmarkLanguages);
		attestations = List.copyOf(attestations);
		workshops = List.copyOf(workshops);
	}

	/** The questions of these criteria, written in the language of {@code locale}. */
	public static EligibilityQuestions of(ProgramId program, Audience audience, List<EligibilityCriterion> criteria,
			Locale locale) {
		var french = Language.of(locale).orElse(Language.FR) == Language.FR;
		var facts = EnumSet.noneOf(Fact.class);
		var languages = EnumSet.noneOf(Language.class);
		var attestations = new ArrayList<Question>();
		var workshops = new ArrayList<Question>();
		for (var criterion : criteria) {
			switch (criterion) {
				case ImmigrationStatusIn statuses -> facts.add(Fact.IMMIGRATION_STATUS);
				case ForeignDiploma diploma -> facts.add(Fact.FOREIGN_DIPLOMA);
				case LanguageBenchmarkAtLeast(var language, var level) -> {
					facts.add(Fact.LANGUAGE_BENCHMARK);
					languages.add(language);
				}
				case ResidentOf province -> facts.add(Fact.PROVINCE);
				case WorkshopAttended(var key, var nameEn, var nameFr) -> {
					facts.add(Fact.WORKSHOPS);
					add(workshops, new Question(key, french ? nameFr : nameEn));
				}
				case ExperienceAtLeast(var years, var region) -> {
					switch (region) {
						case ABROAD -> facts.add(Fact.EXPERIENCE_ABROAD);
						case CANADA -> facts.add(Fact.EXPERIENCE_CANADA);
						case ANYWHERE -> facts.addAll(Set.of(Fact.EXPERIENCE_ABROAD, Fact.EXPERIENCE_CANADA));
					}
				}
				case YearsInCanadaAtMost years -> facts.add(Fact.ARRIVAL_DATE);
				case AgeBetween ages -> facts.add(Fact.BIRTH_DATE);
				case MemberOf member -> facts.add(Fact.ORGANISATION);
				case CommitmentAtLeast months -> facts.add(Fact.COMMITMENT_MONTHS);
				case Attestation(var key, var statementEn, var statementFr) -> {
					facts.add(Fact.ATTESTATIONS);
					add(attestations, new Question(key, french ? statementFr : statementEn));
				}
			}
		}
		return new EligibilityQuestions(program, audience, facts, languages, attestations, workshops);
	}

	/** Nothing asked. */
	public static EligibilityQuestions none(ProgramId program, Audience audience) {
		return new EligibilityQuestions(program, audience, Set.of(), Set.of(), List.of(), List.of());
	}

	/** Whether a criterion reads this fact. */
	public boolean asks(Fact fact) {
		return facts.contains(fact);
	}

	/** Whether a criterion reads the benchmark level of this language. */
	public boolean asksBenchmark(Language language) {
		return benchmarkLanguages.contains(language);
	}

	public Set<String> attestationKeys() {
		return attestations.stream().map(Question::key).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	public Set<String> workshopKeys() {
		return workshops.stream().map(Question::key).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/** The questions of both, each asked once: a person taking part in several programs answers once. */
	public EligibilityQuestions and(EligibilityQuestions other) {
		var facts = EnumSet.noneOf(Fact.class);
		facts.addAll(this.facts);
		facts.addAll(other.facts);
		var languages = EnumSet.noneOf(Language.class);
		languages.addAll(this.benchmarkLanguages);
		languages.addAll(other.benchmarkLanguages);
		var attestations = new ArrayList<>(this.attestations);
		other.attestations.forEach(question -> add(attestations, question));
		var workshops = new ArrayList<>(this.workshops);
		other.workshops.forEach(question -> add(workshops, question));
		return new EligibilityQuestions(program, audience, facts, languages, attestations, workshops);
	}

	private static void add(List<Question> questions, Question question) {
		if (questions.stream().noneMatch(existing -> existing.key().equals(question.key()))) {
			questions.add(question);
		}
	}
}
