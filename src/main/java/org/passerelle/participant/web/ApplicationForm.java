package org.passerelle.participant.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
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
import org.passerelle.participant.RecruitmentSource;
import org.passerelle.program.Audience;
import org.passerelle.reference.ImmigrationStatus;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An application on the public form, as a page form and as an API request body: who the person
 * is, what they do or seek, how they heard of the program and their consent. {@code website} is
 * a trap for robots: people never see it, so an application that fills it in is not kept. The
 * answers to what the program's criteria ask follow: the form shows a field for each one asked.
 *
 * @param attestations yes/no answers to the program's attestations, by key
 * @param workshopsAttended the program's workshops the person attended
 * @param noWorkshopsAttended the person attended none of them
 */
record ApplicationForm(@NotNull(message = "{application.role.required}") Audience role,
		@NotBlank(message = "{participant.firstName.required}") @Size(max = 100, message = "{field.tooLong}") String firstName,
		@NotBlank(message = "{participant.lastName.required}") @Size(max = 100, message = "{field.tooLong}") String lastName,
		@NotBlank(message = "{application.email.required}") @Email(message = "{field.email.invalid}") @Size(max = 254, message = "{field.tooLong}") String email,
		@Size(max = 40, message = "{field.tooLong}") @Pattern(regexp = "^$|^[0-9+()\\-. ]{7,40}$", message = "{field.phone.invalid}") String phone,
		Language preferredLanguage, @CanadianPostalCode String postalCode,
		@Pattern(regexp = "^$|^\\d{1,5}$", message = "{participant.occupation.format}") String occupationCode,
		@Min(value = 0, message = "{field.min}") @Max(value = 70, message = "{field.max}") Integer yearsExperience,
		@Min(value = 1, message = "{field.min}") @Max(value = 12, message = "{field.max}") Integer frenchLevel,
		@Min(value = 1, message = "{field.min}") @Max(value = 12, message = "{field.max}") Integer englishLevel,
		@PastOrPresent(message = "{participant.arrivalDate.impossible}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate arrivalDate,
		@Size(max = 200, message = "{field.tooLong}") String employerName,
		@Min(value = 1, message = "{field.min}") @Max(value = 100, message = "{field.max}") Integer capacity,
		@Size(max = 4000, message = "{field.tooLong}") String careerGoals, RecruitmentSource recruitmentSource,
		@AssertTrue(message = "{application.consent.required}") Boolean consent, String website,
		Province province, ImmigrationStatus immigrationStatus, Boolean foreignDiploma,
		@Past(message = "{participant.birthDate.impossible}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
		@Min(value = 0, message = "{field.min}") @Max(value = 70, message = "{field.max}") Integer yearsExperienceAbroad,
		@Min(value = 0, message = "{field.min}") @Max(value = 70, message = "{field.max}") Integer yearsExperienceCanada,
		@Min(value = 1, message = "{field.min}") @Max(value = 120, message = "{field.max}") Integer commitmentMonths,
		Map<String, Boolean> attestations, Set<String> workshopsAttended, Boolean noWorkshopsAttended) {

	/**
	 * The facts this form always asks of a role — the languages, and years of experience in Canada
	 * of a mentor, abroad of a mentee; the others are asked when the program's criteria read them.
	 */
	static List<String> alwaysAsked(Audience role) {
		return List.of("LANGUAGE_BENCHMARK", role == Audience.MENTOR ? "EXPERIENCE_CANADA" : "EXPERIENCE_ABROAD");
	}

	ApplicationForm {
		consent = consent != null && consent;
		attestations = attestations == null ? Map.of() : attestations;
		noWorkshopsAttended = noWorkshopsAttended != null && noWorkshopsAttended;
	}

	static ApplicationForm empty(Audience role, Language language) {
		return new ApplicationForm(role, "", "", "", "", language, "", "", null, null, null, null, "", null, "", null,
				false, "", null, null, null, null, null, null, null, Map.of(), null, false);
	}

	/** Whether a robot filled in the field people never see. */
	boolean fromRobot() {
		return website != null && !website.isBlank();
	}

	/**
	 * The profile the application describes: a mentor's occupation is the one practised, with
	 * years in Canada; a mentee's the one sought, with years abroad — unless the program asked
	 * both apart.
	 */
	ParticipantDetails details() {
		var languages = new ArrayList<LanguageSkill>();
		if (frenchLevel != null) {
			languages.add(new LanguageSkill("fr", frenchLevel));
		}
		if (englishLevel != null) {
			languages.add(new LanguageSkill("en", englishLevel));
		}
		var mentor = role == Audience.MENTOR;
		var code = occupationCode == null || occupationCode.isBlank() ? null : occupationCode.strip();
		var abroad = yearsExperienceAbroad != null ? yearsExperienceAbroad : mentor ? null : yearsExperience;
		var canada = yearsExperienceCanada != null ? yearsExperienceCanada : mentor ? yearsExperience : null;
		return new ParticipantDetails(firstName, lastName, email, phone, birthDate, preferredLanguage, null,
				postalCode == null || postalCode.isBlank() ? null : PostalCode.parse(postalCode).orElse(null), null,
				province, List.copyOf(languages), mentor ? code : null, mentor ? null : code, null, abroad, canada, null,
				foreignDiploma, null, immigrationStatus, mentor ? null : arrivalDate, null, null, careerGoals, Set.of(),
				false, ParticipantDetails.workshopsAttended(workshopsAttended, noWorkshopsAttended), commitmentMonths,
				null, mentor ? employerName : null, null, null, mentor ? capacity : null, recruitmentSource,
				attestations);
	}
}
