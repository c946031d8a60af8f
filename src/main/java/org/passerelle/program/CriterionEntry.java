package org.passerelle.program;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.passerelle.core.Language;
import org.passerelle.core.OrganisationId;
import org.passerelle.core.Province;
import org.passerelle.program.EligibilityCriterion.AgeBetween;
import org.passerelle.program.EligibilityCriterion.Attestation;
import org.passerelle.program.EligibilityCriterion.CommitmentAtLeast;
import org.passerelle.program.EligibilityCriterion.ExperienceAtLeast;
import org.passerelle.program.EligibilityCriterion.ForeignDiploma;
import org.passerelle.program.EligibilityCriterion.ImmigrationStatusIn;
import org.passerelle.program.EligibilityCriterion.Kind;
import org.passerelle.program.EligibilityCriterion.LanguageBenchmarkAtLeast;
import org.passerelle.program.EligibilityCriterion.MemberOf;
import org.passerelle.program.EligibilityCriterion.ResidentOf;
import org.passerelle.program.EligibilityCriterion.WorkshopAttended;
import org.passerelle.program.EligibilityCriterion.YearsInCanadaAtMost;
import org.passerelle.reference.ImmigrationStatus;

/**
 * A criterion as a row of {@code program_criterion}: its kind and up to two numbers, a code list,
 * an organisation and a text in each language.
 */
@Embeddable
class CriterionEntry {

	private UUID id;

	@Enumerated(EnumType.STRING)
	private Audience audience;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String codes;

	private Integer firstNumber;

	private Integer secondNumber;

	private UUID organisationId;

	private String textEn;

	private String textFr;

	protected CriterionEntry() {
	}

	CriterionEntry(Audience audience, EligibilityCriterion criterion) {
		this.id = UUID.randomUUID();
		this.audience = audience;
		this.kind = criterion.kind();
		switch (criterion) {
			case ImmigrationStatusIn(var statuses) -> codes = statuses.stream()
				.sorted()
				.map(Enum::name)
				.collect(Collectors.joining(","));
			case ForeignDiploma() -> {
			}
			case LanguageBenchmarkAtLeast(var language, var level) -> {
				codes = language.name();
				firstNumber = level;
			}
			case ResidentOf(var province) -> codes = province.name();
			case WorkshopAttended(var key, var nameEn, var nameFr) -> {
				codes = key;
				textEn = nameEn;
				textFr = nameFr;
			}
			case ExperienceAtLeast(var years, var region) -> {
				firstNumber = years;
				codes = region.name();
			}
			case YearsInCanadaAtMost(var years) -> firstNumber = years;
			case AgeBetween(var minimum, var maximum) -> {
				firstNumber = minimum;
				secondNumber = maximum;
			}
			case MemberOf(var organisation) -> organisationId = organisation.value();
			case CommitmentAtLeast(var months) -> firstNumber = months;
			case Attestation(var key, var statementEn, var statementFr) -> {
				codes = key;
				textEn = statementEn;
				textFr = statementFr;
			}
		}
	}

	UUID id() {
		return id;
	}

	Audience audience() {
		return audience;
	}

	EligibilityCriterion criterion() {
		return switch (kind) {
			case IMMIGRATION_STATUS -> new ImmigrationStatusIn(Arrays.stream(codes.split(","))
				.map(ImmigrationStatus::valueOf)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(ImmigrationStatus.class))));
			case FOREIGN_DIPLOMA -> new ForeignDiploma();
			case LANGUAGE_BENCHMARK -> new LanguageBenchmarkAtLeast(Language.valueOf(codes), firstNumber);
			case RESIDENT_OF -> new ResidentOf(Province.valueOf(codes));
			case WORKSHOP_ATTENDED -> new WorkshopAttended(codes, textEn, textFr);
			case EXPERIENCE_AT_LEAST -> new ExperienceAtLeast(firstNumber, ExperienceRegion.valueOf(codes));
			case YEARS_IN_CANADA_AT_MOST -> new YearsInCanadaAtMost(firstNumber);
			case AGE_BETWEEN -> new AgeBetween(firstNumber, secondNumber);
			case MEMBER_OF -> new MemberOf(new OrganisationId(organisationId));
			case COMMITMENT_AT_LEAST -> new CommitmentAtLeast(firstNumber);
			case ATTESTATION -> new Attestation(codes, textEn, textFr);
		};
	}
}
