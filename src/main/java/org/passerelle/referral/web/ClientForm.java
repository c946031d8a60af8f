package org.passerelle.referral.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.passerelle.core.CanadianPostalCode;
import org.passerelle.core.Language;
import org.passerelle.core.PostalCode;
import org.passerelle.core.Province;
import org.passerelle.participant.LanguageSkill;
import org.passerelle.participant.ParticipantDetails;
import org.passerelle.reference.ImmigrationStatus;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A referral as the agency starts it: the program, what it knows of its client — with the answers
 * to what the program's criteria ask — its readiness notes and the client's consent to share. The
 * rest of the profile is completed afterwards.
 *
 * @param attestations yes/no answers to the program's attestations, by key
 * @param workshopsAttended the program's workshops the client attended
 * @param noWorkshopsAttended the client attended none of them
 */
record ClientForm(@NotNull(message = "{participant.program.required}") UUID programId,
		@NotBlank(message = "{participant.firstName.required}") @Size(max = 100, message = "{field.tooLong}") String firstName,
		@NotBlank(message = "{participant.lastName.required}") @Size(max = 100, message = "{field.tooLong}") String lastName,
		@Email(message = "{field.email.invalid}") @Size(max = 254, message = "{field.tooLong}") String email,
		@Size(max = 40, message = "{field.tooLong}") @Pattern(regexp = "^$|^[0-9+()\\-. ]{7,40}$", message = "{field.phone.invalid}") String phone,
		@Past(message = "{participant.birthDate.impossible}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
		Language preferredLanguage, @CanadianPostalCode String postalCode, ImmigrationStatus immigrationStatus,
		@PastOrPresent(message = "{participant.arrivalDate.impossible}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate arrivalDate,
		Boolean foreignDiploma,
		@Pattern(regexp = "^$|^\\d{1,5}$", message = "{participant.occupation.format}") String targetOccupationCode,
		@Min(value = 1, message = "{field.min}") @Max(value = 12, message = "{field.max}") Integer englishLevel,
		@Min(value = 1, message = "{field.min}") @Max(value = 12, message = "{field.max}") Integer frenchLevel,
		@Size(max = 4000, message = "{field.tooLong}") String careerGoals,
		@Size(max = 4000, message = "{field.tooLong}") String readinessNotes, Boolean consentToShare,
		Province province,
		@Min(value = 0, message = "{field.min}") @Max(value = 70, message = "{field.max}") Integer yearsExperienceAbroad,
		@Min(value = 0, message = "{field.min}") @Max(value = 70, message = "{field.max}") Integer yearsExperienceCanada,
		@Min(value = 1, message = "{field.min}") @Max(value = 120, message = "{field.max}") Integer commitmentMonths,
		Map<String, Boolean> attestations, Set<String> workshopsAttended, Boolean noWorkshopsAttended) {

	/** The facts this form always asks; the others are asked when the program's criteria read them. */
	static final List<String> ALWAYS_ASKED = List.of("FOREIGN_DIPLOMA", "IMMIGRATION_STATUS", "BIRTH_DATE",
			"ARRIVAL_DATE", "LANGUAGE_BENCHMARK");

	ClientForm {
		consentToShare = consentToShare != null && consentToShare;
		attestations = attestations == null ? Map.of() : attestations;
		noWorkshopsAttended = noWorkshopsAttended != null && noWorkshopsAttended;
	}

	static ClientForm empty() {
		return new ClientForm(null, "", "", "", "", null, Language.FR, "", null, null, null, "", null, null, "", "",
				false, null, null, null, null, Map.of(), null, false);
	}

	ParticipantDetails details() {
		var languages = new ArrayList<LanguageSkill>();
		if (frenchLevel != null) {
			languages.add(new LanguageSkill("fr", frenchLevel));
		}
		if (englishLevel != null) {
			languages.add(new LanguageSkill("en", englishLevel));
		}
		return new ParticipantDetails(firstName, lastName, email, phone, birthDate, preferredLanguage, null,
				postalCode == null || postalCode.isBlank() ? null : PostalCode.parse(postalCode).orElse(null), null,
				province, List.copyOf(languages), null, targetOccupationCode, null, yearsExperienceAbroad,
				yearsExperienceCanada, null, foreignDiploma, null, immigrationStatus, arrivalDate, null, null, careerGoals,
				Set.of(), false, ParticipantDetails.workshopsAttended(workshopsAttended, noWorkshopsAttended),
				commitmentMonths, null, null, null, null, null, null, attestations);
	}
}
