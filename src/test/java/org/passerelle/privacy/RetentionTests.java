package org.passerelle.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.MovableClock;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.Language;
import org.passerelle.core.RecordKind;
import org.passerelle.identity.Actor;
import org.passerelle.matching.MatchingFixtures;
import org.passerelle.matching.MentoringAgreements;
import org.passerelle.matching.Proposals;
import org.passerelle.mentorship.ClosureReason;
import org.passerelle.mentorship.EmploymentStatus;
import org.passerelle.mentorship.MentorshipManagement;
import org.passerelle.mentorship.Pair;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.identity.UserView;
import org.passerelle.core.OrganisationId;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.participant.EducationLevel;
import org.passerelle.participant.Gender;
import org.passerelle.participant.ParticipantDetails;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.participant.ParticipantManagement.Enrolment;
import org.passerelle.participant.ParticipantView;
import org.passerelle.participant.ParticipationStatus;
import org.passerelle.participant.WorkStatus;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramTemplate;
import org.passerelle.program.ProgramView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The retention schedule and its nightly job (issue 14 point 4, ADR 0025), on a clock the test
 * moves: each kind retired on time and not before, the reports of an earlier period unchanged, a
 * period below its minimum refused with the reason, an interrupted run resumed without counting
 * twice, the audit trail deleted only by the job, the destruction log read by the privacy officer.
 */
@IntegrationTest
class RetentionTests {

	@Autowired
	RetentionJob job;

	@Autowired
	RetentionSchedule schedule;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	ProgramManagement programs;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Proposals proposals;

	@Autowired
	MentoringAgreements agreements;

	@Autowired
	MentorshipManagement mentorships;

	ProgramView program;

	UserView admin;

	UserView officer;

	UserView coordinator;

	Actor coordinating;

	Actor officerActor;

	@BeforeEach
	void setUp() {
		var fixtures = new Fixtures(organisations, users);
		OrganisationId lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		program = programs.createFromTemplate(Actor.system(), ProgramTemplate.TRIEC_MENTORING_PARTNERSHIP,
				Fixtures.unique("TRIEC"), lead);
		coordinator = fixtures.user(Role.COORDINATOR, lead);
		programs.assignCoordinators(Actor.system(), program.id(), Set.of(coordinator.id()));
		coordinating = new Actor(coordinator.id(), coordinator.email(), Role.COORDINATOR, lead);
		admin = fixtures.user(Role.ADMIN, lead);
		officer = fixtures.user(Role.PRIVACY_OFFICER, lead);
		officerActor = new Actor(officer.id(), officer.email(), Role.PRIVACY_OFFICER, lead);
		job.retire(); // what earlier tests left due, so that each test counts its own
	}

	ParticipantView person(Audience role, LocalDate birth, LocalDate arrival) {
		var name = Fixtures.unique("Haddad").replace(" ", "");
		var details = new ParticipantDetails("Samira", name, name.toLowerCase(Locale.ROOT) + "@example.org",
				"514-555-0199", birth, Language.FR, Gender.WOMAN, null, "Laval", null, List.of(), null, null, null, null,
				null, EducationLevel.MASTER, null, null, null, arrival, "MA", "Amazigh", "Become a site engineer again",
				Set.of(), false, Set.of(), null, null, role == Audience.MENTOR ? "Hydro-Québec" : null, null,
				role == Audience.MENTOR ? WorkStatus.WORKING : null, null, null, Map.of());
		return participants.register(coordinating, details, new Enrolment(program.id(), role, ParticipationStatus.ENROLLED),
				true);
	}

	Map<String, Object> row(ParticipantView person) {
		return jdbc.sql("select first_name, last_name, email, phone, city, birth_date, arrival_date, country_of_origin, "
				+ "education, career_goals, cultural_background, employer_name, anonymised_at from participant where id = ?")
			.param(person.id().value())
			.query()
			.singleRow();
	}

	int counted(RecordKind kind) {
		return counted(program.id(), kind);
	}

	int counted(org.passerelle.program.ProgramId in, RecordKind kind) {
		return schedule.destructions(officerActor)
			.stream()
			.filter(destruction -> destruction.kind() == kind && in.equals(destruction.program()))
			.mapToInt(RetentionDestruction::records)
			.sum();
	}

	void advanceTo(LocalDate day) {
		clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(LocalDate.now(clock), day)));
	}

	String report(String kind, LocalDate from, LocalDate to) throws Exception {
		return mvc.perform(get("/api/reports/" + kind).param("program", program.id().value().toString())
				.param("from", from.toString())
				.param("to", to.toString())
				.with(httpBasic(admin.email(), Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void aPersonWhoLeftIsAnonymisedOnceTheProgramsPeriodIsOverAndNotBefore() {
		schedule.set(officerActor, program.id(), RecordKind.PARTICIPANT_WHO_LEFT, 36);
		var today = LocalDate.now(clock);
		var left = person(Audience.MENTEE, LocalDate.of(1985, 6, 20), LocalDate.of(2016, 9, 3));
		var staying = person(Audience.MENTEE, LocalDate.of(1990, 2, 11), LocalDate.of(2019, 4, 30));
		participants.settleParticipation(left.id(), program.id(), Audience.MENTEE, ParticipationStatus.COMPLETED);

		advanceTo(today.plusMonths(36).minusDays(1));
		job.retire();
		assertThat(row(left)).containsEntry("last_name", left.details().lastName()).containsEntry("anonymised_at", null);
		assertThat(counted(RecordKind.PARTICIPANT_WHO_LEFT)).isZero();

		advanceTo(today.plusMonths(36));
		job.retire();
		var anonymised = row(left);
		assertThat(anonymised).containsEntry("first_name", "—")
			.containsEntry("last_name", "—")
			.containsEntry("email", null)
			.containsEntry("phone", null)
			.containsEntry("city", null)
			.containsEntry("career_goals", null)
			.containsEntry("cultural_background", null)
			.containsEntry("birth_date", java.sql.Date.valueOf(LocalDate.of(1985, 1, 1)))
			.containsEntry("arrival_date", java.sql.Date.valueOf(LocalDate.of(2016, 1, 1)))
			.containsEntry("country_of_origin", "MA")
			.containsEntry("education", "MASTER");
		assertThat(anonymised.get("anonymised_at")).isNotNull();
		assertThat(row(staying)).containsEntry("last_name", staying.details().lastName()).containsEntry("anonymised_at", null);
		assertThat(counted(RecordKind.PARTICIPANT_WHO_LEFT)).isEqualTo(1);

		job.retire();
		assertThat(counted(RecordKind.PARTICIPANT_WHO_LEFT)).as("anonymised once, counted once").isEqualTo(1);
	}

	@Test
	void theReportsOfAnEarlierPeriodAreTheSameAfterThePeopleInThemAreAnonymised() throws Exception {
		var today = LocalDate.now(clock);
		var from = today.minusDays(10);
		var to = today.plusDays(10);
		// bands reckoned on the period's last day, away from their edges by more than the year kept
		var mentee = person(Audience.MENTEE, to.minusYears(33).minusMonths(6), to.minusYears(8).minusMonths(6));
		var mentor = person(Audience.MENTOR, to.minusYears(45).minusMonths(6), to.minusYears(20).minusMonths(6));
		participants.settleParticipation(mentee.id(), program.id(), Audience.MENTEE, ParticipationStatus.COMPLETED);
		participants.settleParticipation(mentor.id(), program.id(), Audience.MENTOR, ParticipationStatus.COMPLETED);
		var results = report("results", from, to);
		var profile = report("profile", from, to);
		var evaluation = report("evaluation", from, to);
		assertThat(profile).contains("\"element\":\"mentees\"").contains("\"element\":\"mentors\"");

		advanceTo(today.plusMonths(RetentionRule.of(RecordKind.PARTICIPANT_WHO_LEFT).defaultMonths()).plusDays(1));
		job.retire();

		assertThat(row(mentee).get("anonymised_at")).isNotNull();
		assertThat(row(mentor).get("anonymised_at")).isNotNull();
		assertThat(report("results", from, to)).isEqualTo(results);
		assertThat(report("profile", from, to)).isEqualTo(profile);
		assertThat(report("evaluation", from, to)).isEqualTo(evaluation);
	}

	@Test
	void aPeriodShorterThanTheMinimumIsRefusedWithTheReasonOnThePageAndTheApi() throws Exception {
		assertThatThrownBy(() -> schedule.set(officerActor, program.id(), RecordKind.PARTICIPANT_WHO_LEFT, 35))
			.isInstanceOf(InvalidFieldException.class)
			.hasFieldOrPropertyWithValue("field", "months");

		mvc.perform(put("/api/privacy/retention").with(httpBasic(officer.email(), Fixtures.PASSWORD))
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"program": "%s", "kind": "PARTICIPANT_WHO_LEFT", "months": 12}""".formatted(program.id().value())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("months"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("At least 36 months: funders")));
		mvc.perform(put("/api/privacy/retention").with(httpBasic(admin.email(), Fixtures.PASSWORD))
				.header("Accept-Language", "fr")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"program": "%s", "kind": "NOTE", "months": 500}""".formatted(program.id().value())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("Au plus 84 mois")));

		var page = mvc.perform(post("/privacy/retention").session(Fixtures.signIn(mvc, officer.email()))
				.with(csrf())
				.param("program", program.id().value().toString())
				.param("kind", "REFERRAL_NOT_ADMITTED")
				.param("months", "2"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("un organisme ou son client peut demander pourquoi la référence n’a pas été admise")
			.contains("aria-invalid=\"true\"");

		mvc.perform(put("/api/privacy/retention").with(httpBasic(officer.email(), Fixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"program": "%s", "kind": "NOTE", "months": 18}""".formatted(program.id().value())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.months").value(18));
		assertThat(schedule.schedule(officerActor))
			.filteredOn(line -> program.id().equals(line.program()) && line.kind() == RecordKind.NOTE)
			.singleElement()
			.satisfies(line -> assertThat(line.months()).isEqualTo(18));
		mvc.perform(put("/api/privacy/retention").with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"program": "%s", "kind": "NOTE", "months": 30}""".formatted(program.id().value())))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void anInterruptedRunKeepsWhatItDidAndTheNextRunFinishesWithoutCountingTwice() {
		var sentAt = clock.instant().minus(Duration.ofDays(400));
		var mine = new java.util.ArrayList<UUID>();
		for (int i = 0; i < RetentionJob.BATCH + 50; i++) {
			var id = UUID.randomUUID();
			mine.add(id);
			jdbc.sql("""
					insert into email_outbox (id, recipient, subject, body, created_at, next_attempt_at, sent_at)
					values (?, 'someone@example.org', 'Hello', 'A body', ?, ?, ?)""")
				.params(id, java.sql.Timestamp.from(sentAt), java.sql.Timestamp.from(sentAt),
						java.sql.Timestamp.from(sentAt.plusMillis(i)))
				.update();
		}
		var last = mine.getLast();
		jdbc.sql("""
				create or replace function retention_test_failure() returns trigger language plpgsql as $$
				begin
				    if old.id = '%s' then raise exception 'the node stopped'; end if;
				    return old;
				end $$""".formatted(last)).update();
		jdbc.sql("create trigger retention_test_failure before delete on email_outbox for each row execute function retention_test_failure()")
			.update();
		try {
			assertThatThrownBy(() -> job.retire()).hasMessageContaining("the node stopped");
		}
		finally {
			jdbc.sql("drop trigger retention_test_failure on email_outbox").update();
			jdbc.sql("drop function retention_test_failure()").update();
		}
		assertThat(left(mine)).isEqualTo(50);
		var firstRun = emailsCounted();

		job.retire();
		assertThat(left(mine)).isZero();
		assertThat(emailsCounted() - firstRun).isEqualTo(50);
		assertThat(firstRun).isGreaterThanOrEqualTo(RetentionJob.BATCH);
	}

	long left(List<UUID> ids) {
		return jdbc.sql("select count(*) from email_outbox where id = any(?)").param(ids.toArray(UUID[]::new))
			.query(Long.class)
			.single();
	}

	/** The e-mails the runs counted since this test began: the runs of setUp found none due of this test's. */
	int emailsCounted() {
		return schedule.destructions(officerActor)
			.stream()
			.filter(destruction -> destruction.kind() == RecordKind.EMAIL_SENT
					&& !destruction.runAt().isBefore(clock.instant().minusSeconds(3600)))
			.mapToInt(RetentionDestruction::records)
			.sum();
	}

	@Test
	void theApplicationCannotDeleteNorChangeAuditEntriesButTheJobDeletesThoseOlderThanTheirPeriod() {
		var person = UUID.randomUUID();
		var months = RetentionRule.of(RecordKind.AUDIT_ENTRY).defaultMonths();
		var old = insertAuditEntry(person, clock.instant().minus(Duration.ofDays(months * 31L + 2)));
		var recent = insertAuditEntry(person, clock.instant().minus(Duration.ofDays(months * 30L - 40)));

		assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = ?").param(old).update())
			.hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("update audit_entry set subject = 'x' where id = ?").param(old).update())
			.hasStackTraceContaining("append-only");

		job.retire();

		assertThat(jdbc.sql("select id from audit_entry where persons @> array[cast(? as uuid)]")
			.param(person.toString())
			.query(Long.class)
			.list()).containsExactly(recent);
		assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = ?").param(recent).update())
			.as("the job's cutoff held for its own transaction only")
			.hasStackTraceContaining("append-only");
	}

	long insertAuditEntry(UUID person, java.time.Instant at) {
		return jdbc.sql("""
				insert into audit_entry (at, user_id, action, persons, subject)
				values (?, ?, 'VIEW_RECORD', array[cast(? as uuid)], 'participant') returning id""")
			.params(java.sql.Timestamp.from(at), officer.id().value(), person.toString())
			.query(Long.class)
			.single();
	}

	@Test
	void thePrivacyOfficerReadsTheDestructionsOnThePageAndTheApiAndACoordinatorDoesNot() throws Exception {
		schedule.set(officerActor, program.id(), RecordKind.PARTICIPANT_WHO_LEFT, 36);
		var today = LocalDate.now(clock);
		var left = person(Audience.MENTEE, null, null);
		participants.settleParticipation(left.id(), program.id(), Audience.MENTEE, ParticipationStatus.WITHDRAWN);
		advanceTo(today.plusMonths(37));

		mvc.perform(post("/api/privacy/retention/run").with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
			.andExpect(status().is4xxClientError());
		mvc.perform(post("/api/privacy/retention/run").with(httpBasic(officer.email(), Fixtures.PASSWORD)))
			.andExpect(status().isOk());
		assertThat(row(left).get("anonymised_at")).isNotNull();

		mvc.perform(get("/api/privacy/retention/destructions").with(httpBasic(officer.email(), Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.program == '%s' && @.kind == 'PARTICIPANT_WHO_LEFT')].records"
				.formatted(program.id().value())).value(org.hamcrest.Matchers.contains(1)))
			.andExpect(jsonPath("$[?(@.program == '%s')].anonymised".formatted(program.id().value()))
				.value(org.hamcrest.Matchers.contains(true)));
		var page = mvc.perform(get("/privacy/retention").session(Fixtures.signIn(mvc, officer.email())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(program.name()).doesNotContain(left.details().lastName());
		mvc.perform(get("/api/privacy/retention/destructions").with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
			.andExpect(status().is4xxClientError());
		mvc.perform(get("/privacy/retention").session(Fixtures.signIn(mvc, coordinator.email())))
			.andExpect(status().is4xxClientError());
	}
	/** Puts the clock at 22:30 where the installation is, when its date and UTC's differ. */
	void lateInTheEvening() {
		var now = clock.instant().atZone(clock.getZone());
		var evening = now.toLocalDate().atTime(22, 30).atZone(clock.getZone());
		if (!evening.isAfter(now)) {
			evening = evening.plusDays(1);
		}
		clock.advance(Duration.between(now, evening));
	}

	UUID referral(String status, LocalDate decided, ParticipantView person) {
		var agency = new Fixtures(organisations, users).organisation(OrganisationType.REFERRAL_AGENCY);
		var id = UUID.randomUUID();
		var at = java.sql.Timestamp.from(clock.instant());
		jdbc.sql("""
				insert into referral (id, version, program_id, agency_id, participant_id, status, consent_to_share,
				    readiness_notes, return_message, created_at, created_by, submitted_at, decided_at)
				values (?, 0, ?, ?, ?, ?, true, 'Ready, speaks French well', 'Not eligible yet', ?, ?, ?, ?)""")
			.params(id, program.id().value(), agency.value(), person.id().value(), status, at, coordinator.id().value(),
					at, decided == null ? null : at)
			.update();
		jdbc.sql("""
				insert into referral_event (referral_id, position, at, by_user, from_status, to_status, note)
				values (?, 0, ?, ?, 'SUBMITTED', ?, 'Her file is thin')""")
			.params(id, at, coordinator.id().value(), status)
			.update();
		return id;
	}

	UUID document(UUID referral) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into referral_document (id, referral_id, file_name, content_type, size, content, uploaded_at, uploaded_by)
				values (?, ?, 'cv.pdf', 'application/pdf', 3, ?, ?, ?)""")
			.params(id, referral, new byte[] { 1, 2, 3 }, java.sql.Timestamp.from(clock.instant()), coordinator.id().value())
			.update();
		return id;
	}

	@Test
	void aReferralNotAdmittedIsAnonymisedOnTheDayItsPeriodEndsAndNotBefore() {
		lateInTheEvening();
		schedule.set(officerActor, program.id(), RecordKind.REFERRAL_NOT_ADMITTED, 6);
		schedule.set(officerActor, program.id(), RecordKind.DOCUMENT, 84);
		var today = LocalDate.now(clock);
		var person = person(Audience.MENTEE, LocalDate.of(1988, 3, 4), LocalDate.of(2021, 5, 6));
		var returned = referral("RETURNED", today, person);
		var cv = document(returned);
		var admitted = referral("ADMITTED", today, person);

		advanceTo(today.plusMonths(6).minusDays(1));
		job.retire();
		assertThat(referralRow(returned)).containsEntry("participant_id", person.id().value())
			.containsEntry("anonymised_at", null);
		assertThat(documents(cv)).isEqualTo(1);
		assertThat(counted(RecordKind.REFERRAL_NOT_ADMITTED)).isZero();

		advanceTo(today.plusMonths(6));
		job.retire();
		var anonymised = referralRow(returned);
		assertThat(anonymised).containsEntry("participant_id", null)
			.containsEntry("readiness_notes", null)
			.containsEntry("return_message", null)
			.containsEntry("status", "RETURNED")
			.containsEntry("program_id", program.id().value());
		assertThat(anonymised.get("anonymised_at")).isNotNull();
		assertThat(jdbc.sql("select note from referral_event where referral_id = ?").param(returned)
			.query(String.class)
			.optional()).isEmpty();
		assertThat(documents(cv)).isZero();
		assertThat(referralRow(admitted)).containsEntry("participant_id", person.id().value())
			.containsEntry("anonymised_at", null);
		assertThat(counted(RecordKind.REFERRAL_NOT_ADMITTED)).isEqualTo(1);
		assertThat(counted(RecordKind.DOCUMENT)).as("went with its referral, not on its own period").isZero();

		job.retire();
		assertThat(counted(RecordKind.REFERRAL_NOT_ADMITTED)).as("anonymised once, counted once").isEqualTo(1);
	}

	@Test
	void aReferralsDocumentsAreDestroyedOnTheDayTheirPeriodEndsFromTheDecisionAndNotBefore() {
		lateInTheEvening();
		schedule.set(officerActor, program.id(), RecordKind.DOCUMENT, 6);
		var today = LocalDate.now(clock);
		var person = person(Audience.MENTEE, LocalDate.of(1988, 3, 4), LocalDate.of(2021, 5, 6));
		var admitted = referral("ADMITTED", today, person);
		var cv = document(admitted);
		var letter = document(admitted);
		var waiting = referral("SUBMITTED", null, person);
		var undecided = document(waiting);

		advanceTo(today.plusMonths(6).minusDays(1));
		job.retire();
		assertThat(documents(cv, letter)).isEqualTo(2);
		assertThat(counted(RecordKind.DOCUMENT)).isZero();

		advanceTo(today.plusMonths(6));
		job.retire();
		assertThat(documents(cv, letter)).isZero();
		assertThat(documents(undecided)).as("a referral not decided keeps its files").isEqualTo(1);
		assertThat(referralRow(admitted)).containsEntry("participant_id", person.id().value());
		assertThat(counted(RecordKind.DOCUMENT)).isEqualTo(2);

		job.retire();
		assertThat(counted(RecordKind.DOCUMENT)).isEqualTo(2);
	}

	Map<String, Object> referralRow(UUID id) {
		return jdbc.sql("select participant_id, readiness_notes, return_message, status, program_id, anonymised_at "
				+ "from referral where id = ?")
			.param(id)
			.query()
			.singleRow();
	}

	long documents(UUID... ids) {
		return jdbc.sql("select count(*) from referral_document where id = any(?)").param(ids)
			.query(Long.class)
			.single();
	}

	@Test
	void anEmployersNameIsAnonymisedOnTheDayItsPeriodEndsTheStatusStays() {
		lateInTheEvening();
		schedule.set(officerActor, program.id(), RecordKind.EVALUATION_ANSWER, 24);
		var today = LocalDate.now(clock);
		var person = person(Audience.MENTEE, LocalDate.of(1988, 3, 4), LocalDate.of(2021, 5, 6));
		var recorded = UUID.randomUUID();
		jdbc.sql("""
				insert into employment_record (id, participant_id, recorded_on, status, employer, source, program_id,
				    recorded_by, recorded_at)
				values (?, ?, ?, 'EMPLOYED_IN_FIELD', 'Hydro-Québec', 'COORDINATOR', ?, ?, ?)""")
			.params(recorded, person.id().value(), today, program.id().value(), coordinator.id().value(),
					java.sql.Timestamp.from(clock.instant()))
			.update();

		advanceTo(today.plusMonths(24).minusDays(1));
		job.retire();
		assertThat(employment(recorded)).containsEntry("employer", "Hydro-Québec").containsEntry("anonymised_at", null);
		assertThat(counted(RecordKind.EVALUATION_ANSWER)).isZero();

		advanceTo(today.plusMonths(24));
		job.retire();
		var anonymised = employment(recorded);
		assertThat(anonymised).containsEntry("employer", null).containsEntry("status", "EMPLOYED_IN_FIELD");
		assertThat(anonymised.get("anonymised_at")).isNotNull();
		assertThat(counted(RecordKind.EVALUATION_ANSWER)).isEqualTo(1);

		job.retire();
		assertThat(counted(RecordKind.EVALUATION_ANSWER)).isEqualTo(1);
	}

	Map<String, Object> employment(UUID id) {
		return jdbc.sql("select employer, status, anonymised_at from employment_record where id = ?").param(id)
			.query()
			.singleRow();
	}
	@Test
	void aClosedMentorshipsNotesAreDestroyedOnTheDayTheirPeriodEndsTheMeetingsStay() {
		var f = MatchingFixtures.anyPairProgram(new Fixtures(organisations, users), programs, participants);
		var pair = Pair.agreed(f, proposals, agreements, mentorships, LocalDate.now(clock));
		var in = f.program().id();
		schedule.set(officerActor, in, RecordKind.NOTE, 12);
		var meeting = UUID.randomUUID();
		jdbc.sql("""
				insert into meeting (id, version, mentorship_id, held_on, minutes, mode, shared_note, logged_by, logged_as,
				    logged_at)
				values (?, 0, ?, ?, 60, 'VIDEO', 'We rewrote her CV', ?, 'MENTOR', ?)""")
			.params(meeting, pair.mentorship().value(), LocalDate.now(clock), pair.asMentor().userId().value(),
					java.sql.Timestamp.from(clock.instant()))
			.update();
		jdbc.sql("insert into meeting_private_note (meeting_id, author, note) values (?, ?, 'She seemed tired')")
			.params(meeting, pair.asMentor().userId().value())
			.update();
		var today = LocalDate.now(clock);
		var view = mentorships.find(pair.coordinator(), pair.mentorship());
		mentorships.close(pair.coordinator(), pair.mentorship(), view.version(), ClosureReason.COMPLETED,
				EmploymentStatus.SEEKING, false, today, "Went well");

		advanceTo(today.plusMonths(12).minusDays(1));
		job.retire();
		assertThat(meetingNotes(meeting)).containsEntry("shared_note", "We rewrote her CV").containsEntry("private", 1L);
		assertThat(counted(in, RecordKind.NOTE)).isZero();

		advanceTo(today.plusMonths(12));
		job.retire();
		assertThat(meetingNotes(meeting)).containsEntry("shared_note", null)
			.containsEntry("private", 0L)
			.containsEntry("minutes", 60);
		assertThat(jdbc.sql("select count(*) from mentorship_change where mentorship_id = ? and note is not null")
			.param(pair.mentorship().value())
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select notes_destroyed_at from mentorship where id = ?").param(pair.mentorship().value())
			.query(java.sql.Timestamp.class)
			.single()).isNotNull();
		assertThat(counted(in, RecordKind.NOTE)).isEqualTo(1);

		job.retire();
		assertThat(counted(in, RecordKind.NOTE)).isEqualTo(1);
	}

	Map<String, Object> meetingNotes(UUID meeting) {
		return jdbc.sql("""
				select m.shared_note, m.minutes,
				    (select count(*) from meeting_private_note p where p.meeting_id = m.id) as private
				from meeting m where m.id = ?""")
			.param(meeting)
			.query()
			.singleRow();
	}
	@Test
	void aQuestionnairesWrittenAnswersAreAnonymisedOnTheDayTheirPeriodEndsTheNumbersStay() {
		lateInTheEvening();
		schedule.set(officerActor, program.id(), RecordKind.EVALUATION_ANSWER, 24);
		var today = LocalDate.now(clock);
		var person = person(Audience.MENTEE, LocalDate.of(1988, 3, 4), LocalDate.of(2021, 5, 6));
		var now = java.sql.Timestamp.from(clock.instant());
		UUID questionnaire = UUID.randomUUID(), version = UUID.randomUUID(), moment = UUID.randomUUID(),
				written = UUID.randomUUID(), scale = UUID.randomUUID(), request = UUID.randomUUID();
		jdbc.sql("insert into questionnaire (id, program_id, created_at, created_by) values (?, ?, ?, ?)")
			.params(questionnaire, program.id().value(), now, coordinator.id().value())
			.update();
		jdbc.sql("insert into questionnaire_version (id, questionnaire_id, number, title_fr, title_en, created_at) "
				+ "values (?, ?, 1, 'Bilan', 'Review', ?)").params(version, questionnaire, now).update();
		jdbc.sql("""
				insert into questionnaire_question (id, version_id, position, type, text_fr, text_en, required)
				values (?, ?, 1, 'TEXT', 'Qu’est-ce qui a aidé ?', 'What helped?', false),
				       (?, ?, 2, 'SCALE', 'Satisfaction', 'Satisfaction', true)""")
			.params(written, version, scale, version)
			.update();
		jdbc.sql("insert into questionnaire_moment (id, questionnaire_id, kind, audience, created_on) "
				+ "values (?, ?, 'AT_CLOSURE', 'MENTEES', ?)").params(moment, questionnaire, today).update();
		jdbc.sql("""
				insert into questionnaire_request (id, questionnaire_id, moment_id, program_id, participant_id, role, due_on,
				    status, by_link, created_at, answered_at, answered_via, version_id)
				values (?, ?, ?, ?, ?, 'MENTEE', ?, 'ANSWERED', false, ?, ?, 'SELF', ?)""")
			.params(request, questionnaire, moment, program.id().value(), person.id().value(), today, now, now, version)
			.update();
		jdbc.sql("""
				insert into questionnaire_answer (request_id, question_id, text_value, number_value)
				values (?, ?, 'My mentor Guy at Hydro-Québec', null), (?, ?, null, 4)""")
			.params(request, written, request, scale)
			.update();

		advanceTo(today.plusMonths(24).minusDays(1));
		job.retire();
		assertThat(answer(request, written)).containsEntry("text_value", "My mentor Guy at Hydro-Québec");
		assertThat(counted(RecordKind.EVALUATION_ANSWER)).isZero();

		advanceTo(today.plusMonths(24));
		job.retire();
		assertThat(answer(request, written)).containsEntry("text_value", null);
		assertThat(((Number) answer(request, scale).get("number_value")).intValue()).isEqualTo(4);
		assertThat(jdbc.sql("select anonymised_at from questionnaire_request where id = ?").param(request)
			.query(java.sql.Timestamp.class)
			.single()).isNotNull();
		assertThat(counted(RecordKind.EVALUATION_ANSWER)).isEqualTo(1);

		job.retire();
		assertThat(counted(RecordKind.EVALUATION_ANSWER)).isEqualTo(1);
	}

	Map<String, Object> answer(UUID request, UUID question) {
		return jdbc.sql("select text_value, number_value from questionnaire_answer where request_id = ? and question_id = ?")
			.params(request, question)
			.query()
			.singleRow();
	}
}
