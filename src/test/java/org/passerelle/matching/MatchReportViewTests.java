package org.passerelle.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.MovableClock;
import org.passerelle.core.Language;
import org.passerelle.identity.UserManagement;
import org.passerelle.mentorship.MentorshipManagement;
import org.passerelle.mentorship.Pair;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the matching module's read view {@code match_report} tells the reports of each proposed
 * pair: where it stands by the names of {@link MatchStatus}, and when the agreement was made — the
 * later day both signed on paper, or the moment of the second signature given here.
 */
@IntegrationTest
class MatchReportViewTests {

	@Autowired
	Proposals proposals;

	@Autowired
	MentoringAgreements agreements;

	@Autowired
	MentorshipManagement mentorships;

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

	MatchingFixtures program() {
		return MatchingFixtures.create(new Fixtures(organisations, users), programs, participants,
				MatchingFixtures.weights(100, 0, 0, 0), ProgramRules.builder().minimumMatchScore(0).build(),
				Set.of(Language.FR, Language.EN));
	}

	@Test
	void aPairSignedHereIsAgreedAtTheSecondSignature() {
		var before = clock.instant();
		var pair = Pair.agreed(program(), proposals, agreements, mentorships, LocalDate.now(clock));
		var match = jdbc.sql("select match_id from mentorship_report where mentorship_id = ?")
			.param(pair.mentorship().value())
			.query(java.util.UUID.class)
			.single();
		var row = row(new MatchId(match));
		assertThat(row.status()).isEqualTo(MatchStatus.AGREED.name());
		assertThat(row.agreedOnPaper()).isNull();
		assertThat(row.agreedAt()).isBetween(before, clock.instant());
	}

	@Test
	void aPairSignedOnPaperIsAgreedOnTheLaterDayBothSignedAndAPairProposedIsNotAgreed() {
		var f = program();
		var mentee = f.mentee("Awa", "21231", MatchingFixtures.both(), null, null);
		var mentor = f.mentor("Guy", "21231", MatchingFixtures.both(), null, null, 2);
		var today = LocalDate.now(clock);
		var match = proposals.propose(f.coordinator(), f.program().id(), mentee, mentor, Locale.CANADA);
		assertThat(row(match.id())).isEqualTo(new Row(MatchStatus.PROPOSED.name(), null, null));

		match = proposals.answer(f.coordinator(), match.id(), match.version(), Audience.MENTEE, Decision.ACCEPTED, null,
				Locale.CANADA);
		match = proposals.answer(f.coordinator(), match.id(), match.version(), Audience.MENTOR, Decision.ACCEPTED, null,
				Locale.CANADA);
		match = proposals.recordIntroduction(f.coordinator(), match.id(), match.version(), today.minusDays(20),
				Locale.CANADA);
		match = agreements.signOnPaper(f.coordinator(), match.id(), match.version(), Audience.MENTEE,
				today.minusDays(10), null, Locale.CANADA);
		agreements.signOnPaper(f.coordinator(), match.id(), match.version(), Audience.MENTOR, today.minusDays(12), null,
				Locale.CANADA);

		var row = row(match.id());
		assertThat(row.status()).isEqualTo(MatchStatus.AGREED.name());
		assertThat(row.agreedOnPaper()).isEqualTo(today.minusDays(10));
		assertThat(row.agreedAt()).as("recorded today").isNotNull();
	}

	private Row row(MatchId match) {
		return jdbc.sql("select status, agreed_on_paper, agreed_at from match_report where match_id = ?")
			.param(match.value())
			.query((rs, n) -> new Row(rs.getString("status"), rs.getObject("agreed_on_paper", LocalDate.class),
					rs.getObject("agreed_at", OffsetDateTime.class) == null ? null
							: rs.getObject("agreed_at", OffsetDateTime.class).toInstant()))
			.single();
	}

	record Row(String status, LocalDate agreedOnPaper, Instant agreedAt) {
	}
}
