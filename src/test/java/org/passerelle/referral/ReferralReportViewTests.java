package org.passerelle.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.MovableClock;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramTemplate;
import org.passerelle.program.ProgramView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the referral module's read view {@code referral_report} tells of each referral, as the
 * counts per agency and the reports read it: where it stands, when it was first submitted (a draft
 * never submitted has no such day) and whether it was ever returned to the agency.
 */
@IntegrationTest
class ReferralReportViewTests {

	@Autowired
	ReferralManagement referrals;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	ProgramManagement programs;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	ProgramView program;

	Actor agency;

	Actor coordinator;

	@BeforeEach
	void setUp() {
		var fixtures = new Fixtures(organisations, users);
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		program = programs.createFromTemplate(Actor.system(), ProgramTemplate.SOIIT, Fixtures.unique("SOIIT"), lead);
		agency = ReferralFlowTests.actor(fixtures.user(Role.REFERRAL_PARTNER,
				fixtures.organisation(OrganisationType.REFERRAL_AGENCY)));
		coordinator = ReferralFlowTests.actor(fixtures.user(Role.COORDINATOR, lead));
		programs.assignCoordinators(Actor.system(), program.id(), java.util.Set.of(coordinator.userId()));
	}

	@Test
	void aReturnedReferralCountsAsReturnedEvenOnceResubmittedAndAdmittedAndKeepsItsFirstSubmission() {
		var referral = draft();
		var submittedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
		var submitted = referrals.submit(agency, referral, Locale.CANADA);
		var firstSubmission = row(referral).firstSubmittedAt();
		assertThat(firstSubmission).isEqualTo(submittedAt);
		clock.advance(Duration.ofDays(2));

		var returned = referrals.returnToAgency(coordinator, referral, submitted.version(), List.of(), "Add the CV",
				Locale.CANADA);
		assertThat(row(referral)).isEqualTo(new Row(ReferralStatus.RETURNED.name(), program.id().value(),
				agency.organisationId().value(), firstSubmission, true));

		referrals.submit(agency, referral, Locale.CANADA);
		referrals.admit(coordinator, referral, referrals.find(coordinator, referral, Locale.CANADA).version(), null,
				Locale.CANADA);
		assertThat(returned.status()).isEqualTo(ReferralStatus.RETURNED);
		assertThat(row(referral)).as("returned at least once, and dated by its first submission, not the second")
			.isEqualTo(new Row(ReferralStatus.ADMITTED.name(), program.id().value(), agency.organisationId().value(),
					firstSubmission, true));
	}

	@Test
	void aDraftHasNoSubmissionAndAReferralNeverReturnedIsNotReturned() {
		var draft = draft();
		assertThat(row(draft).firstSubmittedAt()).isNull();
		assertThat(row(draft).status()).isEqualTo(ReferralStatus.DRAFT.name());

		var submitted = draft();
		var view = referrals.submit(agency, submitted, Locale.CANADA);
		referrals.notSelect(coordinator, submitted, view.version(), null, Locale.CANADA);
		assertThat(row(submitted).returned()).isFalse();
		assertThat(row(submitted).status()).isEqualTo(ReferralStatus.NOT_SELECTED.name());
		assertThat(row(submitted).firstSubmittedAt()).isNotNull();
	}

	private ReferralId draft() {
		var client = new ReferralFlowTests().client(Fixtures.unique("View").replace(" ", ""));
		return referrals.refer(agency, program.id(), client, null, true, Locale.CANADA).id();
	}

	private Row row(ReferralId referral) {
		return jdbc.sql("""
				select status, program_id, agency_id, first_submitted_at, returned
				from referral_report where referral_id = ?""")
			.param(referral.value())
			.query((rs, n) -> new Row(rs.getString("status"), rs.getObject("program_id", java.util.UUID.class),
					rs.getObject("agency_id", java.util.UUID.class),
					rs.getObject("first_submitted_at", OffsetDateTime.class) == null ? null
							: rs.getObject("first_submitted_at", OffsetDateTime.class).toInstant(),
					rs.getBoolean("returned")))
			.single();
	}

	record Row(String status, java.util.UUID program, java.util.UUID agency, Instant firstSubmittedAt,
			boolean returned) {
	}
}
