package org.passerelle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.identity.UserView;
import org.passerelle.matching.MatchingFixtures;
import org.passerelle.matching.MentoringAgreements;
import org.passerelle.matching.Proposals;
import org.passerelle.mentorship.MeetingDetails;
import org.passerelle.mentorship.MeetingMode;
import org.passerelle.mentorship.Meetings;
import org.passerelle.mentorship.MentorshipManagement;
import org.passerelle.mentorship.Pair;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.participant.ParticipantDetails;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.participant.ParticipantManagement.Enrolment;
import org.passerelle.participant.ParticipantView;
import org.passerelle.participant.ParticipationStatus;
import org.passerelle.privacy.AuditEntry;
import org.passerelle.privacy.AuditSearch;
import org.passerelle.privacy.AuditTrail;
import org.passerelle.program.Audience;
import org.passerelle.program.MeetingCadence;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.passerelle.program.ProgramTemplate;
import org.passerelle.program.ProgramView;
import org.passerelle.referral.ReferralManagement;
import org.passerelle.referral.ReferralView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Accommodation needs, private notes, referral documents and scans of agreements signed on paper kept encrypted in the database (issue 14,
 * point 6; ADR 0026): the columns hold no plain text, the pages and the API show it, the reads are
 * audited, an older key is read and left behind by a rotation, an altered value is refused clearly.
 */
@IntegrationTest
class EncryptionAtRestTests {

	static final Cookie ENGLISH = new Cookie("passerelle-lang", "en-CA");

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
	ReferralManagement referrals;

	@Autowired
	Proposals proposals;

	@Autowired
	MentoringAgreements agreements;

	@Autowired
	MentorshipManagement mentorships;

	@Autowired
	Meetings meetings;

	@Autowired
	AuditTrail trail;

	@Autowired
	FieldEncryption encryption;

	@Autowired
	FieldReencryption reencryption;

	@Autowired
	List<EncryptedColumn> columns;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment environment;

	@Autowired
	Clock clock;

	Fixtures fixtures;

	ProgramView program;

	UserView coordinator;

	Actor coordinating;

	Actor officer;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(organisations, users);
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		program = programs.createFromTemplate(Actor.system(), ProgramTemplate.TRIEC_MENTORING_PARTNERSHIP,
				Fixtures.unique("Chiffré"), lead);
		coordinator = fixtures.user(Role.COORDINATOR, lead);
		programs.assignCoordinators(Actor.system(), program.id(), Set.of(coordinator.id()));
		coordinating = new Actor(coordinator.id(), coordinator.email(), Role.COORDINATOR, lead);
		var officerAccount = fixtures.user(Role.PRIVACY_OFFICER, lead);
		officer = new Actor(officerAccount.id(), officerAccount.email(), Role.PRIVACY_OFFICER, lead);
	}

	ParticipantView person(String needs) {
		var name = Fixtures.unique("Okafor").replace(" ", "");
		var person = participants.register(coordinating,
				ParticipantDetails.named("Ada", name, name.toLowerCase(Locale.ROOT) + "@example.org"),
				new Enrolment(program.id(), Audience.MENTEE, ParticipationStatus.ENROLLED), false);
		return participants.describeAccommodationNeeds(coordinating, person.id(), needs);
	}

	String storedNeeds(ParticipantView person) {
		return jdbc.sql("select accommodation_needs from participant where id = ?").param(person.id().value())
			.query(String.class)
			.single();
	}

	record Document(ReferralView referral, UUID id, UserView agency, byte[] content) {
	}

	Document document(String text) {
		var agencyUser = fixtures.user(Role.REFERRAL_PARTNER, fixtures.organisation(OrganisationType.REFERRAL_AGENCY));
		var agency = new Actor(agencyUser.id(), agencyUser.email(), Role.REFERRAL_PARTNER, agencyUser.organisationId());
		var name = Fixtures.unique("Referred").replace(" ", "");
		var referral = referrals.refer(agency, program.id(),
				ParticipantDetails.named("Nadia", name, name.toLowerCase(Locale.ROOT) + "@example.org"), "Ready", true,
				Locale.CANADA);
		var content = new byte[200_000];
		new Random(42).nextBytes(content);
		var head = ("%PDF-1.7\n" + text + "\n").getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(head, 0, content, 0, head.length);
		var attached = referrals.attach(agency, referral.id(), "cv.pdf", content, Locale.CANADA);
		return new Document(attached, attached.documents().getFirst().id(), agencyUser, content);
	}

	byte[] storedContent(Document document) {
		return jdbc.sql("select content from referral_document where id = ?").param(document.id())
			.query((rs, row) -> rs.getBytes(1))
			.single();
	}

	List<String> subjectsAbout(UUID person) {
		return trail.search(officer, new AuditSearch(person, null, null, null), 0, 100)
			.entries()
			.stream()
			.map(AuditEntry::subject)
			.toList();
	}

	Pair pair() {
		var f = MatchingFixtures.create(fixtures, programs, participants, MatchingFixtures.weights(100, 0, 0, 0),
				ProgramRules.builder().durationWeeks(12).meetingCadence(MeetingCadence.EVERY_TWO_WEEKS).build(),
				Set.of(Language.FR, Language.EN));
		return Pair.agreed(f, proposals, agreements, mentorships, LocalDate.now(clock));
	}

	String storedNote(UUID meeting) {
		return jdbc.sql("select note from meeting_private_note where meeting_id = ?").param(meeting)
			.query(String.class)
			.single();
	}

	@Test
	void accommodationNeedsAreStoredEncryptedShownInPlainOnThePageAndApiAndTheirReadsAudited() throws Exception {
		var person = person("Wheelchair access, hearing loop");

		assertThat(storedNeeds(person)).startsWith("enc:test-a:").doesNotContain("Wheelchair").doesNotContain("hearing");
		var session = Fixtures.signIn(mvc, coordinator.email());
		mvc.perform(get("/participants/{id}", person.id()).session(session).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wheelchair access, hearing loop")));
		mvc.perform(get("/api/participants/{id}", person.id()).with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accommodationNeeds").value("Wheelchair access, hearing loop"));

		assertThat(subjectsAbout(person.id().value())).filteredOn("accommodation-needs"::equals).hasSize(2);
		var withoutNeeds = person("");
		mvc.perform(get("/participants/{id}", withoutNeeds.id()).session(session)).andExpect(status().isOk());
		assertThat(subjectsAbout(withoutNeeds.id().value())).contains("participant").doesNotContain("accommodation-needs");
	}

	@Test
	void aPrivateNoteIsStoredEncryptedAndShownInPlainToItsWriterOnlyWithTheReadAudited() throws Exception {
		var pair = pair();
		var logged = meetings.log(pair.asMentor(), pair.mentorship(), new MeetingDetails(LocalDate.now(clock), 60,
				MeetingMode.VIDEO, Set.of(), "CV reviewed together", "Awa seems worried about her status"));
		var meeting = logged.meetings().getFirst().id();

		assertThat(storedNote(meeting)).startsWith("enc:test-a:").doesNotContain("worried");
		assertThat(logged.meetings().getFirst().privateNote()).isEqualTo("Awa seems worried about her status");
		mvc.perform(get("/mentorships/{id}", pair.mentorship().value()).session(Fixtures.signIn(mvc, pair.asMentor().email())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Awa seems worried about her status")));
		mvc.perform(get("/api/mentorships/{id}", pair.mentorship().value())
			.with(httpBasic(pair.asMentee().email(), Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("worried"))));

		var reads = trail.search(officer, new AuditSearch(pair.mentee().value(), pair.asMentor().userId().value(), null, null),
				0, 100)
			.entries()
			.stream()
			.filter(entry -> entry.subject().equals("meeting-private-notes"))
			.toList();
		assertThat(reads).isNotEmpty()
			.allSatisfy(entry -> assertThat(entry.persons()).contains(pair.mentee().value(), pair.mentor().value()));
		assertThat(trail.search(officer, new AuditSearch(pair.mentee().value(), pair.asMentee().userId().value(), null, null),
				0, 100).entries()).extracting(AuditEntry::subject).doesNotContain("meeting-private-notes");
	}

	@Test
	void aDocumentIsStoredEncryptedAndDownloadedByteForByte() throws Exception {
		var document = document("Curriculum vitae of Nadia");

		var stored = storedContent(document);
		assertThat(new String(stored, 0, 11, StandardCharsets.US_ASCII)).isEqualTo("enc:test-a:");
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Curriculum vitae", "%PDF");
		var downloaded = mvc.perform(get("/api/referrals/{id}/documents/{document}", document.referral().id(), document.id())
			.with(httpBasic(document.agency().email(), Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(downloaded).isEqualTo(document.content());
		assertThat(document.referral().documents().getFirst().size()).as("the size of the document, not of its ciphertext")
			.isEqualTo(document.content().length);
	}

	byte[] storedScan(UUID match, String side) {
		return jdbc.sql("select content from match_signature_scan where match_id = ? and side = ?").params(match, side)
			.query((rs, row) -> rs.getBytes(1))
			.single();
	}

	@Test
	void aScanOfAPaperSignatureIsStoredEncryptedDownloadedByteForByteAndTheDownloadAudited() throws Exception {
		var f = MatchingFixtures.anyPairProgram(fixtures, programs, participants);
		var match = f.introducedPair(proposals, LocalDate.now(clock));
		var scan = new byte[300_000];
		new Random(7).nextBytes(scan);
		var head = "%PDF-1.4\nSigned by Fatou\n".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(head, 0, scan, 0, head.length);
		var coordinator = httpBasic(f.coordinator().email(), Fixtures.PASSWORD);
		mvc.perform(multipart("/api/matches/{id}/paper-signature", match.id().value())
			.file(new MockMultipartFile("scan", "entente.pdf", "application/pdf", scan))
			.with(coordinator)
			.param("version", String.valueOf(match.version()))
			.param("side", "MENTEE")
			.param("signedOn", LocalDate.now(clock).toString()))
			.andExpect(status().isOk());

		var stored = storedScan(match.id().value(), "MENTEE");
		assertThat(new String(stored, 0, 11, StandardCharsets.US_ASCII)).isEqualTo("enc:test-a:");
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Signed by Fatou", "%PDF");
		var downloaded = mvc.perform(get("/api/matches/{id}/paper-signature/MENTEE/scan", match.id().value()).with(coordinator))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(downloaded).isEqualTo(scan);
		assertThat(subjectsAbout(match.mentee().value())).contains("signature-scan entente.pdf");
		assertThat(subjectsAbout(match.mentor().value())).doesNotContain("signature-scan entente.pdf");

		// a scan kept before encryption is read as it is, then encrypted by the job after start
		jdbc.sql("update match_signature_scan set content = ? where match_id = ? and side = 'MENTEE'")
			.params(scan, match.id().value())
			.update();
		mvc.perform(get("/api/matches/{id}/paper-signature/MENTEE/scan", match.id().value()).with(coordinator))
			.andExpect(status().isOk())
			.andExpect(content().bytes(scan));
		assertThat(reencryption.reencrypt()).filteredOn(result -> result.encrypted() > 0)
			.extracting(result -> result.column().toString())
			.contains("match_signature_scan.content");
		assertThat(FieldEncryption.keyIdOf(storedScan(match.id().value(), "MENTEE"))).contains("test-a");
		mvc.perform(get("/api/matches/{id}/paper-signature/MENTEE/scan", match.id().value()).with(coordinator))
			.andExpect(status().isOk())
			.andExpect(content().bytes(scan));
	}

	@Test
	void valuesUnderTheOldKeyAreReadAfterTheRotationAndTheRekeyLeavesNoneUnderIt() throws Exception {
		var person = person("Screen reader");
		var document = document("CV before the rotation");
		var pair = pair();
		var meeting = meetings.log(pair.asMentor(), pair.mentorship(), new MeetingDetails(LocalDate.now(clock), 45,
				MeetingMode.PHONE, Set.of(), null, "Note before the rotation")).meetings().getFirst().id();
		var underA = storedNeeds(person);

		var keys = Map.of("test-a", key("test-a"), "test-b", key("test-b"));
		var underB = new FieldEncryption(keys, "test-b");
		assertThat(underB.decrypt(underA)).isEqualTo("Screen reader");
		// a small batch, so that the walk goes through several of them
		var results = new FieldReencryption(jdbc, underB, columns, 2, false).reencrypt();

		assertThat(results).allSatisfy(result -> assertThat(result.unreadable()).isZero());
		assertThat(results).filteredOn(result -> result.rekeyed() > 0).extracting(result -> result.column().toString())
			.contains("participant.accommodation_needs", "meeting_private_note.note", "referral_document.content");
		for (var column : columns) {
			assertThat(underKey(column, "test-a")).as(column + " under the old key").isZero();
		}
		assertThat(storedNeeds(person)).startsWith("enc:test-b:");
		assertThat(storedNote(meeting)).startsWith("enc:test-b:");
		assertThat(new String(storedContent(document), 0, 11, StandardCharsets.US_ASCII)).isEqualTo("enc:test-b:");

		// the application, which knows both keys, reads what is now under the new one
		mvc.perform(get("/api/participants/{id}", person.id()).with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.accommodationNeeds").value("Screen reader"));
		assertThat(mentorships.find(pair.asMentor(), pair.mentorship()).meetings().getFirst().privateNote())
			.isEqualTo("Note before the rotation");
		assertThat(referrals.document(Actor.system(), document.referral().id(), document.id()).content())
			.isEqualTo(document.content());
	}

	@Test
	void valuesWrittenBeforeEncryptionAreEncryptedOnceByTheJobAfterStart() {
		var person = person("placeholder");
		jdbc.sql("update participant set accommodation_needs = 'Braille documents' where id = ?")
			.param(person.id().value())
			.update();
		var document = document("A CV from before");
		jdbc.sql("update referral_document set content = ? where id = ?").params(document.content(), document.id()).update();
		var pair = pair();
		var meeting = meetings.log(pair.asMentor(), pair.mentorship(), new MeetingDetails(LocalDate.now(clock), 45,
				MeetingMode.PHONE, Set.of(), null, "placeholder")).meetings().getFirst().id();
		jdbc.sql("update meeting_private_note set note = 'Written in plain' where meeting_id = ?").param(meeting).update();
		assertThat(participants.describeAccommodationNeeds(coordinating, person.id(), "Braille documents")
			.accommodationNeeds()).as("a value from before is read as it is").isEqualTo("Braille documents");

		var first = reencryption.reencrypt();
		assertThat(first).filteredOn(result -> result.encrypted() > 0).extracting(result -> result.column().toString())
			.contains("participant.accommodation_needs", "meeting_private_note.note", "referral_document.content");
		assertThat(storedNeeds(person)).startsWith("enc:test-a:");
		assertThat(storedNote(meeting)).startsWith("enc:test-a:");
		assertThat(FieldEncryption.keyIdOf(storedContent(document))).contains("test-a");
		assertThat(encryption.decrypt(storedNeeds(person))).isEqualTo("Braille documents");
		assertThat(encryption.decrypt(storedNote(meeting))).isEqualTo("Written in plain");
		assertThat(encryption.decrypt(storedContent(document))).isEqualTo(document.content());

		var second = reencryption.reencrypt();
		assertThat(second).as("a second run has nothing to do").noneMatch(FieldReencryption.Result::changedAnything);
	}

	@Test
	void anAlteredValueFailsLoudlyWithAClearPageAndProblemNotA500AndTheRekeyRefusesToFinish() throws Exception {
		var person = person("Sign language interpreter");
		// under the older key, which the rekey reads (it leaves values under the current key as they are)
		var stored = new FieldEncryption(Map.of("test-b", key("test-b")), "test-b").encrypt("Sign language interpreter");
		var sealed = Base64.getDecoder().decode(stored.substring("enc:test-b:".length()));
		sealed[20] ^= 1;
		jdbc.sql("update participant set accommodation_needs = ? where id = ?")
			.params("enc:test-b:" + Base64.getEncoder().encodeToString(sealed), person.id().value())
			.update();
		var document = document("A CV altered");
		var content = storedContent(document);
		content[content.length - 1] ^= 1;
		jdbc.sql("update referral_document set content = ? where id = ?").params(content, document.id()).update();
		try {
			var page = mvc.perform(get("/participants/{id}", person.id()).session(Fixtures.signIn(mvc, coordinator.email()))
				.cookie(ENGLISH))
				.andExpect(status().isServiceUnavailable())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("This information cannot be read").doesNotContain("Exception");
			mvc.perform(get("/api/participants/{id}", person.id()).with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
				.header("Accept-Language", "fr"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(jsonPath("$.title").value("Ces renseignements ne peuvent pas être lus"))
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Exception"))));
			mvc.perform(get("/api/referrals/{id}/documents/{document}", document.referral().id(), document.id())
				.with(httpBasic(document.agency().email(), Fixtures.PASSWORD)))
				.andExpect(status().isServiceUnavailable())
				.andExpect(jsonPath("$.title").exists());

			var results = reencryption.reencrypt();
			assertThat(results).filteredOn(result -> result.unreadable() > 0)
				.extracting(result -> result.column().toString())
				.containsExactly("participant.accommodation_needs");
			assertThatThrownBy(() -> new RekeyCommand(reencryption, encryption).run(new DefaultApplicationArguments("rekey")))
				.hasMessageContaining("cannot be read");
		}
		finally {
			// the shared database must hold no unreadable value for the other tests
			jdbc.sql("update participant set accommodation_needs = null where id = ?").param(person.id().value()).update();
			jdbc.sql("delete from referral_document where id = ?").param(document.id()).update();
		}
	}

	byte[] key(String id) {
		return Base64.getDecoder().decode(environment.getRequiredProperty("passerelle.encryption.keys." + id));
	}

	long underKey(EncryptedColumn column, String keyId) {
		var prefix = FieldEncryption.prefix(keyId);
		return jdbc.sql("select count(*) from " + column.table() + " where "
				+ (column.binary() ? "substring(" + column.column() + " from 1 for :n) = :prefix"
						: "left(" + column.column() + ", :n) = :prefix"))
			.param("n", prefix.length())
			.param("prefix", column.binary() ? prefix.getBytes(StandardCharsets.US_ASCII) : prefix)
			.query(Long.class)
			.single();
	}
}
