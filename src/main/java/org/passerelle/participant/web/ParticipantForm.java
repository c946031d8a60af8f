package org.passerelle.participant.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
import org.passerelle.core.OrganisationId;
import org.passerelle.core.PostalCode;
import org.passerelle.core.Province;
import org.passerelle.participant.AvailabilitySlot;
import org.passerelle.participant.CredentialStatus;
import org.passerelle.participant.EducationLevel;
import org.passerelle.participant.Gender;
import org.passerelle.participant.LanguageSkill;
import org.passerelle.participant.ParticipantDetails;
import org.passerelle.participant.ParticipationStatus;
import org.passerelle.participant.PositionLevel;
import org.passerelle.participant.RecruitmentSource;
import org.passerelle.participant.WorkStatus;
import org.passerelle.program.Audience;
import org.passerelle.reference.ImmigrationStatus;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A profile as a form and as an API request body. On creation, {@code programId} and
 * {@code role} enrol the person at once, and {@code confirmedDistinct} says that someone with the
 * same name and birth date is another person; {@code version} says which state a change was made
 * from.
 *
 * @param workshops keys of workshops attended, separated by commas: on the page, those no program
 *        of the person names
 * @param attestations yes/no answers to programs' attestations, by key
 * @param workshopsAttended keys of workshops attended, as boxes ticked on the page or a list in
 *        the API; an empty list says none was attended
 * @param noWorkshopsAttended the person attended none of the workshops; without it and without any
 *        workshop, what they attended is not known
 */
record ParticipantForm(
		@NotBlank(message = "{participant.firstName.required}") @Size(max = 100, message = "{field.tooLong}") String firstName,
		@NotBlank(message = "{participant.lastName.required}") @Size(max = 100, message = "{field.tooLong}") String lastName,
		@Email(message = "{field.email.invalid}") @Size(max = 254, message = "{field.tooLong}") String email,
		@Size(max = 40, message = "{field.tooLong}") @Pattern(regexp = "^$|^[0-9+()\\-. ]{7,40}$", message = "{field.phone.invalid}") String phone,
		@Past(message = "{participant.birthDate.impossible}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
		Language preferredLanguage, Gender gender, @CanadianPostalCode String postalCode,
		@Size(max = 100, message = "{field.tooLong}") String city, Province province,
		List<LanguageRow> languages,
		@Pattern(regexp = "^$|^\\d{1,5}$", message = "{participant.occupation.format}") String occupationCode,
		@Pattern(regexp = "^$|^\\d{1,5}$", message = "{participant.occupation.format}") String targetOccupationCode,
		@Pattern(regexp = "^$|^\\d{2}(-\\d{2})?$|^\\d{3,6}$", message = "{participant.industry.format}") String industryCode,
		@Min(value = 0, message = "{field.min}") @Max(value = 70, message = "{field.max}") Integer yearsExperienceAbroad,
		@Min(value = 0, message = "{field.min}") @Max(value = 70, message = "{field.max}") Integer yearsExperienceCanada,
		EducationLevel education, Boolean foreignDiploma, CredentialStatus credentials,
		ImmigrationStatus immigrationStatus,
		@PastOrPresent(message = "{participant.arrivalDate.impossible}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate arrivalDate,
		@Pattern(regexp = "^$|^[A-Za-z]{2}$", message = "{participant.country.format}") String countryOfOrigin,
		@Size(max = 200, message = "{field.tooLong}") String culturalBackground,
		@Size(max = 4000, message = "{field.tooLong}") String careerGoals, Set<AvailabilitySlot> availability,
		Boolean remoteOk, @Size(max = 500, message = "{field.tooLong}") String workshops,
		@Min(value = 1, message = "{field.min}") @Max(value = 120, message = "{field.max}") Integer commitmentMonths,
		UUID employerOrganisationId, @Size(max = 200, message = "{field.tooLong}") String employerName,
		PositionLevel positionLevel, WorkStatus workStatus,
		@Min(value = 1, message = "{field.min}") @Max(value = 100, message = "{field.max}") Integer capacity,
		RecruitmentSource recruitmentSource, UUID programId, Audience role, ParticipationStatus status,
		Boolean confirmedDistinct, @NotNull(groups = Change.class, message = "{field.versionRequired}") Long version,
		Map<String, Boolean> attestations, Set<String> workshopsAttended, Boolean noWorkshopsAttended,
		UUID knownParticipantId) {

	/** Validation group of a change, which must say which version it changes. */
	interface Change {
	}

	ParticipantForm {
		// the form always shows the same number of language rows, whatever was sent
		var padded = new ArrayList<LanguageRow>(languages == null ? List.of() : languages);
		padded.replaceAll(row -> row == null ? new LanguageRow("", null) : row);
		while (padded.size() < LANGUAGE_ROWS) {
			padded.add(new LanguageRow("", null));
		}
		languages = padded;
		// an unticked box sends nothing: no
		remoteOk = remoteOk != null && remoteOk;
		confirmedDistinct = confirmedDistinct != null && confirmedDistinct;
		attestations = attestations == null ? Map.of() : attestations;
		noWorkshopsAttended = noWorkshopsAttended != null && noWorkshopsAttended;
	}

	/** One spoken language and its benchmark level, if assessed. */
	record LanguageRow(@Pattern(regexp = "^$|^[a-z]{2,3}$", message = "{participant.language.format}") String code,
			@Min(value = 1, message = "{field.min}") @Max(value = 12, message = "{field.max}") Integer level) {
	}

	static final int LANGUAGE_ROWS = 4;

	static ParticipantForm empty() {
		return new ParticipantForm("", "", "", "", null, Language.FR, null, "", "", null, rows(List.of()), "", "",
				"", null, null, null, null, null, null, null, "", "", "", Set.of(), false, "", null, null, "", null,
				null, null, null, null, Audience.MENTEE, ParticipationStatus.ENROLLED, false, null, Map.of(), null, false, null);
	}

	/**
	 * The form of a profile, whose programs name {@code named} workshops: those are boxes, the
	 * others the text field.
	 */
	static ParticipantForm of(ParticipantDetails d, long version, Set<String> named) {
		var attended = d.workshopsAttended();
		var others = attended == null ? List.<String>of()
				: attended.stream().filter(key -> !named.contains(key)).sorted().toList();
		var ticked = attended == null ? null
				: attended.stream().filter(named::contains).collect(Collectors.toSet());
		return new ParticipantForm(d.firstName(), d.lastName(), d.email(), d.phone(), d.birthDate(),
				d.preferredLanguage(), d.gender(), d.postalCode() == null ? "" : d.postalCode().value(), d.city(),
				d.province(), rows(d.languages()), d.occupationCode(), d.targetOccupationCode(), d.industryCode(),
				d.yearsExperienceAbroad(), d.yearsExperienceCanada(), d.education(), d.foreignDiploma(), d.credentials(),
				d.immigrationStatus(), d.arrivalDate(), d.countryOfOrigin(), d.culturalBackground(), d.careerGoals(),
				d.availability(), d.remoteOk(), String.join(", ", others), d.commitmentMonths(),
				d.employerOrganisation() == null ? null : d.employerOrganisation().value(), d.employerName(),
				d.positionLevel(), d.workStatus(), d.capacity(), d.recruitmentSource(), null, null, null, false, version,
				d.attestations(), ticked, attended != null && attended.isEmpty(), null);
	}

	/** The language rows of the form: those known, then empty ones to fill. */
	private static List<LanguageRow> rows(List<LanguageSkill> skills) {
		var rows = new ArrayList<LanguageRow>();
		skills.forEach(skill -> rows.add(new LanguageRow(skill.code(), skill.level())));
		while (rows.size() < LANGUAGE_ROWS) {
			rows.add(new LanguageRow("", null));
		}
		return rows;
	}

	ParticipantDetails details() {
		var skills = languages == null ? List.<LanguageSkill>of()
				: languages.stream()
					.filter(row -> row != null && row.code() != null && !row.code().isBlank())
					.map(row -> new LanguageSkill(row.code(), row.level()))
					.toList();
		var typed = workshops == null ? List.<String>of()
				: Arrays.stream(workshops.split("[,;]")).map(String::strip).filter(key -> !key.isEmpty()).toList();
		var workshopKeys = new ArrayList<String>(typed);
		if (workshopsAttended != null) {
			workshopKeys.addAll(workshopsAttended);
		}
		return new ParticipantDetails(firstName, lastName, email, phone, birthDate, preferredLanguage, gender,
				postalCode == null || postalCode.isBlank() ? null : PostalCode.parse(postalCode).orElse(null), city,
				province, skills, occupationCode, targetOccupationCode, industryCode, yearsExperienceAbroad,
				yearsExperienceCanada, education, foreignDiploma, credentials, immigrationStatus, arrivalDate,
				countryOfOrigin == null || countryOfOrigin.isBlank() ? null : countryOfOrigin.strip().toUpperCase(Locale.ROOT),
				culturalBackground, careerGoals, availability, remoteOk,
				ParticipantDetails.workshopsAttended(typed.isEmpty() && workshopsAttended == null ? null : workshopKeys,
						noWorkshopsAttended),
				commitmentMonths, employerOrganisationId == null ? null : new OrganisationId(employerOrganisationId),
				employerName, positionLevel, workStatus, capacity, recruitmentSource, attestations);
	}
}
