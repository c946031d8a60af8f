package org.passerelle.participant;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.passerelle.core.InvalidFieldException;

import org.passerelle.core.Language;
import org.passerelle.core.OrganisationId;
import org.passerelle.core.PostalCode;
import org.passerelle.core.Province;
import org.passerelle.reference.ImmigrationStatus;

/**
 * Everything a profile holds that eligibility and matching need (R-REC-1, R-INT-1). The mentor
 * fields stay empty for a mentee. Accommodation needs are kept apart, for the few who must act.
 *
 * @param occupationCode the NOC 2021 code of the occupation practised
 * @param targetOccupationCode the NOC 2021 code of the occupation sought
 * @param industryCode the NAICS 2022 code of the industry
 * @param countryOfOrigin ISO 3166 two-letter code
 * @param remoteOk whether meeting online suits the person
 * @param workshopsAttended keys of workshops attended, as eligibility criteria name them; empty when
 *        the person attended none of them, null when that is not known
 * @param commitmentMonths months the person commits to
 * @param employerOrganisation the partner organisation a mentor is affiliated with
 * @param capacity mentees a mentor is willing to follow at once
 * @param attestations the person's yes/no answers to programs' attestations, by key
 */
public record ParticipantDetails(String firstName, String lastName, String email, String phone, LocalDate birthDate,
		Language preferredLanguage, Gender gender, PostalCode postalCode, String city, Province province,
		List<LanguageSkill> languages, String occupationCode, String targetOccupationCode, String industryCode,
		Integer yearsExperienceAbroad, Integer yearsExperienceCanada, EducationLevel education, Boolean foreignDiploma,
		CredentialStatus credentials, ImmigrationStatus immigrationStatus, LocalDate arrivalDate,
		String countryOfOrigin, String culturalBackground, String careerGoals, Set<AvailabilitySlot> availability,
		boolean remoteOk, Set<String> workshopsAttended, Integer commitmentMonths,
		OrganisationId employerOrganisation, String employerName, PositionLevel positionLevel, WorkStatus workStatus,
		Integer capacity, RecruitmentSource recruitmentSource, Map<String, Boolean> attestations) {

	public ParticipantDetails {
		languages = languages == null ? List.of() : List.copyOf(languages);
		availability = availability == null ? Set.of() : Set.copyOf(availability);
		workshopsAttended = workshopsAttended == null ? null : Set.copyOf(workshopsAttended);
		attestations = attestations == null ? Map.of() : Map.copyOf(attestations);
	}

	/**
	 * The workshops attended as a form tells them: those ticked; none when the person said they
	 * attended none; not known (null) when nothing was said. Ticking a workshop and "none" at once
	 * is refused.
	 */
	public static Set<String> workshopsAttended(Collection<String> ticked, Boolean noneAttended) {
		var keys = ticked == null ? Set.<String>of()
				: ticked.stream()
					.filter(key -> key != null && !key.isBlank())
					.map(key -> key.strip().toLowerCase(Locale.ROOT))
					.collect(Collectors.toCollection(LinkedHashSet::new));
		boolean none = noneAttended != null && noneAttended;
		if (none && !keys.isEmpty()) {
			throw new InvalidFieldException("workshopsAttended", "eligibility.workshops.contradiction");
		}
		if (keys.isEmpty()) {
			// an empty list sent on purpose (the API) says "none" as the box does
			return none || ticked != null ? Set.of() : null;
		}
		return keys;
	}

	/** The same profile living in another city and province. */
	public ParticipantDetails withPlace(String newCity, Province newProvince) {
		return new ParticipantDetails(firstName, lastName, email, phone, birthDate, preferredLanguage, gender, postalCode,
				newCity, newProvince, languages, occupationCode, targetOccupationCode, industryCode, yearsExperienceAbroad,
				yearsExperienceCanada, education, foreignDiploma, credentials, immigrationStatus, arrivalDate,
				countryOfOrigin, culturalBackground, careerGoals, availability, remoteOk, workshopsAttended,
				commitmentMonths, employerOrganisation, employerName, positionLevel, workStatus, capacity,
				recruitmentSource, attestations);
	}

	/** A profile with only a name and an e-mail address, for tests and quick entry. */
	public static ParticipantDetails named(String firstName, String lastName, String email) {
		return new ParticipantDetails(firstName, lastName, email, null, null, Language.FR, null, null, null, null,
				List.of(), null, null, null, null, null, null, null, null, null, null, null, null, null, Set.of(),
				false, null, null, null, null, null, null, null, null, Map.of());
	}
}
