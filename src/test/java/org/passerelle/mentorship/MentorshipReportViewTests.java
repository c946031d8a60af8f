package org.passerelle.mentorship;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.MovableClock;
import org.passerelle.core.Language;
import org.passerelle.identity.UserManagement;
import org.passerelle.matching.MatchingFixtures;
import org.passerelle.matching.MentoringAgreements;
import org.passerelle.matching.Proposals;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the mentorship module's read view {@code mentorship_report} tells the reports of each
 * mentorship: its pair and program, where it stands by the names of {@link MentorshipStatus}, the
 * day it started, and, once closed, the day and where the mentee stood with work by the names of
 * {@link EmploymentStatus}.
 */
@IntegrationTest
class MentorshipReportViewTests {

	@Autowired
	MentorshipManagement mentorships;

	@Autowired
	Proposals proposals;

	@Autowired
	MentoringAgreements agreements;

	@Autowired
	ProgramManagement programs;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOpenMentorshipHasNoClosureAndAClosedOneItsDayAndTheMenteesEmployment() {
		var f = MatchingFixtures.create(new Fixtures(organisations, users), programs, participants,
				MatchingFixtures.weights(100, 0, 0, 0), ProgramRules.builder().minimumMatchScore(0).build(),
				Set.of(Language.FR, Language.EN));
		var started = LocalDate.now(clock);
		var pair = Pair.agreed(f, proposals, agreements, mentorships, started);
		assertThat(row(pair)).isEqualTo(new Row(f.program().id().value(), pair.mentee().value(), pair.mentor().value(),
				MentorshipStatus.ACTIVE.name(), started, null, null));

		clock.advance(java.time.Duration.ofDays(3));
		var closedOn = LocalDate.now(clock).minusDays(1);
		mentorships.close(pair.coordinator(), pair.mentorship(),
				mentorships.find(pair.coordinator(), pair.mentorship()).version(), ClosureReason.EMPLOYED,
				EmploymentStatus.EMPLOYED_IN_FIELD, false, closedOn, null);
		assertThat(row(pair)).isEqualTo(new Row(f.program().id().value(), pair.mentee().value(), pair.mentor().value(),
				MentorshipStatus.CLOSED.name(), started, closedOn, EmploymentStatus.EMPLOYED_IN_FIELD.name()));
	}

	private Row row(Pair pair) {
		return jdbc.sql("""
				select program_id, mentee_id, mentor_id, status, started_on, closed_on, employment_at_closure
				from mentorship_report where mentorship_id = ?""")
			.param(pair.mentorship().value())
			.query((rs, n) -> new Row(rs.getObject("program_id", UUID.class), rs.getObject("mentee_id", UUID.class),
					rs.getObject("mentor_id", UUID.class), rs.getString("status"),
					rs.getObject("started_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
					rs.getString("employment_at_closure")))
			.single();
	}

	record Row(UUID program, UUID mentee, UUID mentor, String status, LocalDate startedOn, LocalDate closedOn,
			String employment) {
	}
}
