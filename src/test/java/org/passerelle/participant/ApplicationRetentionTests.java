package org.passerelle.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.Fixtures;
import org.passerelle.MovableClock;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.Period;
import org.springframework.security.access.AccessDeniedException;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.identity.UserView;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.program.Audience;
import org.passerelle.program.IntakeStep;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramTemplate;
import org.passerelle.program.ProgramView;
import org.passerelle.referral.ReferralCounts;
import org.passerelle.referral.ReferralManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Applications not selected are kept for their program's retention period, then destroyed:
 * the person's data gone, with what their referral held, a count kept (R-INT-5). Time moves on a
 * clock the test controls.
 */
@IntegrationTest
class ApplicationRetentionTests {

	@Autowired
	ApplicationRetention retention;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	ParticipantDirectory directory;

	@Autowired
	ReferralManagement referrals;

	@Autowired
	ReferralCounts counts;

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

	ProgramView placement;

	ProgramView other;

	Actor coordinator;

	Actor agency;

	UserView admin;

	@BeforeEach
	void setUp() {
		var fixtures = new Fixtures(organisations, users);
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		placement = programs.createFromTemplate(Actor.system(), ProgramTemplate.CSCPQ_PLACEMENT, Fixtures.unique("CSCPQ"), lead);
		for (var criterion : placement.criteria()) {
			programs.removeCriterion(Actor.system(), placement.id(), criterion.id());
		}
		other = programs.createFromTemplate(Actor.system(), ProgramTemplate.QUEBEC_PLURIEL, Fixtures.unique("Pluriel"), lead);
		var user = fixtures.user(Role.COORDINATOR, lead);
		programs.assignCoordinators(Actor.system(), placement.id(), Set.of(user.id()));
		programs.assignCoordinators(Actor.system(), other.id(), Set.of(user.id()));
		coordinator = new Actor(user.id(), user.email(), Role.COORDINATOR, lead);
		var agencyUser = fixtures.user(Role.REFERRAL_PARTNER, fixtures.organisation(OrganisationType.REFERRAL_AGENCY));
		agency = new Actor(agencyUser.id(), agencyUser.email(), Role.REFERRAL_PARTNER, agencyUser.organisationId());
		admin = fixtures.user(Role.ADMIN, lead);
		retention.destroyExpiredApplications(); // what earlier tests left due, so that each test counts its own
	}

	ParticipantDetails person(String name) {
		return ParticipantDetails.named("Nadia", name, name.toLowerCase() + "@example.org");
	}

	@Test
	void applicationsNotSelectedAreDestroyedWhenTheirRetentionIsOverAndOnlyCountsRemain() {
		assertThat(placement.rules().retentionMonths()).isEqualTo(6);
		var start = LocalDate.now(clock);

		// referred by an agency with notes and a CV, then not selected
		var referral = referrals.refer(agency, placement.id(), person(unique("Referred")), "Ready, speaks three languages",
				true, Locale.CANADA);
		referrals.attach(agency, referral.id(), "cv.pdf", "%PDF-1.7\n1 0 obj".getBytes(), Locale.CANADA);
		var submitted = referrals.submit(agency, referral.id(), Locale.CANADA);
		referrals.notSelect(coordinator, referral.id(), submitted.version(), "Program full this term", Locale.CANADA);
		var referred = submitted.participant();

		// not selected here, but taking part in another program: only this application goes
		var both = participants.register(coordinator, person(unique("Both")),
				new ParticipantManagement.Enrolment(placement.id(), Audience.MENTEE, ParticipationStatus.APPLIED), false);
		participants.enrol(coordinator, both.id(), new ParticipantManagement.Enrolment(other.id(), Audience.MENTEE, ParticipationStatus.ENROLLED));
		participants.recordScreening(coordinator, both.id(), IntakeStep.INTERVIEW, start, ScreeningOutcome.FAILED,
				"Not ready for a placement", placement.id());
		participants.recordScreening(coordinator, both.id(), IntakeStep.INTERVIEW, start, ScreeningOutcome.PASSED,
				"Good fit for Pluriel", other.id());
		participants.changeParticipation(coordinator, both.id(), placement.id(), Audience.MENTEE,
				ParticipationStatus.NOT_SELECTED);

		// not selected four months later: kept longer
		clock.advance(Duration.ofDays(120));
		var later = participants.register(coordinator, person(unique("Later")),
				new ParticipantManagement.Enrolment(placement.id(), Audience.MENTEE, ParticipationStatus.APPLIED), false);
		participants.changeParticipation(coordinator, later.id(), placement.id(), Audience.MENTEE,
				ParticipationStatus.NOT_SELECTED);
		assertThat(retention.keptNotSelected(coordinator)).containsEntry(placement.id(), 3L);

		// the day before six months: nothing is due
		clock.advance(Duration.ofDays(start.plusMonths(6).toEpochDay() - LocalDate.now(clock).toEpochDay() - 1));
		assertThat(retention.destroyExpiredApplications()).isEmpty();
		assertThat(directory.find(Actor.system(), referred)).isNotNull();

		// six months after the decisions: the two first applications go
		clock.advance(Duration.ofDays(1));
		var records = retention.destroyExpiredApplications();
		assertThat(records).singleElement().satisfies(record -> {
			assertThat(record.program()).isEqualTo(placement.id());
			assertThat(record.applications()).isEqualTo(2);
			assertThat(record.people()).isEqualTo(1);
			assertThat(record.retentionMonths()).isEqualTo(6);
			assertThat(record.destroyedOn()).isEqualTo(LocalDate.now(clock));
		});

		assertThatThrownBy(() -> directory.find(Actor.system(), referred)).isInstanceOf(NotFoundException.class);
		assertThat(jdbc.sql("select count(*) from participant where id = ?").param(referred.value()).query(Long.class).single())
			.isZero();
		var kept = jdbc.sql("""
				select participant_id is null as gone, readiness_notes, status,
				       (select count(*) from referral_document d where d.referral_id = r.id) as documents,
				       (select count(*) from referral_event e where e.referral_id = r.id and e.note is not null) as notes
				from referral r where id = ?""")
			.param(referral.id().value())
			.query((rs, row) -> List.of(rs.getBoolean("gone"), String.valueOf(rs.getString("readiness_notes")),
					rs.getString("status"), rs.getLong("documents"), rs.getLong("notes")))
			.single();
		assertThat(kept).containsExactly(true, "null", "NOT_SELECTED", 0L, 0L);
		assertThat(counts.perAgency(Actor.system(), new Period(start, LocalDate.now(clock)), placement.id()))
			.singleElement()
			.satisfies(count -> assertThat(count.notSelected()).isEqualTo(1));
		assertThat(referrals.list(agency, Locale.CANADA)).singleElement()
			.satisfies(summary -> assertThat(summary.personName()).isEqualTo("Application destroyed at the end of its retention"));

		var stillHere = directory.find(Actor.system(), both.id());
		assertThat(stillHere.participations()).singleElement()
			.satisfies(participation -> assertThat(participation.participation().programId()).isEqualTo(other.id().value()));
		assertThat(stillHere.screenings()).singleElement()
			.satisfies(screening -> assertThat(screening.notes()).isEqualTo("Good fit for Pluriel"));

		assertThat(directory.find(Actor.system(), later.id()).participations()).singleElement()
			.satisfies(participation -> assertThat(participation.participation().status())
				.isEqualTo(ParticipationStatus.NOT_SELECTED));
		assertThat(retention.destroyExpiredApplications()).isEmpty();

		clock.advance(Duration.ofDays(125));
		assertThat(retention.destroyExpiredApplications()).singleElement()
			.satisfies(record -> assertThat(record.people()).isEqualTo(1));
		assertThat(retention.records(coordinator)).filteredOn(record -> record.program().equals(placement.id()))
			.hasSize(2)
			.allSatisfy(record -> assertThat(record.programName()).isEqualTo(placement.name()));
	}

	@Test
	void referralsPerAgencyCountAReferralOnTheDayItWasFirstSubmittedNotWhenItWasDrafted() {
		var drafted = LocalDate.now(clock);
		var referral = referrals.refer(agency, placement.id(), person(unique("Drafted")), null, true, Locale.CANADA);
		clock.advance(java.time.Duration.ofDays(3));
		var submittedOn = LocalDate.now(clock);
		referrals.submit(agency, referral.id(), Locale.CANADA);
		assertThat(counts.perAgency(Actor.system(), new Period(drafted, drafted), placement.id())).isEmpty();
		assertThat(counts.perAgency(Actor.system(), new Period(submittedOn, submittedOn), placement.id())).singleElement()
			.satisfies(count -> {
				assertThat(count.total()).isEqualTo(1);
				assertThat(count.pending()).isEqualTo(1);
			});
	}

	@Test
	void theRecordIsReadByThoseWhoAnswerForTheProgramAndTheRunIsForAdministrators() throws Exception {
		var applicant = participants.register(coordinator, person(unique("Api")),
				new ParticipantManagement.Enrolment(placement.id(), Audience.MENTEE, ParticipationStatus.APPLIED), false);
		participants.changeParticipation(coordinator, applicant.id(), placement.id(), Audience.MENTEE,
				ParticipationStatus.NOT_SELECTED);
		clock.advance(Duration.ofDays(200));

		mvc.perform(post("/api/retention/run").with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
		assertThatThrownBy(() -> retention.records(agency)).isInstanceOf(AccessDeniedException.class);
		mvc.perform(post("/api/retention/run").with(httpBasic(admin.email(), Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.programName == '%s')].applications".formatted(placement.name())).value(1));
		mvc.perform(get("/api/retention/destructions").with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.programName == '%s')].people".formatted(placement.name())).value(1));
		mvc.perform(get("/api/retention/destructions").with(httpBasic(agency.email(), Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());

		var session = Fixtures.signIn(mvc, coordinator.email());
		var page = mvc.perform(get("/retention").session(session).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Registre des destructions", placement.name()).doesNotContain("Détruire maintenant");
	}

	static String unique(String prefix) {
		return Fixtures.unique(prefix).replace(" ", "");
	}
}
