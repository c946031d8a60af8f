package org.passerelle.participant.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.passerelle.core.CanadianPostalCode;
import org.passerelle.core.Language;
import org.passerelle.core.PostalCode;
import org.passerelle.participant.LanguageSkill;
import org.passerelle.participant.ParticipantDetails;
import org.passerelle.participant.RecruitmentSource;
import org.passerelle.program.Audience;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An application on the public form, as a page form and as an API request body: who the person
 * is, what they do or seek, how they heard of the program and their consent. {@code website} is
 * a trap for robots: people never see it, so an application that fills it in is not kept.
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
		@AssertTrue(message = "{application.consent.required}") Boolean consent, String website) {

	ApplicationForm {
		consent = consent != null && consent;
	}

	static ApplicationForm empty(Audience role, Language language) {
		return new ApplicationForm(role, "", "", "", "", language, "", "", null, null, null, null, "", null, "", null,
				false, "");
	}

	/** Whether a robot filled in the field people never see. */
	boolean fromRobot() {
		return website != null && !website.isBlank();
	}

	/**
	 * The profile the application describes: a mentor's occupation is the one practised, with
	 * years in Canada; a mentee's the one sought, with years abroad.
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
		return new ParticipantDetails(firstName, lastName, email, phone, null, preferredLanguage, null,
				postalCode == null || postalCode.isBlank() ? null : PostalCode.parse(postalCode).orElse(null), null, null,
				List.copyOf(languages), mentor ? code : null, mentor ? null : code, null, mentor ? null : yearsExperience,
				mentor ? yearsExperience : null, null, null, null, null, mentor ? null : arrivalDate, null, null,
				careerGoals, Set.of(), false, Set.of(), null, null, mentor ? employerName : null, null, null,
				mentor ? capacity : null, recruitmentSource);
	}
}
