package org.passerelle.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;

import jakarta.persistence.EntityManager;

import org.passerelle.core.FileNames;
import org.passerelle.core.ImportProblem;
import org.passerelle.core.ImportRejectedException;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.Language;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.PersonalDataAccessed;
import org.passerelle.core.PostalCode;
import org.passerelle.core.Province;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.program.Audience;
import org.passerelle.reference.ImmigrationStatus;
import org.passerelle.reference.ReferenceData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the participant lists programs already keep, from CSV or Excel: upload, say what each
 * column holds, preview every row with its problems, then import all or nothing. A person already
 * known (same e-mail, or same name and birth date) is updated, not entered twice, so importing a
 * file again adds no one.
 */
@Service
@Transactional
public class ParticipantImports {

	static final int PREVIEW_ROWS = 50;

	/** Rows written at a time: the statements of a batch go to the database together. */
	static final int BATCH = 250;

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("uuuu/M/d"),
			DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"));

	private final JdbcClient jdbc;

	private final ParticipantRepository participants;

	private final ParticipantAccess access;

	private final ParticipantValidator validator;

	private final DuplicateDetection duplicates;

	private final AccessPolicy policy;

	private final ReferenceData reference;

	private final MessageSource messages;

	private final Clock clock;

	private final EntityManager entities;

	private final ApplicationEventPublisher events;

	ParticipantImports(JdbcClient jdbc, ParticipantRepository participants, ParticipantAccess access,
			ParticipantValidator validator, DuplicateDetection duplicates, AccessPolicy policy, ReferenceData reference,
			MessageSource messages, Clock clock, EntityManager entities, ApplicationEventPublisher events) {
		this.events = events;
		this.access = access;
		this.validator = validator;
		this.duplicates = duplicates;
		this.entities = entities;
		this.jdbc = jdbc;
		this.participants = participants;
		this.policy = policy;
		this.reference = reference;
		this.messages = messages;
		this.clock = clock;
	}

	/** Keeps an uploaded file and reads its columns, suggesting what each one holds. */
	public ImportFile upload(Actor actor, String originalName, byte[] content) {
		policy.require(policy.mayManageParticipants(actor));
		var fileName = FileNames.plain(originalName, "import");
		var table = ImportTable.read(fileName, content);
		var id = UUID.randomUUID();
		jdbc.sql("insert into participant_import (id, file_name, content, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?)")
			.params(id, fileName, content, actor.userId().value(),
					java.sql.Timestamp.from(clock.instant()))
			.update();
		return describe(id, fileName, table, false);
	}

	/** An uploaded file, if the actor uploaded it. */
	@Transactional(readOnly = true)
	public ImportFile find(Actor actor, UUID id) {
		var stored = stored(actor, id);
		return describe(id, stored.fileName(), ImportTable.read(stored.fileName(), stored.content()),
				stored.imported());
	}

	/** The name of an uploaded file, if the actor uploaded it: without reading it. */
	@Transactional(readOnly = true)
	String fileName(Actor actor, UUID id) {
		policy.require(policy.mayManageParticipants(actor));
		return jdbc.sql("select file_name, uploaded_by from participant_import where id = ?")
			.param(id)
			.query((rs, row) -> new String[] { rs.getString("file_name"), rs.getString("uploaded_by") })
			.optional()
			.filter(found -> actor.is(Role.ADMIN) || found[1].equals(actor.userId().value().toString()))
			.map(found -> found[0])
			.orElseThrow(() -> new NotFoundException("import", id));
	}

	/** What importing the file with these settings would do, every problem included. */
	@Transactional(readOnly = true)
	public ImportPreview preview(Actor actor, UUID id, ImportSettings settings, Locale locale) {
		var stored = stored(actor, id);
		var read = readAll(actor, ImportTable.read(stored.fileName(), stored.content()), settings);
		var rows = read.rows().stream()
			.limit(PREVIEW_ROWS)
			.map(row -> new ImportPreview.Row(row.line(), row.details().firstName(), row.details().lastName(),
					row.details().email(), row.role(), row.existing().isPresent(), outcome(row), row.problems()))
			.toList();
		int refused = (int) read.rows().stream().filter(row -> outcome(row) == ImportPreview.Outcome.REFUSED).count();
		int toUpdate = (int) read.rows().stream().filter(row -> outcome(row) == ImportPreview.Outcome.UPDATE).count();
		return new ImportPreview(rows, read.problems(), read.rows().size() - refused - toUpdate, toUpdate, refused);
	}

	private static ImportPreview.Outcome outcome(ReadRow row) {
		if (!row.problems().isEmpty()) {
			return ImportPreview.Outcome.REFUSED;
		}
		return row.existing().isPresent() ? ImportPreview.Outcome.UPDATE : ImportPreview.Outcome.ADD;
	}

	/**
	 * Imports every row, or none: any problem leaves the database as it was and is reported with
	 * its row and column.
	 */
	public ImportResult commit(Actor actor, UUID id, ImportSettings settings) {
		return commit(actor, id, settings, done -> {
		});
	}

	/**
	 * Imports every row, or none, as {@link #commit(Actor, UUID, ImportSettings)}, telling
	 * {@code progress} how many rows are written so far after each batch. The rows are written
	 * {@value #BATCH} at a time, in batches of statements, within the one transaction.
	 */
	public ImportResult commit(Actor actor, UUID id, ImportSettings settings, IntConsumer progress) {
		var stored = stored(actor, id, true);
		if (stored.imported()) {
			throw new RuleViolationException("import.alreadyImported");
		}
		var table = ImportTable.read(stored.fileName(), stored.content());
		var read = readAll(actor, table, settings);
		if (!read.problems().isEmpty()) {
			throw new ImportRejectedException(read.problems());
		}
		// what reading loaded is read again a batch at a time, so that the persistence context
		// never holds more than a batch of people
		entities.clear();
		int added = 0;
		int updated = 0;
		var today = LocalDate.now(clock);
		var rows = read.rows();
		var written = new ArrayList<UUID>(rows.size());
		for (int from = 0; from < rows.size(); from += BATCH) {
			var batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
			var known = participants.whole(batch.stream()
				.map(ReadRow::existing)
				.flatMap(Optional::stream)
				.map(existing -> existing.id().value())
				.toList())
				.stream()
				.collect(java.util.stream.Collectors.toMap(participant -> participant.id().value(), participant -> participant));
			for (var row : batch) {
				var participant = row.existing().map(existing -> known.get(existing.id().value())).orElse(null);
				if (participant == null) {
					participant = Participant.register(row.details(), clock.instant());
					added++;
				}
				else {
					participant.describe(row.details());
					updated++;
				}
				if (settings.program() != null && participant.participations().stream()
					.noneMatch(existing -> existing.programId().equals(settings.program().value()) && existing.role() == row.role())) {
					participant.enrol(settings.program(), row.role(), settings.status(), today);
				}
				// written with the others of the batch at its flush, never one statement at a time
				participants.save(participant);
				written.add(participant.id().value());
			}
			try {
				access.flush();
			}
			catch (org.passerelle.core.DuplicateValueException ex) {
				// someone recorded the same address since the file was read
				throw new ImportRejectedException(List.of(new ImportProblem(batch.getFirst().line(),
						header(table, settings, ImportField.EMAIL), "import.value.emailTaken", batch.getFirst().line(),
						batch.getLast().line())));
			}
			entities.clear();
			progress.accept(from + batch.size());
		}
		jdbc.sql("update participant_import set imported_at = ?, added = ?, updated = ? where id = ?")
			.params(java.sql.Timestamp.from(clock.instant()), added, updated, id)
			.update();
		// one entry for the whole file, naming everyone it added or changed, in this transaction
		events.publishEvent(new PersonalDataAccessed(PersonalDataAccessed.Kind.CHANGE, actor.userId().value(), written,
				"participant-import " + stored.fileName(), List.of()));
		return new ImportResult(added, updated);
	}

	private Read readAll(Actor actor, ImportTable table, ImportSettings settings) {
		var problems = new ArrayList<ImportProblem>();
		if (settings.program() == null && !actor.is(Role.ADMIN)) {
			problems.add(new ImportProblem(0, "", "participant.enrolment.required"));
		}
		if (settings.program() != null) {
			try {
				access.requireProgramOf(actor, settings.program());
			}
			catch (NotFoundException ex) {
				problems.add(new ImportProblem(0, "", "participant.program.unknown"));
			}
		}
		var mapped = settings.columns().values();
		if (!mapped.contains(ImportField.FIRST_NAME) || !mapped.contains(ImportField.LAST_NAME)) {
			problems.add(new ImportProblem(1, "", "import.namesRequired"));
			return new Read(List.of(), problems);
		}
		settings.columns().forEach((column, field) -> {
			if (field == ImportField.ATTESTATION && attestationKey(table, column).isEmpty()) {
				problems.add(new ImportProblem(1, column < table.headers().size() ? table.headers().get(column) : "",
						"import.attestation.header"));
			}
		});
		if (!problems.isEmpty()) {
			return new Read(List.of(), problems);
		}
		// first every row on its own, then who is already known in two queries for the whole file,
		// then each row over what is known of its person
		var pending = new ArrayList<Pending>();
		for (int index = 0; index < table.rows().size(); index++) {
			int line = index + 2;
			var values = values(table, settings, index);
			var rowProblems = new ArrayList<ImportProblem>(extraCells(table, index, line));
			var role = settings.role();
			if (values.containsKey(ImportField.ROLE)) {
				role = parseRole(values.get(ImportField.ROLE)).orElse(null);
				if (role == null) {
					rowProblems.add(problem(line, table, settings, ImportField.ROLE, "import.value.role",
							values.get(ImportField.ROLE)));
					role = settings.role();
				}
			}
			var row = new RowValues(line, values, answers(table, settings, index));
			var details = details(row, table, settings, ParticipantDetails.named("", "", null), rowProblems);
			pending.add(new Pending(row, role, details, rowProblems));
		}
		var known = duplicates.known(pending.stream()
			.filter(row -> row.problems().isEmpty())
			.map(Pending::details)
			.toList());
		var rowsChecked = validator.batch();
		var rows = new ArrayList<ReadRow>();
		var seenEmails = new HashMap<String, Integer>();
		for (var row : pending) {
			int line = row.values().line();
			var details = row.details();
			var rowProblems = row.problems();
			Optional<Participant> existing = Optional.empty();
			if (rowProblems.isEmpty()) {
				existing = known.of(details);
				if (existing.isPresent()) {
					details = details(row.values(), table, settings, existing.get().details(), rowProblems);
				}
				try {
					details = rowsChecked.validated(details);
				}
				catch (InvalidFieldException ex) {
					rowProblems.add(new ImportProblem(line, header(table, settings, field(ex.field())), ex.messageCode(),
							ex.arguments()));
				}
			}
			if (details.email() != null) {
				var first = seenEmails.putIfAbsent(details.email().toLowerCase(Locale.ROOT), line);
				if (first != null) {
					rowProblems.add(problem(line, table, settings, ImportField.EMAIL, "import.value.emailTwice",
							details.email(), first));
				}
			}
			problems.addAll(rowProblems);
			rows.add(new ReadRow(line, details, row.role(), existing, List.copyOf(rowProblems)));
		}
		return new Read(rows, problems);
	}

	private ParticipantDetails details(RowValues row, ImportTable table, ImportSettings settings,
			ParticipantDetails base, List<ImportProblem> problems) {
		int line = row.line();
		var d = new MutableDetails(base);
		for (var entry : row.values().entrySet()) {
			var field = entry.getKey();
			var value = entry.getValue();
			try {
				switch (field) {
					case FIRST_NAME -> d.firstName = value;
					case LAST_NAME -> d.lastName = value;
					case EMAIL -> d.email = value;
					case PHONE -> d.phone = value;
					case BIRTH_DATE -> d.birthDate = date(value);
					case ARRIVAL_DATE -> d.arrivalDate = date(value);
					case PREFERRED_LANGUAGE -> d.preferredLanguage = label(Language.class, "Language", value);
					case GENDER -> d.gender = label(Gender.class, "Gender", value);
					case POSTAL_CODE -> d.postalCode = PostalCode.parse(value)
						.orElseThrow(() -> new IllegalArgumentException("import.value.postalCode"));
					case CITY -> d.city = value;
					case PROVINCE -> d.province = label(Province.class, "Province", value);
					case LANGUAGES -> d.languages = languages(value);
					case OCCUPATION_CODE -> d.occupationCode = value;
					case TARGET_OCCUPATION_CODE -> d.targetOccupationCode = value;
					case INDUSTRY_CODE -> d.industryCode = value;
					case YEARS_EXPERIENCE_ABROAD -> d.yearsAbroad = number(value);
					case YEARS_EXPERIENCE_CANADA -> d.yearsCanada = number(value);
					case EDUCATION -> d.education = label(EducationLevel.class, "EducationLevel", value);
					case FOREIGN_DIPLOMA -> d.foreignDiploma = yesNo(value);
					case IMMIGRATION_STATUS -> d.immigrationStatus = label(ImmigrationStatus.class, "ImmigrationStatus", value);
					case COUNTRY_OF_ORIGIN -> d.countryOfOrigin = value.toUpperCase(Locale.ROOT);
					case CULTURAL_BACKGROUND -> d.culturalBackground = value;
					case CAREER_GOALS -> d.careerGoals = value;
					case EMPLOYER_NAME -> d.employerName = value;
					case WORK_STATUS -> d.workStatus = label(WorkStatus.class, "WorkStatus", value);
					case CAPACITY -> d.capacity = number(value);
					case WORKSHOPS -> d.workshops = workshops(value);
					case AVAILABILITY -> d.availability = availability(value);
					case ROLE, IGNORE, ATTESTATION -> {
					}
				}
			}
			catch (IllegalArgumentException | DateTimeParseException ex) {
				var code = ex.getMessage() != null && ex.getMessage().startsWith("import.") ? ex.getMessage()
						: "import.value.invalid";
				problems.add(problem(line, table, settings, field, code, value));
			}
		}
		row.answers().forEach((column, value) -> {
			try {
				d.attestations.put(attestationKey(table, column).orElseThrow(), yesNo(value));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new ImportProblem(line, table.headers().get(column), ex.getMessage(), value));
			}
		});
		if (d.firstName == null || d.firstName.isBlank()) {
			problems.add(problem(line, table, settings, ImportField.FIRST_NAME, "participant.firstName.required"));
		}
		if (d.lastName == null || d.lastName.isBlank()) {
			problems.add(problem(line, table, settings, ImportField.LAST_NAME, "participant.lastName.required"));
		}
		// what the database would refuse is refused here, with its row and column
		tooLong(line, table, settings, ImportField.FIRST_NAME, d.firstName, 100, problems);
		tooLong(line, table, settings, ImportField.LAST_NAME, d.lastName, 100, problems);
		outOfRange(line, table, settings, ImportField.YEARS_EXPERIENCE_ABROAD, d.yearsAbroad, 0, 70, problems);
		outOfRange(line, table, settings, ImportField.YEARS_EXPERIENCE_CANADA, d.yearsCanada, 0, 70, problems);
		outOfRange(line, table, settings, ImportField.CAPACITY, d.capacity, 1, 100, problems);
		return d.details();
	}

	private static void tooLong(int line, ImportTable table, ImportSettings settings, ImportField field, String value,
			int maximum, List<ImportProblem> problems) {
		if (value != null && value.strip().length() > maximum) {
			problems.add(problem(line, table, settings, field, "import.value.tooLong", maximum));
		}
	}

	private static void outOfRange(int line, ImportTable table, ImportSettings settings, ImportField field,
			Integer value, int minimum, int maximum, List<ImportProblem> problems) {
		if (value != null && (value < minimum || value > maximum)) {
			problems.add(problem(line, table, settings, field, "import.value.range", value, minimum, maximum));
		}
	}

	/**
	 * A cell beyond the last header has no column to go to: a comma too many, or a value shifted
	 * by one, which would otherwise be dropped without a word. Empty cells there are harmless.
	 */
	private static List<ImportProblem> extraCells(ImportTable table, int index, int line) {
		var row = table.rows().get(index);
		var problems = new ArrayList<ImportProblem>();
		for (int column = table.headers().size(); column < row.size(); column++) {
			if (!row.get(column).isBlank()) {
				problems.add(new ImportProblem(line, String.valueOf(column + 1), "import.extraCell", row.get(column).strip(),
						table.headers().size()));
			}
		}
		return problems;
	}

	/** The non-empty values of a row, by the field their column holds. */
	private static Map<ImportField, String> values(ImportTable table, ImportSettings settings, int index) {
		var row = table.rows().get(index);
		var values = new EnumMap<ImportField, String>(ImportField.class);
		settings.columns().forEach((column, field) -> {
			if (field != ImportField.IGNORE && column < row.size() && !row.get(column).isBlank()) {
				values.put(field, row.get(column).strip());
			}
		});
		return values;
	}

	/** The non-empty answers of a row to attestations, by the position of their column. */
	private static Map<Integer, String> answers(ImportTable table, ImportSettings settings, int index) {
		var row = table.rows().get(index);
		var answers = new java.util.TreeMap<Integer, String>();
		settings.columns().forEach((column, field) -> {
			if (field == ImportField.ATTESTATION && column < row.size() && !row.get(column).isBlank()) {
				answers.put(column, row.get(column).strip());
			}
		});
		return answers;
	}

	private static Optional<String> attestationKey(ImportTable table, int column) {
		return column < table.headers().size() ? ImportField.attestationKey(table.headers().get(column))
				: Optional.empty();
	}

	/** Workshop keys separated by {@code ;}, {@code ,} or {@code /}; "none" says none was attended. */
	private static java.util.Set<String> workshops(String value) {
		if (List.of("none", "aucun", "aucune", "no", "non").contains(ImportField.fold(value))) {
			return java.util.Set.of();
		}
		var keys = new java.util.LinkedHashSet<String>();
		for (var token : value.split("[;,/]")) {
			var key = token.strip().toLowerCase(Locale.ROOT);
			if (key.isEmpty()) {
				continue;
			}
			if (!key.matches("[a-z0-9-]{1,60}")) {
				throw new IllegalArgumentException("import.value.workshop");
			}
			keys.add(key);
		}
		return keys;
	}

	/**
	 * When a person can meet, as the form's choices: the slots' names or labels in either language,
	 * separated by semicolons (a label may hold a comma: "Weekdays, daytime") or by commas, or
	 * "none". A value that is none of them is refused, as the form refuses it.
	 */
	private java.util.Set<AvailabilitySlot> availability(String value) {
		if (List.of("none", "aucune", "aucun", "no", "non").contains(ImportField.fold(value))) {
			return java.util.Set.of();
		}
		var slots = java.util.EnumSet.noneOf(AvailabilitySlot.class);
		for (var token : value.split("[;/|]")) {
			if (token.isBlank()) {
				continue;
			}
			try {
				slots.add(label(AvailabilitySlot.class, "AvailabilitySlot", token.strip()));
			}
			catch (IllegalArgumentException notALabel) {
				for (var part : token.split(",")) {
					if (!part.isBlank()) {
						slots.add(label(AvailabilitySlot.class, "AvailabilitySlot", part.strip()));
					}
				}
			}
		}
		return slots;
	}

	private <E extends Enum<E>> E label(Class<E> type, String prefix, String value) {
		var folded = ImportField.fold(value);
		for (var constant : type.getEnumConstants()) {
			if (ImportField.fold(constant.name()).equals(folded)
					|| folded.equals(ImportField.fold(messages.getMessage(prefix + "." + constant.name(), null, "", Locale.CANADA)))
					|| folded.equals(ImportField.fold(messages.getMessage(prefix + "." + constant.name(), null, "",
							Locale.CANADA_FRENCH)))) {
				return constant;
			}
		}
		if (type == Language.class) {
			return Language.fromCode(value).map(type::cast).orElseThrow(IllegalArgumentException::new);
		}
		throw new IllegalArgumentException("import.value.choice");
	}

	private List<LanguageSkill> languages(String value) {
		var skills = new ArrayList<LanguageSkill>();
		var seen = new HashSet<String>();
		for (var token : value.split("[;,/]")) {
			var parts = token.strip().split("[\\s:=()]+");
			if (parts.length == 0 || parts[0].isBlank()) {
				continue;
			}
			var name = ImportField.fold(parts[0]);
			var code = Language.primaryCode(parts[0]);
			var spoken = reference.languages()
				.stream()
				.filter(language -> language.code().equals(code) || ImportField.fold(language.nameEn()).equals(name)
						|| ImportField.fold(language.nameFr()).equals(name))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("import.value.language"));
			Integer level = parts.length > 1 ? number(parts[1]) : null;
			if (seen.add(spoken.code())) {
				skills.add(new LanguageSkill(spoken.code(), level));
			}
		}
		return skills;
	}

	private static LocalDate date(String value) {
		if (value.matches("\\d{4,5}")) {
			// Excel writes a date as the number of days since 30 December 1899
			return LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(value));
		}
		for (var format : DATES) {
			try {
				return LocalDate.parse(value, format);
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		throw new IllegalArgumentException("import.value.date");
	}

	private static Integer number(String value) {
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("import.value.number");
		}
	}

	private static Boolean yesNo(String value) {
		return switch (ImportField.fold(value)) {
			case "yes", "y", "oui", "o", "true", "vrai", "1", "x" -> true;
			case "no", "n", "non", "false", "faux", "0" -> false;
			default -> throw new IllegalArgumentException("import.value.yesNo");
		};
	}

	private static Optional<Audience> parseRole(String value) {
		return switch (ImportField.fold(value)) {
			case "mentee", "mentees", "mentore", "mentoree", "mentores", "protege" -> Optional.of(Audience.MENTEE);
			case "mentor", "mentors", "mentore mentor" -> Optional.of(Audience.MENTOR);
			default -> Optional.empty();
		};
	}

	private static ImportField field(String detailsField) {
		return switch (detailsField) {
			case "firstName" -> ImportField.FIRST_NAME;
			case "lastName" -> ImportField.LAST_NAME;
			case "birthDate" -> ImportField.BIRTH_DATE;
			case "arrivalDate" -> ImportField.ARRIVAL_DATE;
			case "occupationCode" -> ImportField.OCCUPATION_CODE;
			case "targetOccupationCode" -> ImportField.TARGET_OCCUPATION_CODE;
			case "industryCode" -> ImportField.INDUSTRY_CODE;
			case "languages" -> ImportField.LANGUAGES;
			case "countryOfOrigin" -> ImportField.COUNTRY_OF_ORIGIN;
			case "capacity" -> ImportField.CAPACITY;
			case "attestations" -> ImportField.ATTESTATION;
			case "workshopsAttended" -> ImportField.WORKSHOPS;
			default -> ImportField.IGNORE;
		};
	}

	private static ImportProblem problem(int line, ImportTable table, ImportSettings settings, ImportField field,
			String code, Object... arguments) {
		return new ImportProblem(line, header(table, settings, field), code, arguments);
	}

	private static String header(ImportTable table, ImportSettings settings, ImportField field) {
		return settings.columns()
			.entrySet()
			.stream()
			.filter(entry -> entry.getValue() == field)
			.map(entry -> entry.getKey() < table.headers().size() ? table.headers().get(entry.getKey()) : "")
			.findFirst()
			.orElse("");
	}

	private Stored stored(Actor actor, UUID id) {
		return stored(actor, id, false);
	}

	/** The file, locked until the transaction ends when {@code forUpdate}: one commit of a file at a time. */
	private Stored stored(Actor actor, UUID id, boolean forUpdate) {
		policy.require(policy.mayManageParticipants(actor));
		return jdbc.sql("select file_name, content, imported_at is not null as imported, uploaded_by from participant_import where id = ?"
				+ (forUpdate ? " for update" : ""))
			.param(id)
			.query((rs, row) -> new Stored(rs.getString("file_name"), rs.getBytes("content"), rs.getBoolean("imported"),
					rs.getObject("uploaded_by", UUID.class)))
			.optional()
			.filter(stored -> actor.is(Role.ADMIN) || stored.uploadedBy().equals(actor.userId().value()))
			.orElseThrow(() -> new NotFoundException("import", id));
	}

	private static ImportFile describe(UUID id, String fileName, ImportTable table, boolean imported) {
		var suggested = new LinkedHashMap<Integer, ImportField>();
		for (int column = 0; column < table.headers().size(); column++) {
			suggested.put(column, ImportField.suggestedFor(table.headers().get(column)).orElse(ImportField.IGNORE));
		}
		return new ImportFile(id, fileName, table.headers(), suggested, table.rows().size(), imported,
				table.rows().stream().limit(3).toList());
	}

	private record Stored(String fileName, byte[] content, boolean imported, UUID uploadedBy) {
	}

	private record ReadRow(int line, ParticipantDetails details, Audience role, Optional<Participant> existing,
			List<ImportProblem> problems) {
	}

	/** The values of a row: by field, and the answers to attestations by column. */
	private record RowValues(int line, Map<ImportField, String> values, Map<Integer, String> answers) {
	}

	private record Read(List<ReadRow> rows, List<ImportProblem> problems) {
	}

	/** A row read on its own, before what is known of its person is looked up. */
	private record Pending(RowValues values, Audience role, ParticipantDetails details, List<ImportProblem> problems) {
	}

	/** A profile being filled in from a row, over what is already known of the person. */
	private static final class MutableDetails {

		String firstName, lastName, email, phone, city, occupationCode, targetOccupationCode, industryCode,
				countryOfOrigin, culturalBackground, careerGoals, employerName;

		LocalDate birthDate, arrivalDate;

		Language preferredLanguage;

		Gender gender;

		PostalCode postalCode;

		Province province;

		List<LanguageSkill> languages;

		Integer yearsAbroad, yearsCanada, capacity;

		EducationLevel education;

		Boolean foreignDiploma;

		ImmigrationStatus immigrationStatus;

		WorkStatus workStatus;

		java.util.Set<String> workshops;

		java.util.Set<AvailabilitySlot> availability;

		final Map<String, Boolean> attestations;

		private final ParticipantDetails base;

		MutableDetails(ParticipantDetails base) {
			this.base = base;
			firstName = base.firstName();
			lastName = base.lastName();
			email = base.email();
			phone = base.phone();
			city = base.city();
			occupationCode = base.occupationCode();
			targetOccupationCode = base.targetOccupationCode();
			industryCode = base.industryCode();
			countryOfOrigin = base.countryOfOrigin();
			culturalBackground = base.culturalBackground();
			careerGoals = base.careerGoals();
			employerName = base.employerName();
			birthDate = base.birthDate();
			arrivalDate = base.arrivalDate();
			preferredLanguage = base.preferredLanguage();
			gender = base.gender();
			postalCode = base.postalCode();
			province = base.province();
			languages = base.languages();
			yearsAbroad = base.yearsExperienceAbroad();
			yearsCanada = base.yearsExperienceCanada();
			capacity = base.capacity();
			education = base.education();
			foreignDiploma = base.foreignDiploma();
			immigrationStatus = base.immigrationStatus();
			workStatus = base.workStatus();
			workshops = base.workshopsAttended();
			availability = base.availability();
			attestations = new HashMap<>(base.attestations());
		}

		ParticipantDetails details() {
			return new ParticipantDetails(firstName, lastName, email, phone, birthDate, preferredLanguage, gender,
					postalCode, city, province, languages, occupationCode, targetOccupationCode, industryCode, yearsAbroad,
					yearsCanada, education, foreignDiploma, base.credentials(), immigrationStatus, arrivalDate,
					countryOfOrigin, culturalBackground, careerGoals, availability, base.remoteOk(),
					workshops, base.commitmentMonths(), base.employerOrganisation(), employerName,
					base.positionLevel(), workStatus, capacity, base.recruitmentSource(), attestations);
		}
	}
}
