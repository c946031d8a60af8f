package org.passerelle.participant;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a column of an imported file holds, with the headers, in English and French, that say so;
 * see {@code docs/import.md}.
 */
public enum ImportField {

	IGNORE(), FIRST_NAME("first name", "firstname", "given name", "prenom"),
	LAST_NAME("last name", "lastname", "surname", "family name", "nom", "nom de famille"),
	EMAIL("email", "e-mail", "e mail", "courriel", "adresse courriel"), PHONE("phone", "telephone", "tel"),
	BIRTH_DATE("birth date", "date of birth", "birthdate", "date de naissance", "naissance"),
	PREFERRED_LANGUAGE("preferred language", "langue preferee", "langue de service"), GENDER("gender", "genre", "sexe"),
	POSTAL_CODE("postal code", "postcode", "code postal"), CITY("city", "ville"), PROVINCE("province", "province or territory"),
	LANGUAGES("languages", "languages spoken", "langues", "langues parlees"),
	OCCUPATION_CODE("noc", "occupation", "noc code", "cnp", "code cnp", "profession"),
	TARGET_OCCUPATION_CODE("target noc", "target occupation", "occupation sought", "cnp visee", "profession visee"),
	INDUSTRY_CODE("naics", "industry", "naics code", "scian", "industrie", "secteur"),
	YEARS_EXPERIENCE_ABROAD("years abroad", "experience abroad", "years of experience abroad", "experience a l etranger",
			"annees a l etranger", "experience hors du canada"),
	YEARS_EXPERIENCE_CANADA("experience in canada", "years of experience in canada", "experience au canada",
			"annees d experience au canada"),
	EDUCATION("education", "highest education", "etudes", "scolarite"),
	FOREIGN_DIPLOMA("foreign diploma", "diploma abroad", "diplome etranger", "diplome obtenu hors du canada"),
	IMMIGRATION_STATUS("immigration status", "status in canada", "statut", "statut d immigration"),
	ARRIVAL_DATE("arrival date", "arrival", "date of arrival", "date d arrivee", "arrivee", "arrivee au canada"),
	COUNTRY_OF_ORIGIN("country", "country of origin", "pays", "pays d origine"),
	CULTURAL_BACKGROUND("cultural background", "origine culturelle"),
	CAREER_GOALS("career goals", "goals", "objectifs", "objectifs de carriere"), EMPLOYER_NAME("employer", "employeur"),
	WORK_STATUS("work status", "situation"), CAPACITY("capacity", "capacite", "mentees at once"),
	ROLE("role", "type", "mentor or mentee", "mentor ou mentore"),
	WORKSHOPS("workshops", "workshops attended", "ateliers", "ateliers suivis"),
	AVAILABILITY("availability", "availabilities", "when available", "disponibilite", "disponibilites"),
	/** A yes/no answer to the attestation whose key follows {@code attestation:} in the header. */
	ATTESTATION();

	private static final Pattern ATTESTATION_HEADER = Pattern.compile("(?i)^\\s*attestation\\s*:\\s*([a-z0-9-]{1,60})\\s*$");

	private final List<String> headers;

	ImportField(String... headers) {
		this.headers = List.of(headers);
	}

	/** The field a column header names, if any. */
	public static Optional<ImportField> suggestedFor(String header) {
		if (attestationKey(header).isPresent()) {
			return Optional.of(ATTESTATION);
		}
		var folded = fold(header);
		return Arrays.stream(values()).filter(field -> field.headers.contains(folded)).findFirst();
	}

	/** The key of the attestation a header such as {@code attestation:listening-skills} names. */
	public static Optional<String> attestationKey(String header) {
		var matcher = ATTESTATION_HEADER.matcher(header == null ? "" : header.replace("\uFEFF", ""));
		return matcher.matches() ? Optional.of(matcher.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
	}

	/** Lowercase, without accents or punctuation, single-spaced: how headers and labels are compared. */
	static String fold(String text) {
		if (text == null) {
			return "";
		}
		var stripped = Normalizer.normalize(text.replace("\uFEFF", ""), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return stripped.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
	}
}
