package org.passerelle.program;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.passerelle.core.Language;
import org.passerelle.identity.OrganisationDirectory;
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
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a criterion as a sentence in the reader's language, such as "Canadian Language
 * Benchmark 5 or higher in English" or « NCLC 7 ou plus en français ».
 */
@Component
class CriterionDescriptions {

	private final MessageSource messages;

	private final OrganisationDirectory organisations;

	CriterionDescriptions(MessageSource messages, OrganisationDirectory organisations) {
		this.messages = messages;
		this.organisations = organisations;
	}

	String describe(EligibilityCriterion criterion, Locale locale) {
		var french = Language.of(locale).orElse(Language.FR) == Language.FR;
		return switch (criterion) {
			case ImmigrationStatusIn(var statuses) -> message(locale, "criterion.IMMIGRATION_STATUS",
					statuses.stream().sorted().map(status -> message(locale, "ImmigrationStatus." + status))
						.collect(Collectors.joining(message(locale, "criterion.or"))));
			case ForeignDiploma() -> message(locale, "criterion.FOREIGN_DIPLOMA");
			case LanguageBenchmarkAtLeast(var language, var level) ->
				message(locale, "criterion.LANGUAGE_BENCHMARK." + language, level);
			case ResidentOf(var province) ->
				message(locale, "criterion.RESIDENT_OF", message(locale, "Province." + province));
			case WorkshopAttended(var key, var nameEn, var nameFr) ->
				message(locale, "criterion.WORKSHOP_ATTENDED", french ? nameFr : nameEn);
			case ExperienceAtLeast(var years, var region) ->
				message(locale, "criterion.EXPERIENCE_AT_LEAST." + region, years);
			case YearsInCanadaAtMost(var years) -> message(locale, "criterion.YEARS_IN_CANADA_AT_MOST", years);
			case AgeBetween(var minimum, var maximum) -> message(locale, "criterion.AGE_BETWEEN", minimum, maximum);
			case MemberOf(var organisation) -> ProgramTemplate.LEAD.equals(organisation)
					? message(locale, "criterion.MEMBER_OF.lead")
					: message(locale, "criterion.MEMBER_OF",
							organisations.names(Set.of(organisation)).getOrDefault(organisation, organisation.toString()));
			case CommitmentAtLeast(var months) -> message(locale, "criterion.COMMITMENT_AT_LEAST", months);
			case Attestation(var key, var statementEn, var statementFr) ->
				message(locale, "criterion.ATTESTATION", french ? statementFr : statementEn);
		};
	}

	private String message(Locale locale, String code, Object... arguments) {
		return messages.getMessage(code, arguments, locale);
	}
}
