package org.passerelle.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.core.OrganisationId;
import org.passerelle.core.PersonalDataAccessed.Kind;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.identity.UserView;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.participant.ParticipantDetails;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.participant.ParticipantManagement.Enrolment;
import org.passerelle.participant.ParticipantView;
import org.passerelle.participant.ParticipationStatus;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramTemplate;
import org.passerelle.program.ProgramView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DataRequestTests {

	static final Cookie ENGLISH = new Cookie("passerelle-lang", "en-CA");

	@Autowired
	org.passerelle.core.FieldEncryption encryption;

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	ProgramManagement programs;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	AuditTrail trail;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	Fixtures fixtures;

	OrganisationId lead;

	ProgramView program;

	UserView coordinator;

	UserView otherCoordinator;

	UserView officer;

	ParticipantView person;

	UserView account;

	ParticipantView mentor;

	UserView mentorAccount;

	LocalDate today;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(organisations, users);
		lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		program = programs.createFromTemplate(Actor.system(), ProgramTemplate.TRIEC_MENTORING_PARTNERSHIP,
				Fixtures.unique("Requests"), lead);
		coordinator = fixtures.user(Role.COORDINATOR, lead);
		programs.assignCoordinators(Actor.system(), program.id(), Set.of(coordinator.id()));
		var elsewhere = programs.createFromTemplate(Actor.system(), ProgramTemplate.TRIEC_MENTORING_PARTNERSHIP,
				Fixtures.unique("Elsewhere"), lead);
		otherCoordinator = fixtures.user(Role.COORDINATOR, lead);
		programs.assignCoordinators(Actor.system(), elsewhere.id(), Set.of(otherCoordinator.id()));
		officer = fixtures.user(Role.PRIVACY_OFFICER, lead);
		var coordinating = new Actor(coordinator.id(), coordinator.email(), Role.COORDINATOR, lead);
		var name = Fixtures.unique("Mbeki").replace(" ", "");
		person = participants.register(coordinating,
				ParticipantDetails.named("Amara", name, name.toLowerCase() + "@example.org"),
				new Enrolment(program.id(), Audience.MENTEE, ParticipationStatus.ENROLLED), false);
		account = fixtures.user(Role.MENTEE, lead);
		participants.linkAccount(Actor.system(), person.id(), account.id());
		var mentorName = Fixtures.unique("Tremblay").replace(" ", "");
		mentor = participants.register(coordinating,
				ParticipantDetails.named("Luc", mentorName, mentorName.toLowerCase() + "@example.org"),
				new Enrolment(program.id(), Audience.MENTOR, ParticipationStatus.ENROLLED), false);
		mentorAccount = fixtures.user(Role.MENTOR, lead);
		participants.linkAccount(Actor.system(), mentor.id(), mentorAccount.id());
		today = LocalDate.now(clock);
	}

	/**
	 * A mentorship between the person and the mentor with one meeting and each one's private note, a
	 * match the mentor declined once with a reason, a referral with a document, and a notification:
	 * written straight to the tables, as the export reads them.
	 */
	void recordLife() {
		var now = Timestamp.from(clock.instant());
		var declined = UUID.randomUUID();
		jdbc.sql("""
				insert into match (id, version, program_id, mentee_id, mentor_id, score, status, proposed_at, proposed_by,
				                   mentor_decision, mentor_reason)
				values (?, 0, ?, ?, ?, 70, 'DECLINED', ?, ?, 'DECLINED', 'The mentor’s own reason')""")
			.params(declined, program.id().value(), person.id().value(), mentor.id().value(), now, coordinator.id().value())
			.update();
		var match = UUID.randomUUID();
		jdbc.sql("""
				insert into match (id, version, program_id, mentee_id, mentor_id, score, status, proposed_at, proposed_by)
				values (?, 0, ?, ?, ?, 80, 'AGREED', ?, ?)""")
			.params(match, program.id().value(), person.id().value(), mentor.id().value(), now, coordinator.id().value())
			.update();
		var mentorship = UUID.randomUUID();
		jdbc.sql("""
				insert into mentorship (id, version, match_id, program_id, mentee_id, mentor_id, status, started_on, created_at)
				values (?, 0, ?, ?, ?, ?, 'ACTIVE', ?, ?)""")
			.params(mentorship, match, program.id().value(), person.id().value(), mentor.id().value(), today, now)
			.update();
		var meeting = UUID.randomUUID();
		jdbc.sql("""
				insert into meeting (id, version, mentorship_id, held_on, minutes, mode, shared_note, logged_by, logged_as, logged_at)
				values (?, 0, ?, ?, 60, 'VIDEO', 'We reviewed the CV together', ?, 'MENTEE', ?)""")
			.params(meeting, mentorship, today, account.id().value(), now)
			.update();
		jdbc.sql("insert into meeting_private_note (meeting_id, author, note) values (?, ?, ?), (?, ?, ?)")
			.params(meeting, account.id().value(), "My own reminder", meeting, mentorAccount.id().value(),
					"The mentor’s private thought")
			.update();
		var agency = fixtures.organisation(OrganisationType.REFERRAL_AGENCY);
		var referral = UUID.randomUUID();
		jdbc.sql("""
				insert into referral (id, version, program_id, agency_id, participant_id, status, consent_to_share,
				                      readiness_notes, created_at, created_by)
				values (?, 0, ?, ?, ?, 'ADMITTED', true, 'Ready to start in May', ?, ?)""")
			.params(referral, program.id().value(), agency.value(), person.id().value(), now, coordinator.id().value())
			.update();
		jdbc.sql("""
				insert into referral_document (id, referral_id, file_name, content_type, size, content, uploaded_at, uploaded_by)
				values (?, ?, 'cv.pdf', 'application/pdf', 9, ?, ?, ?)""")
			.params(UUID.randomUUID(), referral, encryption.encrypt("%PDF-cv-1".getBytes()), now, coordinator.id().value())
			.update();
		jdbc.sql("insert into notification (id, user_id, title, body, created_at) values (?, ?, 'Welcome', 'Hello', ?)")
			.params(UUID.randomUUID(), account.id().value(), now)
			.update();
	}

	/** Every table with a foreign key to participant(id) or user_account(id), with those columns, from the catalogue. */
	Map<String, Map<String, String>> foreignKeysToPeople() {
		var keys = new TreeMap<String, Map<String, String>>();
		jdbc.sql("""
				select c.conrelid::regclass::text as holder, a.attname as column_name, c.confrelid::regclass::text as target
				from pg_constraint c
				join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
				where c.contype = 'f' and c.confrelid in ('participant'::regclass, 'user_account'::regclass)""")
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.list()
			.forEach(key -> keys.computeIfAbsent(key[0], table -> new TreeMap<>()).put(key[1], key[2]));
		return keys;
	}

	@Test
	void theExportCoversEveryTableHoldingAPersonsIdOrTheirAccountsIdOrSaysWhyNot() throws Exception {
		recordLife();
		var tables = foreignKeysToPeople();
		assertThat(tables).containsKeys("participant_consent", "match", "notification", "referral", "data_request");

		var uncovered = new TreeSet<>(tables.keySet());
		uncovered.removeAll(PersonalDataExport.TABLES);
		uncovered.removeAll(PersonalDataExport.EXCLUDED.keySet());
		assertThat(uncovered).as("tables holding a person's id neither exported nor excluded with a reason").isEmpty();
		assertThat(PersonalDataExport.EXCLUDED.keySet()).as("exclusions of tables that no longer hold a person's id")
			.allMatch(tables::containsKey);
		assertThat(PersonalDataExport.EXCLUDED.keySet()).doesNotContainAnyElementsOf(PersonalDataExport.TABLES);

		var body = mvc.perform(get("/api/account/personal-data").with(httpBasic(account.email(), Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, List<?>> exported = JsonPath.read(body, "$.tables");
		assertThat(exported.keySet()).containsExactlyElementsOf(PersonalDataExport.TABLES);
		// every row holding the person's id or their account's id is in the export
		tables.forEach((table, columns) -> {
			if (PersonalDataExport.EXCLUDED.containsKey(table)) {
				return;
			}
			var where = String.join(" or ", columns.entrySet()
				.stream()
				.map(column -> column.getKey() + (column.getValue().equals("participant") ? " = :person" : " = :user"))
				.toList());
			long held = jdbc.sql("select count(*) from " + table + " where " + where)
				.param("person", person.id().value())
				.param("user", account.id().value())
				.query(Long.class)
				.single();
			assertThat((long) exported.get(table).size()).as("rows of %s about the person", table).isGreaterThanOrEqualTo(held);
		});
		assertThat(exported.get("match")).hasSize(2);
		assertThat(exported.get("referral_document")).hasSize(1);
		assertThat(exported.get("notification")).hasSize(1);
		// each kind of record has its heading in both languages
		PersonalDataExport.TABLES.forEach(table -> {
			assertThat(messages.getMessage("privacy.export.table." + table, null, null, Locale.ENGLISH)).isNotNull();
			assertThat(messages.getMessage("privacy.export.table." + table, null, null, Locale.FRENCH)).isNotNull();
		});
	}

	@Test
	void aPersonDownloadsTheirDataWithTheirFilesButNotWhatBelongsToTheOtherPersonAndTheDownloadIsAudited()
			throws Exception {
		recordLife();
		var session = Fixtures.signIn(mvc, account.email());
		var accountPage = Jsoup.parse(mvc.perform(get("/account").session(session).cookie(ENGLISH))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(accountPage.select("a[href=/account/personal-data.json]")).isNotEmpty();
		assertThat(accountPage.select("a[href=/account/personal-data.pdf]")).isNotEmpty();

		var response = mvc.perform(get("/account/personal-data.json").session(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse();
		var json = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat((String) JsonPath.read(json, "$.format")).isEqualTo(PersonalData.FORMAT);
		assertThat((String) JsonPath.read(json, "$.tables.participant[0].last_name")).isEqualTo(person.details().lastName());
		assertThat((String) JsonPath.read(json, "$.tables.user_account[0].email")).isEqualTo(account.email());
		assertThat((String) JsonPath.read(json, "$.tables.referral_document[0].file_name")).isEqualTo("cv.pdf");
		assertThat(Base64.getDecoder().decode((String) JsonPath.read(json, "$.tables.referral_document[0].content")))
			.isEqualTo("%PDF-cv-1".getBytes());
		assertThat((String) JsonPath.read(json, "$.tables.referral[0].readiness_notes")).isEqualTo("Ready to start in May");
		assertThat((String) JsonPath.read(json, "$.tables.meeting[0].shared_note")).isEqualTo("We reviewed the CV together");
		assertThat(json).contains("My own reminder")
			.doesNotContain("The mentor’s private thought")
			.doesNotContain("The mentor’s own reason")
			.doesNotContain("password_hash")
			.doesNotContain("token_hash");

		var pdf = mvc.perform(get("/account/personal-data.pdf").session(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		var reader = new PdfReader(pdf);
		var text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
		}
		// the person's language is French, whatever the language of the page they clicked on
		assertThat(text.toString()).contains("Vos renseignements personnels dans Passerelle")
			.contains(person.details().lastName())
			.contains("Rencontres")
			.contains("We reviewed the CV together")
			.doesNotContain("The mentor’s private thought");

		var exports = trail.search(new Actor(officer.id(), officer.email(), Role.PRIVACY_OFFICER, lead),
				new AuditSearch(person.id().value(), account.id().value(), null, null), 0, 10)
			.entries()
			.stream()
			.filter(entry -> entry.action() == Kind.EXPORT)
			.map(AuditEntry::subject)
			.toList();
		assertThat(exports).contains("personal-data.json", "personal-data.pdf");
	}

	@Test
	void anAccountThatIsNoParticipantsHasNoDataToDownload() throws Exception {
		mvc.perform(get("/api/account/personal-data").with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
			.andExpect(status().isNotFound());
	}

	String request(Object person, String kind, LocalDate receivedOn, String details) {
		return """
				{"person": "%s", "kind": "%s", "receivedOn": "%s", "receivedHow": "EMAIL", "details": %s,
				 "deadline": "2099-01-01"}""".formatted(person, kind, receivedOn,
				details == null ? "null" : "\"" + details + "\"");
	}

	@Test
	void aCoordinatorRecordsARequestWhoseDeadlineIsComputedAndTheOfficerListsTheLateOnesFirst() throws Exception {
		var created = mvc.perform(post("/api/privacy/requests").with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(request(person.id(), "ACCESS", today.minusDays(2), null)))
			.andExpect(status().isCreated())
			// the deadline sent is ignored: 30 days after the day received
			.andExpect(jsonPath("$.deadline").value(today.plusDays(28).toString()))
			.andExpect(jsonPath("$.late").value(false))
			.andExpect(jsonPath("$.personName").value(person.fullName()))
			.andReturn();
		String onTime = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		// received by letter long ago, named by e-mail address
		var late = mvc.perform(post("/api/privacy/requests").with(httpBasic(officer.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(request(person.details().email(), "PORTABILITY", today.minusDays(40), null)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.deadline").value(today.minusDays(10).toString()))
			.andExpect(jsonPath("$.late").value(true))
			.andReturn();
		String lateId = JsonPath.read(late.getResponse().getContentAsString(), "$.id");

		var listed = mvc.perform(get("/api/privacy/requests").with(httpBasic(officer.email(), Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> ids = JsonPath.read(listed, "$[*].id");
		assertThat(ids).containsSubsequence(lateId, onTime);

		var page = Jsoup.parse(mvc.perform(get("/privacy/requests").session(Fixtures.signIn(mvc, officer.email())).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		var lateRow = page.select("tr:has(a[href=/privacy/requests/" + lateId + "])");
		assertThat(lateRow.attr("data-status")).isEqualTo("late");
		assertThat(lateRow.text()).contains("Late").contains(person.fullName()).contains("Portability");
		assertThat(page.select("tr:has(a[href=/privacy/requests/" + onTime + "])").attr("data-status")).isEqualTo("open");
		assertThat(page.select("nav a[href=/privacy/requests]")).isNotEmpty();

		// a day still to come is refused on its field
		mvc.perform(post("/api/privacy/requests").with(httpBasic(officer.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(request(person.id(), "ACCESS", today.plusDays(1), null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("receivedOn"));
	}

	@Test
	void aRequestAboutSomeoneOutOfReachIsNotFound() throws Exception {
		mvc.perform(post("/api/privacy/requests").with(httpBasic(otherCoordinator.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(request(person.id(), "ACCESS", today, null)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/privacy/requests").with(httpBasic(officer.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(request(UUID.randomUUID(), "ACCESS", today, null)))
			.andExpect(status().isNotFound());
		var created = mvc.perform(post("/api/privacy/requests").with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(request(person.id(), "ACCESS", today, null)))
			.andExpect(status().isCreated())
			.andReturn();
		String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		mvc.perform(get("/api/privacy/requests/{id}", id).with(httpBasic(otherCoordinator.email(), Fixtures.PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/privacy/requests/{id}", id).session(Fixtures.signIn(mvc, otherCoordinator.email())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/privacy/requests").with(httpBasic(otherCoordinator.email(), Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '" + id + "')]").isEmpty());
		// only the privacy officer downloads a person's data for a request
		mvc.perform(get("/api/privacy/requests/{id}/export", id).with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
		// the person's own requests are not theirs to handle: they download their data themself
		mvc.perform(get("/api/privacy/requests/{id}", id).with(httpBasic(account.email(), Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());

		// on the page, someone out of reach reads as unknown, on the field
		var page = Jsoup.parse(mvc.perform(post("/privacy/requests").session(Fixtures.signIn(mvc, otherCoordinator.email()))
			.cookie(ENGLISH)
			.with(csrf())
			.param("person", person.details().email())
			.param("kind", "ACCESS")
			.param("receivedOn", today.toString())
			.param("receivedHow", "PHONE"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#person").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.text()).contains("No participant you may handle is known by this e-mail address or identifier.");
	}

	@Test
	void theOfficerAnswersAnAccessRequestWithThePersonsDataWhichTheAuditTrailRecordsAndAnAnsweredRequestNoLongerChanges()
			throws Exception {
		recordLife();
		var session = Fixtures.signIn(mvc, coordinator.email());
		var recorded = mvc.perform(post("/privacy/requests").session(session)
			.with(csrf())
			.param("person", person.id().toString())
			.param("kind", "ACCESS")
			.param("receivedOn", today.minusDays(3).toString())
			.param("receivedHow", "LETTER"))
			.andExpect(redirectedUrlPattern("/privacy/requests/*"))
			.andReturn();
		var path = recorded.getResponse().getRedirectedUrl();
		var id = path.substring(path.lastIndexOf('/') + 1);

		var officerSession = Fixtures.signIn(mvc, officer.email());
		var page = Jsoup.parse(mvc.perform(get(path).session(officerSession).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#deadline").text()).contains(String.valueOf(today.minusDays(3).plusDays(30).getYear()));
		assertThat(page.select("a[href=/privacy/requests/" + id + "/export.pdf]")).isNotEmpty();

		mvc.perform(get("/api/privacy/requests/{id}/export", id).with(httpBasic(officer.email(), Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tables.participant[0].last_name").value(person.details().lastName()))
			.andExpect(jsonPath("$.tables.meeting[0].shared_note").value("We reviewed the CV together"));
		var pdf = mvc.perform(get(path + "/export.pdf").session(officerSession))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");

		var exports = trail.search(new Actor(officer.id(), officer.email(), Role.PRIVACY_OFFICER, lead),
				new AuditSearch(person.id().value(), officer.id().value(), null, null), 0, 10)
			.entries();
		assertThat(exports).extracting(AuditEntry::action).containsOnly(Kind.EXPORT);
		assertThat(exports).extracting(AuditEntry::subject)
			.containsExactlyInAnyOrder("data-request " + id + " json", "data-request " + id + " pdf");
		mvc.perform(get("/api/privacy/requests/{id}", id).with(httpBasic(officer.email(), Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.exportedAt").isNotEmpty());

		mvc.perform(post("/api/privacy/requests/{id}/answer", id).with(httpBasic(officer.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"outcome": "GRANTED", "answeredOn": "%s", "response": "JSON and PDF sent by e-mail", "version": 0}"""
				.formatted(today)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("GRANTED"))
			.andExpect(jsonPath("$.answeredOn").value(today.toString()));

		// answered: neither answered again nor exported again, with the reason in the reader's language
		mvc.perform(post("/api/privacy/requests/{id}/answer", id).with(httpBasic(officer.email(), Fixtures.PASSWORD))
			.cookie(ENGLISH)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"outcome": "REFUSED", "answeredOn": "%s", "refusalReason": "Second thoughts", "version": 1}"""
				.formatted(today)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("already answered")));
		mvc.perform(get("/api/privacy/requests/{id}/export", id).with(httpBasic(officer.email(), Fixtures.PASSWORD)))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post(path + "/answer").session(officerSession)
			.cookie(ENGLISH)
			.with(csrf())
			.param("outcome", "REFUSED")
			.param("answeredOn", today.toString())
			.param("refusalReason", "Second thoughts")
			.param("version", "1"))
			.andExpect(redirectedUrl(path))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("problem", containsString("already answered")));
		mvc.perform(get("/api/privacy/requests/{id}", id).with(httpBasic(officer.email(), Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.outcome").value("GRANTED"));
	}

	@Test
	void aRectificationIsTrackedToItsAnswerWithWhatWasChangedAndWhyNotTheRest() throws Exception {
		mvc.perform(post("/api/privacy/requests").with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.cookie(ENGLISH)
			.contentType(MediaType.APPLICATION_JSON)
			.content(request(person.id(), "RECTIFICATION", today, null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("details"))
			.andExpect(jsonPath("$.errors[0].message").value("Say what the person wants corrected."));
		var created = mvc.perform(post("/api/privacy/requests").with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(request(person.id(), "RECTIFICATION", today.minusDays(1),
					"Arrival date is 2021-03-02, and remove the old phone number")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.details").value("Arrival date is 2021-03-02, and remove the old phone number"))
			.andReturn();
		String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		// the person's data answers only an access or portability request
		mvc.perform(get("/api/privacy/requests/{id}/export", id).with(httpBasic(officer.email(), Fixtures.PASSWORD)))
			.andExpect(status().isUnprocessableContent());

		mvc.perform(post("/api/privacy/requests/{id}/answer", id).with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"outcome": "PARTLY_GRANTED", "answeredOn": "%s", "response": "Arrival date corrected", "version": 0}"""
				.formatted(today)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("refusalReason"));
		mvc.perform(post("/api/privacy/requests/{id}/answer", id).with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"outcome": "GRANTED", "answeredOn": "%s", "version": 0}""".formatted(today)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("response"));
		mvc.perform(post("/api/privacy/requests/{id}/answer", id).with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"outcome": "GRANTED", "answeredOn": "%s", "response": "Corrected", "version": 0}"""
				.formatted(today.minusDays(2))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("answeredOn"));

		var session = Fixtures.signIn(mvc, coordinator.email());
		mvc.perform(post("/privacy/requests/{id}/answer", id).session(session)
			.with(csrf())
			.param("outcome", "PARTLY_GRANTED")
			.param("answeredOn", today.toString())
			.param("response", "Arrival date corrected")
			.param("refusalReason", "The old phone number is kept in the screening notes of 2022 (s. 28)")
			.param("version", "0"))
			.andExpect(redirectedUrl("/privacy/requests/" + id));
		var page = Jsoup.parse(mvc.perform(get("/privacy/requests/{id}", id).session(session).cookie(ENGLISH))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.text()).contains("Answered on")
			.contains("Partly granted")
			.contains("Arrival date corrected")
			.contains("The old phone number is kept in the screening notes of 2022 (s. 28)");
		assertThat(page.select("form[action$=/answer]")).isEmpty();
	}
}
