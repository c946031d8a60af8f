package org.passerelle.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.MovableClock;
import org.passerelle.core.Language;
import org.passerelle.identity.UserManagement;
import org.passerelle.matching.MatchingFixtures;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the participant module's read view {@code participation_report} tells the reports of each
 * participation: the person, the program, the role and status by the names of {@link Audience} and
 * {@link ParticipationStatus}, and the day it began.
 */
@IntegrationTest
class ParticipationReportViewTests {

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

	@Test
	void eachParticipationShowsItsRoleStatusAndTheDayItBegan() {
		var f = MatchingFixtures.create(new Fixtures(organisations, users), programs, participants,
				MatchingFixtures.weights(100, 0, 0, 0), ProgramRules.builder().build(), Set.of(Language.FR));
		var today = LocalDate.now(clock);
		var mentor = f.mentor("Guy", "21231", MatchingFixtures.french(), null, null, 1);
		var applicant = participants.register(f.coordinator(),
				MatchingFixtures.details("Awa", null, "21231", MatchingFixtures.french(), null, null, null),
				new ParticipantManagement.Enrolment(f.program().id(), Audience.MENTEE, ParticipationStatus.APPLIED), true)
			.id();

		assertThat(row(mentor, f)).isEqualTo(new Row(Audience.MENTOR.name(), ParticipationStatus.ENROLLED.name(), today));
		assertThat(row(applicant, f)).isEqualTo(new Row(Audience.MENTEE.name(), ParticipationStatus.APPLIED.name(), today));
	}

	private Row row(ParticipantId person, MatchingFixtures f) {
		return jdbc.sql("""
				select role, status, since from participation_report
				where participant_id = ? and program_id = ?""")
			.params(person.value(), f.program().id().value())
			.query((rs, n) -> new Row(rs.getString("role"), rs.getString("status"), rs.getObject("since", LocalDate.class)))
			.single();
	}

	record Row(String role, String status, LocalDate since) {
	}
}
