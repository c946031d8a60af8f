package org.passerelle.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.MovableClock;
import org.passerelle.core.OrganisationId;
import org.passerelle.core.PersonalDataAccessed.FieldChange;
import org.passerelle.core.PersonalDataAccessed.Kind;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.identity.UserView;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.matching.MatchingFixtures;
import org.passerelle.matching.MatchingPreferences;
import org.passerelle.matching.Proposals;
import org.passerelle.participant.ConsentPurpose;
import org.passerelle.participant.DuplicateDetection;
import org.passerelle.participant.ImportSettings;
import org.passerelle.participant.ParticipantDetails;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.participant.ParticipantImports;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.participant.ParticipantManagement.Enrolment;
import org.passerelle.participant.ParticipantView;
import org.passerelle.participant.ParticipationStatus;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramTemplate;
import org.passerelle.program.ProgramView;
import org.passerelle.referral.ReferralManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AuditTrailTests {

	static final Cookie ENGLISH = new Cookie("passerelle-lang", "en-CA");

	static final Cookie FRENCH = new Cookie("passerelle-lang", "fr-CA");

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
	ParticipantDirectory directory;

	@Autowired
	ReferralManagement referrals;

	@Autowired
	AuditTrail trail;

	@Autowired
	DuplicateDetection duplicates;

	@Autowired
	ParticipantImports imports;

	@Autowired
	Proposals proposals;

	@Autowired
	MatchingPreferences preferences;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	Fixtures fixtures;

	OrganisationId lead;

	ProgramView program;

	UserView coordinator;

	Actor coordinating;

	Actor officer;

	ParticipantView person;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(organisations, users);
		lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		program = programs.createFromTemplate(Actor.system(), ProgramTemplate.TRIEC_MENTORING_PARTNERSHIP,
				Fixtures.unique("TRIEC"), lead);
		coordinator = fixtures.user(Role.COORDINATOR, lead);
		programs.assignCoordinators(Actor.system(), program.id(), Set.of(coordinator.id()));
		coordinating = new Actor(coordinator.id(), coordinator.email(), Role.COORDINATOR, lead);
		var officerAccount = fixtures.user(Role.PRIVACY_OFFICER, lead);
		officer = new Actor(officerAccount.id(), officerAccount.email(), Role.PRIVACY_OFFICER, lead);
		var name = Fixtures.unique("Okafor").replace(" ", "");
		person = participants.register(coordinating, ParticipantDetails.named("Ada", name, name.toLowerCase() + "@example.org"),
				new Enrolment(program.id(), Audience.MENTEE, ParticipationStatus.ENROLLED), false);
	}

	List<AuditEntry> entriesOf(ParticipantView about) {
		return trail.search(officer, new AuditSearch(about.id().value(), null, null, null), 0, 100).entries();
	}

	@Test
	void everyViewOfARecordOnItsPageAndThroughTheApiIsRecordedWithWhoAndFromWhere() throws Exception {
		mvc.perform(get("/participants/{id}", person.id()).session(Fixtures.signIn(mvc, coordinator.email()))
			.with(request -> {
				request.setRemoteAddr("203.0.113.7");
				return request;
			}))
			.andExpect(status().isOk());
		mvc.perform(get("/api/participants/{id}", person.id()).with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
			.andExpect(status().isOk());

		var views = entriesOf(person).stream().filter(entry -> entry.action() == Kind.VIEW_RECORD).toList();
		assertThat(views).hasSize(2).allSatisfy(entry -> {
			assertThat(entry.user()).isEqualTo(coordinator.id());
			assertThat(entry.userName()).isEqualTo(coordinator.fullName());
			assertThat(entry.personName()).isEqualTo(person.fullName());
			assertThat(entry.subject()).isEqualTo("participant");
		});
		assertThat(views).extracting(AuditEntry::address).contains("203.0.113.7", "127.0.0.1");
	}

	@Test
	void everyExportOfParticipantsIsRecordedWithEachPersonInIt() throws Exception {
		var marker = person.details().lastName();
		mvc.perform(get("/participants/export.csv").param("text", marker).session(Fixtures.signIn(mvc, coordinator.email())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(marker)));
		mvc.perform(get("/api/participants/export").param("format", "xlsx").param("text", marker)
			.with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
			.andExpect(status().isOk());

		var exports = entriesOf(person).stream().filter(entry -> entry.action() == Kind.EXPORT).toList();
		assertThat(exports).extracting(AuditEntry::subject).containsExactlyInAnyOrder("participants.csv", "participants.xlsx");
		assertThat(exports).allSatisfy(entry -> assertThat(entry.persons()).contains(person.id().value()));
	}

	@Test
	void everyChangeIsRecordedWithTheFieldsChangedBeforeAndAfterAndAccommodationNeedsWithheld() throws Exception {
		var before = person.details();
		var registration = entriesOf(person).stream().mapToLong(AuditEntry::id).max().orElseThrow();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/participants/{id}", person.id())
			.with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("""
					{"firstName": "Adaeze", "lastName": "%s", "email": "%s", "preferredLanguage": "EN", "city": "Ottawa",
					 "version": %d}""".formatted(before.lastName(), before.email(), person.version())))
			.andExpect(status().isOk());
		participants.recordConsent(coordinating, person.id(), ConsentPurpose.values()[0], true);
		participants.describeAccommodationNeeds(coordinating, person.id(), "A quiet room, hearing aid");

		var changes = entriesOf(person).stream()
			.filter(entry -> entry.action() == Kind.CHANGE && entry.id() > registration)
			.flatMap(entry -> entry.changes().stream())
			.toList();
		assertThat(changes).contains(new FieldChange("firstName", "Ada", "Adaeze"), new FieldChange("city", null, "Ottawa"),
				new FieldChange("consent." + ConsentPurpose.values()[0], null, "GRANTED"),
				new FieldChange("accommodationNeeds", null, FieldChange.WITHHELD));
		assertThat(changes).extracting(FieldChange::field).doesNotContain("lastName", "email");
		assertThat(changes.toString()).doesNotContain("hearing aid");
	}

	@Test
	void everyDownloadOfAReferralDocumentIsRecordedForThePersonReferred() throws Exception {
		var agencyUser = fixtures.user(Role.REFERRAL_PARTNER, fixtures.organisation(OrganisationType.REFERRAL_AGENCY));
		var agency = new Actor(agencyUser.id(), agencyUser.email(), Role.REFERRAL_PARTNER, agencyUser.organisationId());
		var name = Fixtures.unique("Referred").replace(" ", "");
		var referral = referrals.refer(agency, program.id(),
				ParticipantDetails.named("Nadia", name, name.toLowerCase() + "@example.org"), "Ready", true, Locale.CANADA);
		var document = referrals.attach(agency, referral.id(), "cv.pdf", "%PDF-1.7\n1 0 obj".getBytes(), Locale.CANADA)
			.documents()
			.getFirst();
		mvc.perform(get("/api/referrals/{id}/documents/{document}", referral.id(), document.id())
			.with(httpBasic(agencyUser.email(), Fixtures.PASSWORD)))
			.andExpect(status().isOk());

		var downloads = trail.search(officer, new AuditSearch(referral.participant().value(), agencyUser.id().value(), null, null),
				0, 10)
			.entries()
			.stream()
			.filter(entry -> entry.action() != Kind.CHANGE) // the referral registered the person
			.toList();
		assertThat(downloads).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo(Kind.DOWNLOAD_DOCUMENT);
			assertThat(entry.subject()).isEqualTo("referral-document cv.pdf");
		});
	}

	@Test
	void theOfficerSearchesByPersonUserAndPeriodPageByPageAndExportsAsCsv() throws Exception {
		var moved = (MovableClock) clock;
		directory.open(coordinating, person.id());
		moved.advance(Duration.ofDays(3));
		directory.open(coordinating, person.id());
		directory.open(coordinating, person.id());
		var today = LocalDate.now(clock);

		var session = Fixtures.signIn(mvc, officer.email());
		mvc.perform(get("/api/privacy/audit").param("person", person.details().email()).param("user", coordinator.email())
			.param("from", today.toString()).param("to", today.toString()).param("size", "1")
			.with(httpBasic(officer.email(), Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.entries.length()").value(1))
			.andExpect(jsonPath("$.entries[0].action").value("VIEW_RECORD"));
		mvc.perform(get("/api/privacy/audit").param("person", person.id().toString())
			.param("to", today.minusDays(1).toString())
			.with(httpBasic(officer.email(), Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.total").value(2)); // the registration and the first view, three days earlier

		var page = Jsoup.parse(mvc.perform(get("/privacy/audit").param("person", person.details().email())
			.param("from", today.toString()).session(session).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("tr[data-action=VIEW_RECORD]")).hasSize(2);
		assertThat(page.select("tr[data-action=VIEW_RECORD]").first().text()).contains(coordinator.fullName(),
				person.fullName(), "Viewed the record");
		var csv = mvc.perform(get(page.select("a[href^=/privacy/audit.csv]").attr("href")).session(session).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.lines()).hasSize(3).first().asString().contains("When", "User", "From (IP address)");
		assertThat(csv).contains(person.id().value().toString(), coordinator.email().isEmpty() ? "" : coordinator.fullName());

		// unknown people and reversed dates are said on their fields
		var refused = Jsoup.parse(mvc.perform(get("/privacy/audit").param("person", "nobody@example.org")
			.session(session).cookie(FRENCH))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(refused.select("#person-error").text()).contains("Aucun participant");
		assertThat(refused.select("#person").val()).isEqualTo("nobody@example.org");
		mvc.perform(get("/api/privacy/audit").param("from", today.toString()).param("to", today.minusDays(2).toString())
			.with(httpBasic(officer.email(), Fixtures.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));

		// no one else reads the trail
		mvc.perform(get("/api/privacy/audit").with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
		var admin = fixtures.user(Role.ADMIN, lead);
		mvc.perform(get("/privacy/audit").session(Fixtures.signIn(mvc, admin.email()))).andExpect(status().isForbidden());
	}

	@Test
	void aPersonSeesWhoConsultedTheirFileButNotTheirOwnVisits() throws Exception {
		var account = fixtures.user(Role.MENTEE, lead);
		participants.linkAccount(Actor.system(), person.id(), account.id());
		var mentee = new Actor(account.id(), account.email(), Role.MENTEE, lead);
		directory.open(mentee, person.id());
		directory.open(coordinating, person.id());

		var page = Jsoup.parse(mvc.perform(get("/account/file-accesses").session(Fixtures.signIn(mvc, account.email()))
			.cookie(FRENCH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo("Qui a consulté mon dossier");
		assertThat(page.select("tr[data-action=VIEW_RECORD]")).singleElement()
			.satisfies(row -> assertThat(row.text()).contains(coordinator.fullName(), "A consulté le dossier"));
		assertThat(page.text()).doesNotContain(account.fullName() + " A consulté");
		mvc.perform(get("/api/account/file-accesses").with(httpBasic(account.email(), Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.action == 'VIEW_RECORD')].by").value(org.hamcrest.Matchers.contains(coordinator.fullName())))
			.andExpect(jsonPath("$[?(@.action == 'CHANGE')].fieldsChanged[*]").value(org.hamcrest.Matchers.hasItem("account")));
		var accountPage = Jsoup.parse(mvc.perform(get("/account").session(Fixtures.signIn(mvc, account.email())))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(accountPage.select("a[href=/account/file-accesses]")).isNotEmpty();
	}

	@Test
	void theTrailRefusesEveryUpdateAndDelete() {
		directory.open(coordinating, person.id());
		var id = entriesOf(person).getFirst().id();
		assertThatThrownBy(() -> jdbc.sql("update audit_entry set user_id = ? where id = ?").params(UUID.randomUUID(), id).update())
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = ?").param(id).update())
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update()).rootCause().hasMessageContaining("append-only");
		assertThat(entriesOf(person)).extracting(AuditEntry::id).contains(id);
	}

	@Test
	void anAccessWhoseEntryCannotBeWrittenFailsAndAChangeIsNotMade() throws Exception {
		// the database refuses this coordinator's entries, as it would refuse any write it cannot make
		jdbc.sql("""
				create or replace function audit_entry_refuse_for_test() returns trigger language plpgsql as $$
				begin raise exception 'audit write refused for the test'; end $$""").update();
		jdbc.sql("create trigger audit_entry_refuse_%s before insert on audit_entry for each row when (new.user_id = '%s') "
				.formatted(coordinator.id().value().toString().replace("-", ""), coordinator.id().value())
				+ "execute function audit_entry_refuse_for_test()").update();
		try {
			var session = Fixtures.signIn(mvc, coordinator.email());
			assertThatThrownBy(() -> mvc.perform(get("/participants/{id}", person.id()).session(session)))
				.rootCause()
				.hasMessageContaining("audit write refused");
			mvc.perform(get("/api/participants/{id}", person.id()).with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
				.andExpect(status().is5xxServerError());
			assertThatThrownBy(() -> mvc.perform(post("/participants/{id}/consents", person.id()).session(session)
				.with(csrf())
				.param("purpose", ConsentPurpose.values()[0].name())
				.param("granted", "true"))).rootCause().hasMessageContaining("audit write refused");
			assertThat(directory.find(Actor.system(), person.id()).consents()).as("the change went with its entry")
				.isEmpty();
		}
		finally {
			jdbc.sql("drop trigger audit_entry_refuse_%s on audit_entry"
				.formatted(coordinator.id().value().toString().replace("-", ""))).update();
		}
	}
	@Test
	void registeringAPersonIsRecordedAsAChangeFromNothingWithWhoDidIt() {
		var registrations = entriesOf(person).stream().filter(entry -> entry.action() == Kind.CHANGE).toList();
		assertThat(registrations).singleElement().satisfies(entry -> {
			assertThat(entry.user()).isEqualTo(coordinator.id());
			assertThat(entry.subject()).isEqualTo("participant");
			assertThat(entry.changes()).contains(new FieldChange("firstName", null, "Ada"),
					new FieldChange("lastName", null, person.details().lastName()));
			assertThat(entry.changes()).filteredOn(change -> change.field()
				.equals("participation." + program.id().value() + ".MENTEE"))
				.singleElement()
				.satisfies(change -> assertThat(change.before()).isNull());
		});
	}

	@Test
	void mergingADuplicateIsRecordedUnderBothPeopleWithTheFieldsTheKeptRecordGained() {
		var name = person.details().lastName();
		var duplicate = participants.register(coordinating, ParticipantDetails.named("Ada", name, null),
				new Enrolment(program.id(), Audience.MENTOR, ParticipationStatus.ENROLLED), true);

		duplicates.merge(coordinating, person.id(), duplicate.id());

		var merges = entriesOf(person).stream().filter(entry -> entry.subject().startsWith("participant-merge")).toList();
		assertThat(merges).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo(Kind.CHANGE);
			assertThat(entry.user()).isEqualTo(coordinator.id());
			assertThat(entry.persons()).containsExactly(person.id().value(), duplicate.id().value());
			assertThat(entry.changes()).extracting(FieldChange::field)
				.contains("participation." + program.id().value() + ".MENTOR");
		});
		assertThat(trail.search(officer, new AuditSearch(duplicate.id().value(), null, null, null), 0, 100).entries())
			.extracting(AuditEntry::subject)
			.contains(merges.getFirst().subject());
	}

	@Test
	void anImportIsRecordedOnceNamingEveryPersonItAddedOrChanged() {
		var first = Fixtures.unique("Imported").replace(" ", "");
		var csv = """
				Prénom,Nom,Courriel
				Amina,%s,%s@example.org
				Ada,%s,%s
				""".formatted(first, first.toLowerCase(Locale.ROOT), person.details().lastName(), person.details().email());
		var file = imports.upload(coordinating, "people.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		imports.commit(coordinating, file.id(),
				new ImportSettings(file.suggested(), program.id(), Audience.MENTEE, ParticipationStatus.ENROLLED));

		var added = jdbc.sql("select id from participant where last_name = ?").param(first).query(UUID.class).single();
		var entries = trail.search(officer, new AuditSearch(added, coordinator.id().value(), null, null), 0, 100).entries();
		assertThat(entries).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo(Kind.CHANGE);
			assertThat(entry.subject()).isEqualTo("participant-import people.csv");
			assertThat(entry.persons()).containsExactlyInAnyOrder(added, person.id().value());
		});
	}

	@Test
	void readingAProposalWithBothProfilesOnItsPageAndThroughTheApiIsRecordedForBothPeople() throws Exception {
		var f = MatchingFixtures.anyPairProgram(fixtures, programs, participants);
		var match = f.introducedPair(proposals, LocalDate.now(clock));
		var coordinatorEmail = f.coordinator().email();
		mvc.perform(get("/matches/{id}", match.id().value()).session(Fixtures.signIn(mvc, coordinatorEmail)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/matches/{id}", match.id().value()).with(httpBasic(coordinatorEmail, Fixtures.PASSWORD)))
			.andExpect(status().isOk());

		for (var about : List.of(match.mentee(), match.mentor())) {
			var views = trail.search(officer, new AuditSearch(about.value(), f.coordinator().userId().value(), null, null), 0, 100)
				.entries()
				.stream()
				.filter(entry -> entry.action() == Kind.VIEW_RECORD)
				.toList();
			assertThat(views).hasSize(2).allSatisfy(entry -> {
				assertThat(entry.subject()).isEqualTo("match " + match.id().value());
				assertThat(entry.persons()).containsExactlyInAnyOrder(match.mentee().value(), match.mentor().value());
			});
		}
	}
	@Test
	void readingAndChangingSomeonesMatchingPreferencesIsRecordedTheAnswersWithheld() throws Exception {
		preferences.savePreferences(coordinating, person.id(), List.of(1, 2, 3, 4, 5, 4), true);
		mvc.perform(get("/matching/preferences/{id}", person.id()).session(Fixtures.signIn(mvc, coordinator.email())))
			.andExpect(status().isOk());
		mvc.perform(get("/api/participants/{id}/matching-preferences", person.id())
			.with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
			.andExpect(status().isOk());

		var entries = entriesOf(person).stream().filter(entry -> entry.subject().equals("matching-preferences")).toList();
		assertThat(entries).filteredOn(entry -> entry.action() == Kind.VIEW_RECORD).hasSize(2);
		assertThat(entries).filteredOn(entry -> entry.action() == Kind.CHANGE)
			.singleElement()
			.satisfies(entry -> assertThat(entry.changes()).containsExactly(
					new FieldChange("personality", null, FieldChange.WITHHELD),
					new FieldChange("wantsCulturalMatch", "false", "true")));
	}
}
