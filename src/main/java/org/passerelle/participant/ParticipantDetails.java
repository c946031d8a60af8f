package org.passerelle.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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
 * @param workshopsAttended keys of workshops attended, as eligibility criteria name them
 * @param commitmentMonths months the person commits to
 * @param employerOrganisation the partner organisation a mentor is affiliated with
 * @param capacity mentees a mentor is willing to follow at once
 */
public record ParticipantDetails(String firstName, String lastName, String email, String phone, LocalDate birthDate,
		Language preferredLanguage, Gender gender, PostalCode postalCode, String city, Province province,
		List<LanguageSkill> languages, String occupationCode, String targetOccupationCode, String industryCode,
		Integer yearsExperienceAbroad, Integer yearsExperienceCanada, EducationLevel education, Boolean foreignDiploma,
		CredentialStatus credentials, ImmigrationStatus immigrationStatus, LocalDate arrivalDate,
		String countryOfOrigin, String culturalBackground, String careerGoals, Set<AvailabilitySlot> availability,
		boolean remoteOk, Set<String> workshopsAttended, Integer commitmentMonths,
		OrganisationId employerOrganisation, String employerName, PositionLevel positionLevel, WorkStatus workStatus,
		Integer capacity, RecruitmentSource recruitmentSource) {

	public ParticipantDetails {
		languages = languages == null ? List.of() : List.copyOf(languages);
		availability = availability == null ? Set.of() : Set.copyOf(availability);
		workshopsAttended = workshopsAttended == null ? Set.of() : Set.copyOf(workshopsAttended);
	}

	/** The same profile living in another city and province. */
	public ParticipantDetails withPlace(String newCity, Province newProvince) {
		return new ParticipantDetails(firstName, lastName, email, phone, birthDate, preferredLanguage, gender, postalCode,
				newCity, newProvince, languages, occupationCode, targetOccupationCode, industryCode, yearsExperienceAbroad,
				yearsExperienceCanada, education, foreignDiploma, credentials, immigrationStatus, arrivalDate,
				countryOfOrigin, culturalBackground, careerGoals, availability, remoteOk, workshopsAttended,
				commitmentMonths, employerOrganisation, employerName, positionLevel, workStatus, capacity,
				recruitmentSource);
	}

	/** A profile with only a name and an e-mail address, for tests and quick entry. */
	public static ParticipantDetails named(String firstName, String lastName, String email) {
		return new ParticipantDetails(firstName, lastName, email, null, null, Language.FR, null, null, null, null,
				List.of(), null, null, null, null, null, null, null, null, null, null, null, null, null, Set.of(),
				false, Set.of(), null, null, null, null, null, null, null);
	}
}
