package org.passerelle.bench;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The spreadsheets a program of a whole city would import: mentees and mentors of Montréal and
 * Ottawa–Gatineau, with the codes Passerelle knows (NOC 2021 unit groups, NAICS 2022 industries
 * and postal areas, as its reference API lists them), French and English speakers, some of a third
 * language, career goals of a few phrases in their language, and the mentors' capacity from 1 to 3.
 * <p>
 * Shaped as the generators of the solver's sections: 70 % of people in the sectors most newcomers
 * of the seeds come from; 55 % in Montréal (60 % of them bilingual), 45 % in Ottawa–Gatineau (35 %
 * bilingual); a mentee seeks the occupation they practised four times in five, otherwise its minor
 * group. Availability is not in the files: the import has no column for it (docs/import.md).
 */
final class PeopleFiles {

	/** The columns, with the headers a coordinator's spreadsheet would have and the field each holds. */
	static final List<Map.Entry<String, String>> COLUMNS = List.of(Map.entry("First name", "FIRST_NAME"),
			Map.entry("Last name", "LAST_NAME"), Map.entry("Email", "EMAIL"), Map.entry("Birth date", "BIRTH_DATE"),
			Map.entry("Gender", "GENDER"), Map.entry("Preferred language", "PREFERRED_LANGUAGE"),
			Map.entry("Postal code", "POSTAL_CODE"), Map.entry("Languages", "LANGUAGES"),
			Map.entry("NOC", "OCCUPATION_CODE"), Map.entry("Target NOC", "TARGET_OCCUPATION_CODE"),
			Map.entry("NAICS", "INDUSTRY_CODE"), Map.entry("Years abroad", "YEARS_EXPERIENCE_ABROAD"),
			Map.entry("Experience in Canada", "YEARS_EXPERIENCE_CANADA"), Map.entry("Education", "EDUCATION"),
			Map.entry("Foreign diploma", "FOREIGN_DIPLOMA"), Map.entry("Immigration status", "IMMIGRATION_STATUS"),
			Map.entry("Arrival date", "ARRIVAL_DATE"), Map.entry("Country", "COUNTRY_OF_ORIGIN"),
			Map.entry("Career goals", "CAREER_GOALS"), Map.entry("Work status", "WORK_STATUS"),
			Map.entry("Capacity", "CAPACITY"), Map.entry("Role", "ROLE"));

	/** Major groups most newcomers of the seeds come from, weighted: software, engineering, finance, health, trades. */
	private static final String[] BUSY_MAJOR_GROUPS = { "21", "21", "21", "22", "11", "11", "31", "32", "41", "72" };

	/** The industries of each broad occupational category (NAICS prefixes). */
	private static final Map<Character, String[]> INDUSTRIES = Map.of('2', new String[] { "5415", "5413", "5417", "5173" },
			'1', new String[] { "5221", "5242", "5412", "5416" }, '3', new String[] { "6221", "6211", "6216" }, '4',
			new String[] { "6113", "6111", "9111", "5411" }, '7', new String[] { "2361", "2382", "8111" });

	private static final Map<Character, String[]> GOALS_FR = Map.of('2',
			new String[] { "développement logiciel", "infonuagique", "données", "génie civil", "génie mécanique", "réseaux",
					"cybersécurité", "intelligence artificielle" },
			'1', new String[] { "comptabilité", "finance", "audit", "fiscalité", "gestion de projet", "ressources humaines",
					"marketing", "analyse financière" },
			'3', new String[] { "soins infirmiers", "pharmacie", "laboratoire", "santé", "physiothérapie", "médecine" }, '4',
			new String[] { "enseignement", "travail social", "droit", "petite enfance" }, '7',
			new String[] { "électricité", "construction", "plomberie", "soudure", "mécanique automobile" });

	private static final Map<Character, String[]> GOALS_EN = Map.of('2',
			new String[] { "software development", "cloud", "data", "civil engineering", "mechanical engineering",
					"networks", "cybersecurity", "artificial intelligence" },
			'1', new String[] { "accounting", "finance", "audit", "taxation", "project management", "human resources",
					"marketing", "financial analysis" },
			'3', new String[] { "nursing", "pharmacy", "laboratory", "health care", "physiotherapy", "medicine" }, '4',
			new String[] { "teaching", "social work", "law", "early childhood" }, '7',
			new String[] { "electrician", "construction", "plumbing", "welding", "automotive mechanics" });

	private static final String[] GENERIC_FR = { "réseau professionnel", "mentorat", "emploi dans mon domaine",
			"ordre professionnel", "permis d’exercice", "entrevues", "leadership", "travail bilingue" };

	private static final String[] GENERIC_EN = { "professional network", "mentoring", "a job in my field",
			"professional licence", "certification", "interviews", "leadership", "bilingual work" };

	private static final String[] FIRST_NAMES = { "Amina", "Karim", "Sofia", "Louise", "Marc", "Isabelle", "Fatou",
			"Mamadou", "Wei", "Li", "Priya", "Arjun", "Camila", "Diego", "Yasmine", "Omar", "Nadia", "Youssef", "Claire",
			"Julien", "Mariam", "Ali", "Olena", "Andriy", "Thi", "Minh", "Ana", "João", "Chloé", "Gabriel", "Aïcha",
			"Samuel", "Leila", "Rami", "Grace", "Emmanuel", "Sara", "David", "Noor", "Hassan" };

	private static final String[] LAST_NAMES = { "Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Diallo", "Ndiaye",
			"Haddad", "Khoury", "Nguyen", "Tran", "Wang", "Zhang", "Singh", "Patel", "García", "Rodríguez", "Silva",
			"Kovalenko", "Shevchenko", "Mendes", "Lavoie", "Fortin", "Benali", "Mansour", "Okafor", "Mensah", "Joseph",
			"Pierre", "Jean-Baptiste", "Kim", "Park", "Hosseini", "Rahimi", "Gómez", "Martin", "Lefebvre", "Smith",
			"Brown", "Wilson" };

	private static final String[] COUNTRIES = { "FR", "MA", "DZ", "HT", "SN", "CM", "CN", "IN", "CO", "IR", "LB", "NG",
			"PH", "UA", "BR", "MX", "TN", "CD", "SY", "VN" };

	private static final String[] THIRD_LANGUAGES = { "es", "ar", "cmn", "pt", "fa", "uk", "vi", "wo", "ht", "hi" };

	private static final String POSTAL_LETTERS = "ABCEGHJKLMNPRSTVWXYZ";

	private static final LocalDate TODAY = LocalDate.now();

	/** What the running application knows: its reference API's answers. */
	record Reference(List<String> occupations, List<String> industries, List<String> montreal, List<String> ottawa) {
	}

	private final Random random;

	private final Reference reference;

	private final String mark;

	private final Set<String> nameAndBirth = new HashSet<>();

	PeopleFiles(long seed, Reference reference, String mark) {
		this.random = new Random(seed);
		this.reference = reference;
		this.mark = mark;
	}

	/**
	 * {@code mentees} mentees and {@code mentors} mentors, mixed, in CSV files of at most
	 * {@code perFile} rows each (the import takes 5,000 at most), of nearly equal size.
	 */
	List<byte[]> files(int mentees, int mentors, int perFile) {
		var rows = new ArrayList<String>();
		for (int i = 0; i < mentees + mentors; i++) {
			rows.add(row(i, i < mentees));
		}
		Collections.shuffle(rows, random);
		int count = Math.max(1, (rows.size() + perFile - 1) / perFile);
		var files = new ArrayList<byte[]>();
		var header = String.join(",", COLUMNS.stream().map(Map.Entry::getKey).toList()) + "\n";
		for (int f = 0; f < count; f++) {
			var text = new StringBuilder(header);
			rows.subList(f * rows.size() / count, (f + 1) * rows.size() / count).forEach(text::append);
			files.add(text.toString().getBytes(StandardCharsets.UTF_8));
		}
		return files;
	}

	private String row(int index, boolean mentee) {
		var code = occupation();
		boolean montreal = random.nextInt(100) < 55;
		var languages = new ArrayList<String>();
		if (montreal) {
			languages.add("fr");
			if (random.nextInt(100) < 60) {
				languages.add("en");
			}
		}
		else {
			languages.add("en");
			if (random.nextInt(100) < 35) {
				languages.add("fr");
			}
		}
		if (random.nextInt(100) < 15) {
			languages.add(pick(THIRD_LANGUAGES));
		}
		var spoken = new ArrayList<String>();
		for (var language : languages) {
			// mentees give their benchmark (CLB/NCLC) in French and English; mentors rarely do
			boolean official = language.equals("fr") || language.equals("en");
			spoken.add(mentee && official ? language + ":" + (4 + random.nextInt(7)) : language);
		}
		var first = pick(FIRST_NAMES);
		var last = pick(LAST_NAMES);
		LocalDate birth;
		do {
			birth = mentee ? LocalDate.of(1972, 1, 1).plusDays(random.nextInt(31 * 365))
					: LocalDate.of(1957, 1, 1).plusDays(random.nextInt(39 * 365));
		}
		while (!nameAndBirth.add(first + " " + last + " " + birth));
		var area = montreal ? pick(reference.montreal()) : pick(reference.ottawa());
		var postalCode = area + " " + random.nextInt(10) + POSTAL_LETTERS.charAt(random.nextInt(POSTAL_LETTERS.length()))
				+ random.nextInt(10);
		boolean bornAbroad = mentee || random.nextInt(100) < 35;
		LocalDate arrival = null;
		if (bornAbroad) {
			arrival = mentee ? TODAY.minusDays(30 + random.nextInt(5 * 365)) : TODAY.minusYears(6 + random.nextInt(25));
			if (arrival.isBefore(birth.plusYears(1))) {
				arrival = birth.plusYears(1);
			}
		}
		var cells = new String[COLUMNS.size()];
		cells[0] = first;
		cells[1] = last;
		cells[2] = ascii(first + "." + last).toLowerCase(Locale.ROOT) + "." + index + "@" + mark + ".bench.passerelle.ca";
		cells[3] = birth.toString();
		int gender = random.nextInt(100);
		cells[4] = gender < 50 ? "Woman" : gender < 96 ? "Man" : gender < 98 ? "Non-binary" : "";
		cells[5] = languages.get(0).equals("fr") ? "Français" : "English";
		cells[6] = postalCode;
		cells[7] = String.join("; ", spoken);
		cells[8] = mentee && random.nextInt(100) >= 50 ? "" : code;
		cells[9] = mentee ? random.nextInt(100) < 80 ? code : code.substring(0, 4) : "";
		cells[10] = random.nextInt(100) < 60 ? industry(code) : "";
		cells[11] = Integer.toString(mentee ? 2 + random.nextInt(19) : random.nextInt(11));
		cells[12] = Integer.toString(mentee ? random.nextInt(4) : 5 + random.nextInt(31));
		cells[13] = mentee ? pick(new String[] { "Bachelor’s degree", "Bachelor’s degree", "Master’s degree", "College",
				"Doctorate" }) : pick(new String[] { "College", "Bachelor’s degree", "Master’s degree", "Secondary" });
		cells[14] = bornAbroad ? random.nextInt(100) < 85 ? "yes" : "no" : "no";
		int status = random.nextInt(100);
		cells[15] = mentee ? status < 70 ? "Permanent resident" : status < 80 ? "Convention refugee"
				: status < 85 ? "Protected person" : status < 95 ? "TEMPORARY_WORKER" : "INTERNATIONAL_STUDENT"
				: bornAbroad ? "CITIZEN" : "";
		cells[16] = arrival == null ? "" : arrival.toString();
		cells[17] = bornAbroad ? pick(COUNTRIES) : "";
		cells[18] = goals(code, languages.get(0).equals("fr"));
		cells[19] = mentee ? "" : random.nextInt(100) < 75 ? "Working" : "Retired";
		cells[20] = mentee ? "" : Integer.toString(1 + random.nextInt(3));
		cells[21] = mentee ? "mentee" : "mentor";
		var line = new StringBuilder();
		for (int c = 0; c < cells.length; c++) {
			if (c > 0) {
				line.append(',');
			}
			line.append(csv(cells[c]));
		}
		return line.append('\n').toString();
	}

	private String occupation() {
		var codes = reference.occupations();
		if (random.nextInt(100) < 70) {
			var major = pick(BUSY_MAJOR_GROUPS);
			var inGroup = codes.stream().filter(code -> code.startsWith(major)).toList();
			if (!inGroup.isEmpty()) {
				return inGroup.get(random.nextInt(inGroup.size()));
			}
		}
		return codes.get(random.nextInt(codes.size()));
	}

	private String industry(String occupation) {
		var prefixes = INDUSTRIES.get(occupation.charAt(0));
		if (prefixes != null) {
			var prefix = pick(prefixes);
			var inSector = reference.industries().stream().filter(code -> code.startsWith(prefix)).toList();
			if (!inSector.isEmpty()) {
				return inSector.get(random.nextInt(inSector.size()));
			}
		}
		return reference.industries().get(random.nextInt(reference.industries().size()));
	}

	private String goals(String occupation, boolean french) {
		var words = (french ? GOALS_FR : GOALS_EN).getOrDefault(occupation.charAt(0), french ? GENERIC_FR : GENERIC_EN);
		var generic = french ? GENERIC_FR : GENERIC_EN;
		int count = 3 + random.nextInt(4);
		var phrases = new ArrayList<String>();
		for (int w = 0; w < count; w++) {
			var phrase = random.nextInt(100) < 75 ? pick(words) : pick(generic);
			if (!phrases.contains(phrase)) {
				phrases.add(phrase);
			}
		}
		return (french ? "Travailler en " : "Work in ") + String.join(", ", phrases);
	}

	private String pick(String[] values) {
		return values[random.nextInt(values.length)];
	}

	private String pick(List<String> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static String ascii(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^A-Za-z.-]", "");
	}

	private static String csv(String cell) {
		if (cell == null || cell.isEmpty()) {
			return "";
		}
		return cell.contains(",") || cell.contains("\"") || cell.contains(";") ? "\"" + cell.replace("\"", "\"\"") + "\""
				: cell;
	}
}
