package org.passerelle.privacy;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.passerelle.core.FieldEncryption;
import org.passerelle.core.Language;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.PersonalDataAccessed;
import org.passerelle.identity.Actor;
import org.passerelle.participant.ParticipantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's data gathered for them to download (Law 25 s. 27, portability): every table holding
 * their participant id or user id, read straight from the schema as reporting does, because
 * completeness is a property of the schema — a test compares {@link #TABLES} and {@link #EXCLUDED}
 * with every foreign key to {@code participant} and {@code user_account} (ADR 0024).
 *
 * <p>What belongs to someone else is left out: the other party's reason for declining a match, the
 * other person's private meeting notes and check-ins, exit interview and difficulties they raised,
 * the partner a coordinator's draft pool run considered, the e-mail addresses of contacts introduced,
 * the IP addresses of the staff who consulted the file. Secrets are left out too: token hashes,
 * password hashes, calendar feed tokens, and the bodies of e-mails (which may carry a live one-use
 * link; the notifications carry the same texts). Files (referral documents, scans of the person's
 * own signature) are embedded in base 64.
 *
 * <p>Every export is written to the audit trail as an {@code EXPORT} of the person's data.
 */
@Service
@Transactional(readOnly = true)
public class PersonalDataExport {

	/**
	 * Tables with a foreign key to {@code participant} or {@code user_account} deliberately not in the
	 * export, each with the reason — reviewed: a table added later fails the completeness test until it
	 * is exported or listed here.
	 */
	public static final Map<String, String> EXCLUDED = Map.of(
			"program_coordinator", "staff only: which coordinator follows which program; a mentor's or mentee's account is never one",
			"privacy_incident", "staff only: who recorded an incident in the register; the persons concerned are told by notice",
			"participant_import", "staff only: who uploaded an import file; the file holds many people's rows, and what it gave this person is in their record");

	/** The tables exported, in the order the readable copy shows them. */
	public static final List<String> TABLES;

	private static final Map<String, Section> SECTIONS = new LinkedHashMap<>();

	private static final Set<String> NEVER_EXPORTED = Set.of("version", "search_vector", "token_hash", "password_hash",
			"token");

	static {
		section("participant", """
				select p.*, eo.name as employer_organisation_name, ro.name as referred_by_name from participant p
				left join organisation eo on eo.id = p.employer_organisation_id left join organisation ro on ro.id = p.referred_by
				where p.id = :person""");
		section("user_account", """
				select u.id, u.email, u.full_name, u.role, o.name as organisation_name, u.preferred_language, u.active, u.created_at
				from user_account u join organisation o on o.id = u.organisation_id where u.id = :user""");
		section("participant_language", "select * from participant_language where participant_id = :person order by position");
		section("participant_availability", "select * from participant_availability where participant_id = :person");
		section("participant_workshop", "select * from participant_workshop where participant_id = :person");
		section("participant_attestation", "select * from participant_attestation where participant_id = :person");
		section("participant_participation", """
				select t.*, pr.name as program_name from participant_participation t join program pr on pr.id = t.program_id
				where t.participant_id = :person order by t.since""");
		section("participant_screening", """
				select t.*, pr.name as program_name from participant_screening t left join program pr on pr.id = t.program_id
				where t.participant_id = :person order by t.position""");
		section("participant_consent", "select * from participant_consent where participant_id = :person");
		section("participant_invitation", """
				select t.*, pr.name as program_name from participant_invitation t join program pr on pr.id = t.program_id
				where t.participant_id = :person or t.user_id = :user order by t.sent_at""");
		section("action_goal", """
				select g.*, pr.name as program_name from action_goal g left join program pr on pr.id = g.program_id
				where g.participant_id = :person order by g.created_at""");
		section("action_step", """
				select s.* from action_step s join action_goal g on g.id = s.goal_id where g.participant_id = :person
				order by g.created_at, s.position""");
		section("referral", """
				select r.*, pr.name as program_name, o.name as agency_name from referral r
				join program pr on pr.id = r.program_id join organisation o on o.id = r.agency_id
				where r.participant_id = :person order by r.created_at""");
		section("referral_event", """
				select e.* from referral_event e join referral r on r.id = e.referral_id where r.participant_id = :person
				order by e.at, e.position""");
		section("referral_return_reason", """
				select e.* from referral_return_reason e join referral r on r.id = e.referral_id
				where r.participant_id = :person order by e.referral_id, e.position""");
		section("referral_document", """
				select d.id, d.referral_id, d.file_name, d.content_type, d.size, d.uploaded_at, d.content from referral_document d
				join referral r on r.id = d.referral_id where r.participant_id = :person order by d.uploaded_at""");
		section("matching_preferences", "select * from matching_preferences where participant_id = :person");
		section("match_exclusion", """
				select id, case when mentee_id = :person then 'MENTEE' else 'MENTOR' end as role, reason, created_at
				from match_exclusion where mentee_id = :person or mentor_id = :person order by created_at""");
		section("pool_run_pair", """
				select r.created_at as run_at, pr.name as program_name,
				       case when p.mentee_id = :person then 'MENTEE' else 'MENTOR' end as role, p.score, p.edited
				from pool_run_pair p join pool_run r on r.id = p.run_id join program pr on pr.id = r.program_id
				where p.mentee_id = :person or p.mentor_id = :person order by r.created_at""");
		section("match", """
				select m.*, pr.name as program_name, mentee.first_name || ' ' || mentee.last_name as mentee_name,
				       mentor.first_name || ' ' || mentor.last_name as mentor_name
				from match m join program pr on pr.id = m.program_id
				join participant mentee on mentee.id = m.mentee_id join participant mentor on mentor.id = m.mentor_id
				where m.mentee_id = :person or m.mentor_id = :person order by m.proposed_at""",
				(row, person) -> row.remove(person.equals(row.get("mentee_id")) ? "mentor_reason" : "mentee_reason"));
		section("match_signature_scan", """
				select s.* from match_signature_scan s join match m on m.id = s.match_id
				where (m.mentee_id = :person and s.side = 'MENTEE') or (m.mentor_id = :person and s.side = 'MENTOR')
				order by s.recorded_at""");
		section("mentor_load", "select * from mentor_load where mentor_id = :person");
		section("cohort_member", """
				select t.*, c.name as cohort_name, c.sector, c.status as cohort_status from cohort_member t
				join cohort c on c.id = t.cohort_id where t.participant_id = :person order by c.created_at""");
		section("introduction", """
				select i.*, c.first_name || ' ' || c.last_name as connector_name, n.first_name || ' ' || n.last_name as newcomer_name
				from introduction i join participant c on c.id = i.connector_id join participant n on n.id = i.newcomer_id
				where i.connector_id = :person or i.newcomer_id = :person order by i.met_on""");
		section("introduction_contact", """
				select t.introduction_id, t.position, t.id, t.name, t.organisation, t.occupation from introduction_contact t
				join introduction i on i.id = t.introduction_id where i.connector_id = :person or i.newcomer_id = :person
				order by i.met_on, t.position""");
		section("contact_follow_up", """
				select f.* from contact_follow_up f join introduction_contact t on t.id = f.contact_id
				join introduction i on i.id = t.introduction_id where i.connector_id = :person or i.newcomer_id = :person
				order by f.on_date, f.position""");
		section("mentorship", """
				select s.*, pr.name as program_name, mentee.first_name || ' ' || mentee.last_name as mentee_name,
				       mentor.first_name || ' ' || mentor.last_name as mentor_name
				from mentorship s join program pr on pr.id = s.program_id
				join participant mentee on mentee.id = s.mentee_id join participant mentor on mentor.id = s.mentor_id
				where s.mentee_id = :person or s.mentor_id = :person order by s.started_on""");
		section("mentorship_change", """
				select c.mentorship_id, c.position, c.at, c.kind, c.note from mentorship_change c
				join mentorship s on s.id = c.mentorship_id where s.mentee_id = :person or s.mentor_id = :person
				order by c.at, c.position""");
		section("meeting", """
				select m.id, m.mentorship_id, m.held_on, m.minutes, m.mode, m.themes, m.shared_note, m.logged_as, m.logged_at,
				       m.confirmed_at, m.corrected
				from meeting m join mentorship s on s.id = m.mentorship_id where s.mentee_id = :person or s.mentor_id = :person
				order by m.held_on""");
		section("meeting_private_note", """
				select n.meeting_id, n.note from meeting_private_note n join meeting m on m.id = n.meeting_id
				join mentorship s on s.id = m.mentorship_id
				where n.author = :user and (s.mentee_id = :person or s.mentor_id = :person) order by m.held_on""");
		section("placement_week", """
				select w.mentorship_id, w.week_start, w.hours, w.agreed_hours, w.logged_at from placement_week w
				join mentorship s on s.id = w.mentorship_id where s.mentee_id = :person or s.mentor_id = :person
				order by w.week_start""");
		section("check_in", """
				select c.id, c.mentorship_id, c.party, c.held_on, c.mode, c.satisfaction, c.progress, c.meetings_as_agreed,
				       c.needs_follow_up, c.notes, c.recorded_at
				from check_in c join mentorship s on s.id = c.mentorship_id
				where (s.mentee_id = :person and c.party = 'MENTEE') or (s.mentor_id = :person and c.party = 'MENTOR')
				order by c.held_on""");
		section("difficulty", """
				select d.id, d.mentorship_id, d.raised_as, d.raised_at, d.kind, d.description, d.status from difficulty d
				join mentorship s on s.id = d.mentorship_id
				where d.raised_by = :user and (s.mentee_id = :person or s.mentor_id = :person) order by d.raised_at""");
		section("difficulty_step", """
				select t.difficulty_id, t.position, t.at, t.status, t.note from difficulty_step t
				join difficulty d on d.id = t.difficulty_id join mentorship s on s.id = d.mentorship_id
				where d.raised_by = :user and (s.mentee_id = :person or s.mentor_id = :person) order by t.at, t.position""");
		section("exit_interview", """
				select e.* from exit_interview e join mentorship s on s.id = e.mentorship_id
				where (s.mentee_id = :person and e.party = 'MENTEE') or (s.mentor_id = :person and e.party = 'MENTOR')
				order by e.submitted_at""");
		section("certificate", "select * from certificate where participant_id = :person order by issued_on");
		section("activity_invitation", """
				select i.*, a.title, a.kind, a.starts_at, a.duration_minutes, a.place, a.status, pr.name as program_name
				from activity_invitation i join activity a on a.id = i.activity_id join program pr on pr.id = a.program_id
				where i.participant_id = :person order by a.starts_at""");
		section("employment_follow_up", "select * from employment_follow_up where participant_id = :person order by due_on");
		section("employment_record", "select * from employment_record where participant_id = :person order by recorded_on");
		section("career_step", "select * from career_step where participant_id = :person order by happened_on");
		section("academic_admission", "select * from academic_admission where participant_id = :person order by admitted_on");
		section("questionnaire_pairing", """
				select q.*, pr.name as program_name from questionnaire_pairing q join program pr on pr.id = q.program_id
				where q.mentee_id = :person or q.mentor_id = :person order by q.started_on""");
		section("questionnaire_request", """
				select r.*, v.title_@ as title from questionnaire_request r
				left join questionnaire_version v on v.id = r.version_id
				where r.participant_id = :person order by r.due_on""");
		section("questionnaire_answer", """
				select a.request_id, q.position, q.text_@ as question, a.number_value, a.text_value, a.date_value,
				       array(select c.label_@ from questionnaire_choice c where c.question_id = q.id
				             and c.position = any(a.choices) order by c.position) as choices
				from questionnaire_answer a join questionnaire_request r on r.id = a.request_id
				join questionnaire_question q on q.id = a.question_id
				where r.participant_id = :person order by r.due_on, q.position""");
		section("answer_link", """
				select id, kind, subject_id, created_at, expires_at, used_at from answer_link where participant_id = :person
				order by created_at""");
		section("notification", "select * from notification where user_id = :user order by created_at");
		section("email_outbox", """
				select e.recipient, e.subject, e.created_at, e.sent_at from email_outbox e
				where e.recipient in (select email from participant where id = :person and email is not null
				                      union select email from user_account where id = :user)
				order by e.created_at""");
		section("reminder_preference", "select * from reminder_preference where user_id = :user");
		section("calendar_feed", "select user_id, created_at from calendar_feed where user_id = :user");
		section("api_token", "select * from api_token where user_id = :user order by created_at");
		section("password_link", "select * from password_link where user_id = :user order by created_at");
		section("data_request", """
				select id, kind, received_on, received_how, deadline, details, recorded_at, answered_on, outcome, response,
				       refusal_reason
				from data_request where participant_id = :person order by received_on""");
		section("audit_entry", """
				select a.at, coalesce(u.full_name, '') as user_name, a.action, a.subject, a.changes from audit_entry a
				left join user_account u on u.id = a.user_id where a.persons @> array[cast(:person as uuid)]
				order by a.at, a.id""");
		TABLES = List.copyOf(SECTIONS.keySet());
	}

	private final JdbcClient jdbc;

	private final FieldEncryption encryption;

	private final org.passerelle.participant.ParticipantDirectory participants;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PersonalDataExport(JdbcClient jdbc, org.passerelle.participant.ParticipantDirectory participants,
			ApplicationEventPublisher events, FieldEncryption encryption, Clock clock) {
		this.jdbc = jdbc;
		this.encryption = encryption;
		this.participants = participants;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The signed-in person's own data, written to the audit trail as their export.
	 *
	 * @param format what the person downloads ({@code json}, {@code pdf}), named in the audit trail
	 * @throws NotFoundException for an account that is no participant's
	 */
	@Transactional
	public PersonalData own(Actor actor, String format) {
		var person = participants.participantOf(actor.userId())
			.orElseThrow(() -> new NotFoundException("participant", actor.userId()));
		events.publishEvent(PersonalDataAccessed.exported(actor.userId().value(), List.of(person.value()),
				"personal-data." + format));
		return gather(person);
	}

	/** Everything about one person, without audit: its caller writes the access down. */
	PersonalData gather(ParticipantId person) {
		var identity = jdbc.sql("select first_name || ' ' || last_name, preferred_language, user_id from participant where id = ?")
			.param(person.value())
			.query((rs, row) -> new Object[] { rs.getString(1), Language.valueOf(rs.getString(2)), rs.getObject(3, UUID.class) })
			.optional()
			.orElseThrow(() -> new NotFoundException("participant", person));
		var language = (Language) identity[1];
		// no account: a user id that matches no row
		var user = identity[2] == null ? new UUID(0, 0) : (UUID) identity[2];
		var suffix = language == Language.FR ? "fr" : "en";
		var tables = new LinkedHashMap<String, List<Map<String, Object>>>();
		SECTIONS.forEach((table, section) -> {
			var rows = jdbc.sql(section.sql().replace("_@", "_" + suffix))
				.param("person", person.value())
				.param("user", user)
				.query()
				.listOfRows();
			var exported = new ArrayList<Map<String, Object>>(rows.size());
			for (var row : rows) {
				var values = new LinkedHashMap<String, Object>();
				row.forEach((column, value) -> {
					if (!NEVER_EXPORTED.contains(column)) {
						values.put(column, plain(value));
					}
				});
				section.adjust().accept(values, person.value().toString());
				exported.add(values);
			}
			tables.put(table, List.copyOf(exported));
		});
		return new PersonalData(PersonalData.FORMAT, person.value(), (String) identity[0], language, clock.instant(), tables);
	}

	/**
	 * A value as JSON writes it plainly: text, numbers, booleans, lists; dates and times in ISO 8601;
	 * what is encrypted at rest (documents, scans, private notes) decrypted — the person gets their
	 * data, not its ciphertext.
	 */
	private Object plain(Object value) {
		try {
			return switch (value) {
				case null -> null;
				case UUID id -> id.toString();
				case Timestamp timestamp -> timestamp.toInstant().atOffset(ZoneOffset.UTC).toString();
				case java.sql.Date date -> date.toLocalDate().toString();
				case byte[] bytes -> Base64.getEncoder().encodeToString(encryption.decrypt(bytes));
				case String text -> encryption.decrypt(text);
				case Array array -> java.util.Arrays.stream((Object[]) array.getArray()).map(this::plain).toList();
				case org.postgresql.util.PGobject object -> object.getValue();
				case Number number -> number;
				case Boolean bool -> bool;
				default -> value.toString();
			};
		}
		catch (SQLException ex) {
			throw new IllegalStateException("An array of the export could not be read", ex);
		}
	}

	private static void section(String table, String sql) {
		section(table, sql, (row, person) -> {
		});
	}

	private static void section(String table, String sql, BiConsumer<Map<String, Object>, String> adjust) {
		SECTIONS.put(table, new Section(sql, adjust));
	}

	private record Section(String sql, BiConsumer<Map<String, Object>, String> adjust) {
	}
}
