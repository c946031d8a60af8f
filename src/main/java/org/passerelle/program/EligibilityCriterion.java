package org.passerelle.program;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.passerelle.core.Language;
import org.passerelle.core.OrganisationId;
import org.passerelle.core.Province;
import org.passerelle.core.RuleViolationException;
import org.passerelle.reference.ImmigrationStatus;

/**
 * One eligibility rule of a program, from a small vocabulary (R-INT-1). Programs hold them as
 * data; {@link #evaluate} says whether a person passes, fails or lacks the data to tell.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({ @JsonSubTypes.Type(value = EligibilityCriterion.ImmigrationStatusIn.class, name = "IMMIGRATION_STATUS"),
		@JsonSubTypes.Type(value = EligibilityCriterion.ForeignDiploma.class, name = "FOREIGN_DIPLOMA"),
		@JsonSubTypes.Type(value = EligibilityCriterion.LanguageBenchmarkAtLeast.class, name = "LANGUAGE_BENCHMARK"),
		@JsonSubTypes.Type(value = EligibilityCriterion.ResidentOf.class, name = "RESIDENT_OF"),
		@JsonSubTypes.Type(value = EligibilityCriterion.WorkshopAttended.class, name = "WORKSHOP_ATTENDED"),
		@JsonSubTypes.Type(value = EligibilityCriterion.ExperienceAtLeast.class, name = "EXPERIENCE_AT_LEAST"),
		@JsonSubTypes.Type(value = EligibilityCriterion.YearsInCanadaAtMost.class, name = "YEARS_IN_CANADA_AT_MOST"),
		@JsonSubTypes.Type(value = EligibilityCriterion.AgeBetween.class, name = "AGE_BETWEEN"),
		@JsonSubTypes.Type(value = EligibilityCriterion.MemberOf.class, name = "MEMBER_OF"),
		@JsonSubTypes.Type(value = EligibilityCriterion.CommitmentAtLeast.class, name = "COMMITMENT_AT_LEAST"),
		@JsonSubTypes.Type(value = EligibilityCriterion.Attestation.class, name = "ATTESTATION") })
public sealed interface EligibilityCriterion {

	/** The kinds of criteria, as stored and as named in the API. */
	enum Kind {
		IMMIGRATION_STATUS, FOREIGN_DIPLOMA, LANGUAGE_BENCHMARK, RESIDENT_OF, WORKSHOP_ATTENDED, EXPERIENCE_AT_LEAST,
		YEARS_IN_CANADA_AT_MOST, AGE_BETWEEN, MEMBER_OF, COMMITMENT_AT_LEAST, ATTESTATION
	}

	Kind kind();

	/** Whether the person described by {@code facts} meets this criterion on {@code today}. */
	EligibilityOutcome evaluate(EligibilityFacts facts, LocalDate today);

	private static EligibilityOutcome outcome(boolean passes) {
		return passes ? EligibilityOutcome.PASS : EligibilityOutcome.FAIL;
	}

	/** Lacks data when the fact is unknown (null), otherwise passes when {@code passes} holds. */
	private static <T> EligibilityOutcome outcome(T fact, Predicate<T> passes) {
		return fact == null ? EligibilityOutcome.LACKS_DATA : outcome(passes.test(fact));
	}

	/** A criterion named by a key and worded in both languages. */
	private static void checkKeyAndWording(String key, String english, String french) {
		check(key != null && key.matches("[a-z0-9-]{1,60}"), "criterion.invalid.key");
		check(english != null && !english.isBlank() && french != null && !french.isBlank(),
				"criterion.invalid.statement");
	}

	private static void check(boolean valid, String messageCode) {
		if (!valid) {
			throw new RuleViolationException(messageCode);
		}
	}

	/** Immigration status is one of the given ones, such as permanent resident or Convention refugee. */
	record ImmigrationStatusIn(Set<ImmigrationStatus> statuses) implements EligibilityCriterion {

		public ImmigrationStatusIn {
			check(statuses != null && !statuses.isEmpty(), "criterion.invalid.statuses");
			statuses = Set.copyOf(EnumSet.copyOf(statuses));
		}

		@Override
		public Kind kind() {
			return Kind.IMMIGRATION_STATUS;
		}

		@Override
		public EligibilityOutcome evaluate(EligibilityFacts facts, LocalDate today) {
			return outcome(facts.immigrationStatus(), statuses::contains);
		}
	}

	/** Holds a diploma obtained outside Canada. */
	record ForeignDiploma() implements EligibilityCriterion {

		@Override
		public Kind kind() {
			return Kind.FOREIGN_DIPLOMA;
		}

		@Override
		public EligibilityOutcome evaluate(EligibilityFacts facts, LocalDate today) {
			return outcome(facts.foreignDiploma(), Boolean::booleanValue);
		}
	}

	/** Canadian Language Benchmark (English) or NCLC (French) at least {@code level}. */
	record LanguageBenchmarkAtLeast(Language language, int level) implements EligibilityCriterion {

		public LanguageBenchmarkAtLeast {
			check(language != null, "criterion.invalid.language");
			check(level >= 1 && level <= 12, "criterion.invalid.level");
		}

		@Override
		public Kind kind() {
			return Kind.LANGUAGE_BENCHMARK;
		}

		@Override
		public EligibilityOutcome evaluate(EligibilityFacts facts, LocalDate today) {
			return outcome(facts.languageLevels().get(language), known -> known >= level);
		}
	}

	/** Lives in the given province. */
	record ResidentOf(Province province) implements EligibilityCriterion {

		public ResidentOf {
			check(province != null, "criterion.invalid.province");
		}

		@Override
		public Kind kind() {
			return Kind.RESIDENT_OF;
		}

		@Override
		public EligibilityOutcome evaluate(EligibilityFacts facts, LocalDate today) {
			return outcome(facts.province(), known -> known == province);
		}
	}

	/** Attended a workshop, such as the job-search workshop; named in both languages. */
	record WorkshopAttended(String key, String nameEn, String nameFr) implements EligibilityCriterion {

		public WorkshopAttended {
			checkKeyAndWording(key, nameEn, nameFr);
		}

		@Override
		public Kind kind() {
			return Kind.WORKSHOP_ATTENDED;
		}

		@Override
		public EligibilityOutcome evaluate(EligibilityFacts facts, LocalDate today) {
			return outcome(facts.workshopsAttended(), attended -> attended.contains(key));
		}
	}

	/** At least {@code years} of professional experience, in Canada, abroad or anywhere. */
	record ExperienceAtLeast(int years, ExperienceRegion region) implements EligibilityCriterion {

		public ExperienceAtLeast {
			check(years >= 0 && years <= 60, "criterion.invalid.years");
			check(region != null, "criterion.invalid.region");
		}

		@Override
		public Kind kind() {
			return Kind.EXPERIENCE_AT_LEAST;
		}

		@Override
		public EligibilityOutcome evaluate(EligibilityFacts facts, LocalDate today) {
			var abroad = facts.yearsExperienceAbroad();
			var canada = facts.yearsExperienceCanada();
			return switch (region) {
				case CANADA -> canada == null ? EligibilityOutcome.LACKS_DATA : outcome(canada >= years);
				case ABROAD -> abroad == null ? EligibilityOutcome.LACKS_DATA : outcome(abroad >= years);
				case ANYWHERE -> {
					int known = (abroad == null ? 0 : abroad) + (canada == null ? 0 : canada);
					if (known >= years) {
						yield EligibilityOutcome.PASS;
					}
					yield abroad == null || canada == null ? EligibilityOutcome.LACKS_DATA : EligibilityOutcome.FAIL;
				}
			};
		}
	}

	/** Arrived in Canada at most {@code years} ago. */
	record YearsInCanadaAtMost(int years) implements EligibilityCriterion {

		public YearsInCanadaAtMost {
			check(years >= 0 && years <= 100, "criterion.invalid.years");
		}

		@Override
		public Kind kind() {
			return Kind.YEARS_IN_CANADA_AT_MOST;
		}

		@Override
		public EligibilityOutcome evaluate(EligibilityFacts facts, LocalDate today) {
			return outcome(facts.arrivalInCanada(), arrival -> !arrival.isBefore(today.minusYears(years)));
		}
	}

	/** Aged between {@code minimum} and {@code maximum} years, both included. */
	record AgeBetween(int minimum, int maximum) implements EligibilityCriterion {

		public AgeBetween {
			check(minimum >= 0 && maximum <= 120 && minimum <= maximum, "criterion.invalid.ages");
		}

		@Override
		public Kind kind() {
			return Kind.AGE_BETWEEN;
		}

		@Override
		public EligibilityOutcome evaluate(EligibilityFacts facts, LocalDate today) {
			if (facts.birthDate() == null) {
				return EligibilityOutcome.LACKS_DATA;
			}
			int age = Period.between(facts.birthDate(), today).getYears();
			return outcome(age >= minimum && age <= maximum);
		}
	}

	/** A member or employee of the given organisation. */
	record MemberOf(OrganisationId organisation) implements EligibilityCriterion {

		public MemberOf {
			check(organisation != null, "criterion.invalid.organisation");
		}

		@Override
		public Kind kind() {
			return Kind.MEMBER_OF;
		}

		@Override
		public EligibilityOutcome evaluate(EligibilityFacts facts, LocalDate today) {
			return outcome(facts.organisations(), members -> members.contains(organisation));
		}
	}

	/** Commits to at least {@code months} months. */
	record CommitmentAtLeast(int months) implements EligibilityCriterion {

		public CommitmentAtLeast {
			check(months >= 1 && months <= 60, "criterion.invalid.months");
		}

		@Override
		public Kind kind() {
			return Kind.COMMITMENT_AT_LEAST;
		}

		@Override
		public EligibilityOutcome evaluate(EligibilityFacts facts, LocalDate today) {
			return outcome(facts.commitmentMonths(), committed -> committed >= months);
		}
	}

	/** A statement the person attests yes or no to, written in both languages. */
	record Attestation(String key, String statementEn, String statementFr) implements EligibilityCriterion {

		public Attestation {
			checkKeyAndWording(key, statementEn, statementFr);
		}

		@Override
		public Kind kind() {
			return Kind.ATTESTATION;
		}

		@Override
		public EligibilityOutcome evaluate(EligibilityFacts facts, LocalDate today) {
			return outcome(facts.attestations().get(key), Boolean::booleanValue);
		}
	}
}
