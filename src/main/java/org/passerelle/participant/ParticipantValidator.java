package org.passerelle.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.PostalCode;
import org.passerelle.program.EligibilityQuestions;
import org.passerelle.program.ProgramManagement;
import org.passerelle.reference.Classification;
import org.passerelle.reference.PostalArea;
import org.passerelle.reference.ReferenceData;
import org.springframework.stereotype.Component;

/**
 * The one check of a person's details, whether they come from a form, the API or a row of an
 * import: names given, dates possible, codes, languages and country known, attestations asked by
 * some program; and once checked, the details placed (city and province from the postal code).
 * Its refusals are {@link InvalidFieldException}s naming the field. It holds no transaction, so
 * that an import collects its refusals row by row without dooming its own.
 */
@Component
class ParticipantValidator {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private final ProgramManagement programs;

	private final ReferenceData reference;

	private final Clock clock;

	ParticipantValidator(ProgramManagement programs, ReferenceData reference, Clock clock) {
		this.programs = programs;
		this.reference = reference;
		this.clock = clock;
	}

	/** The details once checked and placed, as a profile keeps them. */
	ParticipantDetails validated(ParticipantDetails details) {
		return batch().validated(details);
	}

	/**
	 * The details once checked and placed, for one program: the attestations and workshops
	 * answered must be those its criteria ask, rather than kept as if they counted.
	 */
	ParticipantDetails validatedAnswering(ParticipantDetails details, EligibilityQuestions asked) {
		var lookups = new Lookups();
		check(details, lookups);
		checkAnswers(details, asked);
		return placed(details, lookups);
	}

	/**
	 * Checks details as {@link #validated} does, for many of them: each code, postal area and the
	 * attestations programs ask are looked up once, however many rows name them.
	 */
	Batch batch() {
		return new Batch(new Lookups());
	}

	/** A run of checks that share their look-ups, as an import's rows do. */
	final class Batch {

		private final Lookups lookups;

		private Batch(Lookups lookups) {
			this.lookups = lookups;
		}

		ParticipantDetails validated(ParticipantDetails details) {
			check(details, lookups);
			checkAttestationsAsked(details, lookups);
			return placed(details, lookups);
		}
	}

	/**
	 * The details with the city and province of their postal code, when they are missing: the
	 * forward sortation area tells where the person lives.
	 */
	private static ParticipantDetails placed(ParticipantDetails d, Lookups lookups) {
		if (d.postalCode() == null || d.city() != null && !d.city().isBlank() && d.province() != null) {
			return d;
		}
		var area = lookups.area(d.postalCode());
		if (area.isEmpty()) {
			return d;
		}
		return d.withPlace(d.city() == null || d.city().isBlank() ? area.get().city() : d.city(),
				d.province() == null ? area.get().province() : d.province());
	}

	private void check(ParticipantDetails details, Lookups lookups) {
		var today = LocalDate.now(clock);
		if (details.firstName() == null || details.firstName().isBlank()) {
			throw new InvalidFieldException("firstName", "participant.firstName.required");
		}
		if (details.lastName() == null || details.lastName().isBlank()) {
			throw new InvalidFieldException("lastName", "participant.lastName.required");
		}
		if (details.birthDate() != null
				&& (details.birthDate().isAfter(today.minusYears(10)) || details.birthDate().getYear() < 1900)) {
			throw new InvalidFieldException("birthDate", "participant.birthDate.impossible");
		}
		if (details.arrivalDate() != null && (details.arrivalDate().isAfter(today)
				|| details.birthDate() != null && details.arrivalDate().isBefore(details.birthDate())
				|| details.arrivalDate().getYear() < 1900)) {
			throw new InvalidFieldException("arrivalDate", "participant.arrivalDate.impossible");
		}
		checkCode(lookups, "occupationCode", Classification.NOC_2021, details.occupationCode());
		checkCode(lookups, "targetOccupationCode", Classification.NOC_2021, details.targetOccupationCode());
		checkCode(lookups, "industryCode", Classification.NAICS_2022, details.industryCode());
		var seen = new HashSet<String>();
		for (var skill : details.languages()) {
			if (skill.code() == null || reference.language(skill.code()).isEmpty()) {
				throw new InvalidFieldException("languages", "participant.language.unknown", skill.code());
			}
			if (!seen.add(skill.code())) {
				throw new InvalidFieldException("languages", "participant.language.twice", skill.code());
			}
			if (skill.level() != null && (skill.level() < 1 || skill.level() > 12)) {
				throw new InvalidFieldException("languages", "criterion.invalid.level");
			}
		}
		if (details.countryOfOrigin() != null && !details.countryOfOrigin().isBlank()
				&& !COUNTRIES.contains(details.countryOfOrigin().strip())) {
			throw new InvalidFieldException("countryOfOrigin", "participant.country.unknown", details.countryOfOrigin());
		}
		if (details.capacity() != null && details.capacity() < 1) {
			throw new InvalidFieldException("capacity", "program.rules.capacity");
		}
	}

	private static void checkAnswers(ParticipantDetails details, EligibilityQuestions asked) {
		var attestations = asked.attestationKeys();
		for (var key : details.attestations().keySet()) {
			if (!attestations.contains(key)) {
				throw new InvalidFieldException("attestations", "eligibility.attestation.unknown", key);
			}
		}
		var workshops = asked.workshopKeys();
		for (var key : details.workshopsAttended() == null ? Set.<String>of() : details.workshopsAttended()) {
			if (!workshops.contains(key)) {
				throw new InvalidFieldException("workshopsAttended", "eligibility.workshop.unknown", key);
			}
		}
	}

	/** A profile answers only the attestations some program asks. */
	private static void checkAttestationsAsked(ParticipantDetails details, Lookups lookups) {
		if (details.attestations().isEmpty()) {
			return;
		}
		var asked = lookups.attestationKeys();
		for (var key : details.attestations().keySet()) {
			if (!asked.contains(key)) {
				throw new InvalidFieldException("attestations", "eligibility.attestation.unknown", key);
			}
		}
	}

	private static void checkCode(Lookups lookups, String field, Classification classification, String code) {
		if (code != null && !code.isBlank() && !lookups.known(classification, code)) {
			throw new InvalidFieldException(field,
					classification == Classification.NOC_2021 ? "participant.occupation.unknown"
							: "participant.industry.unknown",
					code);
		}
	}

	/**
	 * The reference values checking details reads, each asked once: one set of details names a
	 * few, an import of thousands of rows names the same few again and again.
	 */
	private final class Lookups {

		private final Map<String, Boolean> codes = new HashMap<>();

		private final Map<String, Optional<PostalArea>> areas = new HashMap<>();

		private Set<String> attestationKeys;

		boolean known(Classification classification, String code) {
			return codes.computeIfAbsent(classification + " " + code.strip(),
					key -> reference.find(classification, code).isPresent());
		}

		Optional<PostalArea> area(PostalCode postalCode) {
			return areas.computeIfAbsent(postalCode.forwardSortationArea(), key -> reference.area(postalCode));
		}

		Set<String> attestationKeys() {
			if (attestationKeys == null) {
				attestationKeys = programs.attestationKeys();
			}
			return attestationKeys;
		}
	}
}
