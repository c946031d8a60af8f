package org.passerelle.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.Eventually;
import org.passerelle.Fixtures;
import org.passerelle.MovableClock;
import org.passerelle.core.Language;
import org.passerelle.core.NotFoundException;
import org.passerelle.identity.UserManagement;
import org.passerelle.matching.MatchingFixtures;
import org.passerelle.matching.Proposals;
import org.passerelle.matching.MentoringAgreements;
import org.passerelle.notification.Notifications;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.MeetingCadence;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The exit interview (R-MEN-7): each of the pair answers their own once the mentorship is closed
 * and may correct it for 30 days; the coordinator reads both and records one on a person's
 * behalf; the other of the pair never reads it; both are invited at closure in their language.
 */
@IntegrationTest
class ExitInterviewTests {

	@Autowired
	ExitInterviews interviews;

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
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	MatchingFixtures program() {
		return MatchingFixtures.create(new Fixtures(organisations, users), programs, participants,
				MatchingFixtures.weights(100, 0, 0, 0),
				ProgramRules.builder().durationWeeks(16).meetingCadence(MeetingCadence.EVERY_TWO_WEEKS).build(),
				Set.of(Language.FR, Language.EN));
	}

	Pair pair() {
		return Pair.agreed(program(), proposals, agreements, mentorships, today());
	}

	Pair closed(Pair pair) {
		var version = mentorships.find(pair.coordinator(), pair.mentorship()).version();
		mentorships.close(pair.coordinator(), pair.mentorship(), version, ClosureReason.COMPLETED,
				EmploymentStatus.SEEKING, false, today(), "Fin prévue");
		return pair;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	static ExitInterviewAnswers mentee(int satisfaction, GoalsReached goals, String helped) {
		return new ExitInterviewAnswers(satisfaction, goals, helped, "Plus de rencontres en personne", true,
				EmploymentStatus.EMPLOYED_IN_FIELD, "Ingénieure civile junior", null);
	}

	static ExitInterviewAnswers mentor(int satisfaction, GoalsReached goals) {
		return new ExitInterviewAnswers(satisfaction, goals, "Her drive", null, true, null, null, false);
	}

	@Test
	void theInterviewOpensOnlyWhenTheMentorshipCloses() {
		var pair = pair();
		var before = interviews.of(pair.asMentee(), pair.mentorship());
		assertThat(before.closed()).isFalse();
		assertThat(before.mayFill()).isEmpty();
		assertThatThrownBy(() -> interviews.fill(pair.asMentee(), pair.mentorship(), null,
				mentee(5, GoalsReached.YES, "x")))
			.hasFieldOrPropertyWithValue("messageCode", "exitInterview.notClosed");
		assertThatThrownBy(() -> interviews.fill(pair.coordinator(), pair.mentorship(), Party.MENTOR,
				mentor(4, GoalsReached.YES)))
			.hasFieldOrPropertyWithValue("messageCode", "exitInterview.notClosed");

		closed(pair);
		assertThat(interviews.of(pair.asMentee(), pair.mentorship()).mayFill()).containsExactly(Party.MENTEE);
		assertThat(interviews.of(pair.coordinator(), pair.mentorship()).mayFill())
			.containsExactly(Party.MENTEE, Party.MENTOR);
		var filled = interviews.fill(pair.asMentee(), pair.mentorship(), null,
				mentee(5, GoalsReached.YES, "Les simulations d’entrevue"));
		assertThat(filled.of(Party.MENTEE)).satisfies(mine -> {
			assertThat(mine.satisfaction()).isEqualTo(5);
			assertThat(mine.goalsReached()).isEqualTo(GoalsReached.YES);
			assertThat(mine.helpedMost()).isEqualTo("Les simulations d’entrevue");
			assertThat(mine.jobTitle()).isEqualTo("Ingénieure civile junior");
			assertThat(mine.inField()).isTrue();
			assertThat(mine.wouldMentorAgain()).isNull();
			assertThat(mine.onBehalf()).isFalse();
			assertThat(mine.correctableUntil()).isEqualTo(today().plusDays(30));
		});
	}

	@Test
	void eachOfThePairSeesOnlyTheirOwnTheCoordinatorBothAndOutsidersNothing() {
		var pair = closed(pair());
		interviews.fill(pair.asMentee(), pair.mentorship(), null, mentee(4, GoalsReached.PARTLY, "Mon réseau"));
		var mentorSees = interviews.of(pair.asMentor(), pair.mentorship());
		assertThat(mentorSees.interviews()).as("the mentee's answers are not the mentor's to read").isEmpty();
		assertThat(mentorSees.of(Party.MENTEE)).isNull();
		assertThatThrownBy(() -> interviews.fill(pair.asMentor(), pair.mentorship(), Party.MENTEE,
				mentee(1, GoalsReached.NO, "Rien")))
			.hasFieldOrPropertyWithValue("messageCode", "exitInterview.ownOnly");

		interviews.fill(pair.asMentor(), pair.mentorship(), Party.MENTOR, mentor(3, GoalsReached.PARTLY));
		assertThat(interviews.of(pair.asMentee(), pair.mentorship()).interviews())
			.extracting(ExitInterviewView.Interview::party).containsExactly(Party.MENTEE);
		assertThat(interviews.of(pair.asMentor(), pair.mentorship()).interviews()).singleElement().satisfies(mine -> {
			assertThat(mine.party()).isEqualTo(Party.MENTOR);
			assertThat(mine.wouldMentorAgain()).isFalse();
			assertThat(mine.employment()).isNull();
		});
		var coordinatorSees = interviews.of(pair.coordinator(), pair.mentorship());
		assertThat(coordinatorSees.interviews()).extracting(ExitInterviewView.Interview::party)
			.containsExactly(Party.MENTEE, Party.MENTOR);
		assertThat(coordinatorSees.of(Party.MENTEE).helpedMost()).isEqualTo("Mon réseau");
		assertThat(coordinatorSees.mayFill()).as("both answered themselves").isEmpty();

		var other = pair();
		assertThatThrownBy(() -> interviews.of(other.asMentee(), pair.mentorship())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> interviews.of(other.coordinator(), pair.mentorship()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> interviews.fill(other.asMentor(), pair.mentorship(), null, mentor(1, GoalsReached.NO)))
			.isInstanceOf(NotFoundException.class);
		assertThat(interviews.of(pair.coordinator(), pair.mentorship()).of(Party.MENTOR).satisfaction()).isEqualTo(3);
	}

	@Test
	void anInterviewMayBeCorrectedForThirtyDaysThenIsReadOnly() {
		var pair = closed(pair());
		interviews.fill(pair.asMentee(), pair.mentorship(), null, mentee(2, GoalsReached.NO, "Peu de choses"));
		clock.advance(Duration.ofDays(30));
		var corrected = interviews.fill(pair.asMentee(), pair.mentorship(), null,
				new ExitInterviewAnswers(4, GoalsReached.PARTLY, "Finalement, le réseau", " ", false,
						EmploymentStatus.SEEKING, "ignored when not employed", null));
		assertThat(corrected.of(Party.MENTEE)).satisfies(mine -> {
			assertThat(mine.satisfaction()).isEqualTo(4);
			assertThat(mine.goalsReached()).isEqualTo(GoalsReached.PARTLY);
			assertThat(mine.couldBeBetter()).isNull();
			assertThat(mine.wouldRecommend()).isFalse();
			assertThat(mine.jobTitle()).isNull();
			assertThat(mine.inField()).isNull();
			assertThat(mine.updatedAt()).isAfter(mine.submittedAt());
		});
		assertThat(corrected.mayFill()).containsExactly(Party.MENTEE);

		clock.advance(Duration.ofDays(1));
		assertThat(interviews.of(pair.asMentee(), pair.mentorship()).mayFill()).isEmpty();
		assertThatThrownBy(() -> interviews.fill(pair.asMentee(), pair.mentorship(), null,
				mentee(5, GoalsReached.YES, "Tout")))
			.hasFieldOrPropertyWithValue("messageCode", "exitInterview.readOnly");
		assertThat(interviews.of(pair.coordinator(), pair.mentorship()).of(Party.MENTEE).satisfaction()).isEqualTo(4);
		assertThat(interviews.of(pair.coordinator(), pair.mentorship()).mayFill())
			.as("the mentor has not answered yet").containsExactly(Party.MENTOR);
	}

	@Test
	void theCoordinatorRecordsAnInterviewOnAPersonsBehalfButNeverOverwritesTheirOwn() {
		var pair = closed(pair());
		assertThatThrownBy(() -> interviews.fill(pair.coordinator(), pair.mentorship(), null, mentor(4, GoalsReached.YES)))
			.hasFieldOrPropertyWithValue("messageCode", "exitInterview.party.required");
		var recorded = interviews.fill(pair.coordinator(), pair.mentorship(), Party.MENTOR, mentor(4, GoalsReached.YES));
		var coordinatorName = users.find(org.passerelle.identity.Actor.system(), pair.coordinator().userId()).fullName();
		assertThat(recorded.of(Party.MENTOR)).satisfies(each -> {
			assertThat(each.onBehalf()).isTrue();
			assertThat(each.recordedBy()).isEqualTo(coordinatorName);
		});
		assertThat(interviews.of(pair.asMentor(), pair.mentorship()).of(Party.MENTOR).onBehalf())
			.as("the mentor sees what was recorded for them").isTrue();
		assertThat(interviews.of(pair.asMentee(), pair.mentorship()).interviews()).isEmpty();
		var corrected = interviews.fill(pair.asMentor(), pair.mentorship(), null, mentor(5, GoalsReached.YES));
		assertThat(corrected.of(Party.MENTOR).onBehalf()).as("now the mentor's own answers").isFalse();
		assertThatThrownBy(() -> interviews.fill(pair.coordinator(), pair.mentorship(), Party.MENTOR,
				mentor(1, GoalsReached.NO)))
			.hasFieldOrPropertyWithValue("messageCode", "exitInterview.filledByPerson");
		assertThat(interviews.of(pair.coordinator(), pair.mentorship()).of(Party.MENTOR).satisfaction()).isEqualTo(5);
	}

	@Test
	void badAnswersAreRefusedWithTheFieldAndNothingIsSaved() {
		var pair = closed(pair());
		var id = pair.mentorship();
		var mentee = pair.asMentee();
		assertThatThrownBy(() -> interviews.fill(mentee, id, null, mentee(0, GoalsReached.YES, "x")))
			.hasFieldOrPropertyWithValue("messageCode", "exitInterview.satisfaction.range")
			.hasFieldOrPropertyWithValue("field", "satisfaction");
		assertThatThrownBy(() -> interviews.fill(mentee, id, null, mentee(6, GoalsReached.YES, "x")))
			.hasFieldOrPropertyWithValue("messageCode", "exitInterview.satisfaction.range");
		assertThatThrownBy(() -> interviews.fill(mentee, id, null,
				new ExitInterviewAnswers(null, GoalsReached.YES, null, null, true, EmploymentStatus.SEEKING, null, null)))
			.hasFieldOrPropertyWithValue("messageCode", "exitInterview.satisfaction.range");
		assertThatThrownBy(() -> interviews.fill(mentee, id, null,
				new ExitInterviewAnswers(3, null, null, null, true, EmploymentStatus.SEEKING, null, null)))
			.hasFieldOrPropertyWithValue("messageCode", "exitInterview.goalsReached.required");
		assertThatThrownBy(() -> interviews.fill(mentee, id, null,
				new ExitInterviewAnswers(3, GoalsReached.NO, null, null, null, EmploymentStatus.SEEKING, null, null)))
			.hasFieldOrPropertyWithValue("messageCode", "exitInterview.wouldRecommend.required");
		assertThatThrownBy(() -> interviews.fill(mentee, id, null,
				new ExitInterviewAnswers(3, GoalsReached.NO, null, null, true, null, null, null)))
			.hasFieldOrPropertyWithValue("messageCode", "exitInterview.employment.required");
		assertThatThrownBy(() -> interviews.fill(mentee, id, null,
				new ExitInterviewAnswers(3, GoalsReached.NO, null, null, true, EmploymentStatus.EMPLOYED_OTHER, " ", null)))
			.hasFieldOrPropertyWithValue("messageCode", "exitInterview.jobTitle.required");
		assertThatThrownBy(() -> interviews.fill(mentee, id, null,
				new ExitInterviewAnswers(3, GoalsReached.NO, "a".repeat(4001), null, true, EmploymentStatus.SEEKING, null,
						null)))
			.hasFieldOrPropertyWithValue("messageCode", "exitInterview.text.tooLong")
			.hasFieldOrPropertyWithValue("field", "helpedMost");
		assertThatThrownBy(() -> interviews.fill(pair.asMentor(), id, null,
				new ExitInterviewAnswers(3, GoalsReached.NO, null, "b".repeat(4001), true, null, null, true)))
			.hasFieldOrPropertyWithValue("field", "couldBeBetter");
		assertThatThrownBy(() -> interviews.fill(pair.asMentor(), id, null,
				new ExitInterviewAnswers(3, GoalsReached.NO, null, null, true, null, null, null)))
			.hasFieldOrPropertyWithValue("messageCode", "exitInterview.wouldMentorAgain.required");
		assertThat(interviews.of(pair.coordinator(), id).interviews()).isEmpty();
		// exactly 4000 characters is accepted
		var accepted = interviews.fill(mentee, id, null, new ExitInterviewAnswers(3, GoalsReached.NO, "a".repeat(4000),
				null, true, EmploymentStatus.SEEKING, null, null));
		assertThat(accepted.of(Party.MENTEE).helpedMost()).hasSize(4000);
	}

	@Test
	void whenTheMentorshipClosesEachOfThePairIsInvitedInTheirLanguage() {
		var pair = closed(pair());
		var name = pair.program().program().name();
		var link = "/mentorships/" + pair.mentorship() + "/exit-interview";
		// the mentee reads English, the mentor French (Pair.agreed)
		assertThat(Eventually.atLeast(1, () -> notifications.list(pair.asMentee()).stream()
			.filter(n -> n.link().equals(link))
			.toList())).singleElement().satisfies(n -> {
				assertThat(n.title()).isEqualTo("Your mentorship in " + name + " is closed: your exit interview");
				assertThat(n.body()).contains("the other person of the pair never sees your answers");
			});
		assertThat(Eventually.atLeast(1, () -> notifications.list(pair.asMentor()).stream()
			.filter(n -> n.link().equals(link))
			.toList())).singleElement().satisfies(n -> {
				assertThat(n.title()).isEqualTo("Votre mentorat dans " + name + " est terminé : votre entrevue de fin");
				assertThat(n.body()).contains("l’autre personne du jumelage ne voit jamais vos réponses");
			});
		assertThat(notifications.list(pair.coordinator())).noneMatch(n -> n.link().equals(link));
		var subjects = jdbc.sql("select recipient, subject, body from email_outbox where body like ?")
			.param("%" + link + "%")
			.query((rs, row) -> rs.getString(1) + " | " + rs.getString(2))
			.list();
		assertThat(subjects).containsExactlyInAnyOrder(
				pair.asMentee().email() + " | [Passerelle] Your mentorship in " + name + " is closed: your exit interview",
				pair.asMentor().email() + " | [Passerelle] Votre mentorat dans " + name
						+ " est terminé : votre entrevue de fin");
	}

	@Test
	void theResultsOfAProgramCountTheInterviewsOfMentorshipsClosedInThePeriod() {
		var program = program();
		var first = closed(Pair.agreed(program, proposals, agreements, mentorships, today()));
		var second = closed(Pair.agreed(program, proposals, agreements, mentorships, today()));
		var elsewhere = closed(pair());
		interviews.fill(first.asMentee(), first.mentorship(), null, mentee(5, GoalsReached.YES, "x"));
		interviews.fill(first.asMentor(), first.mentorship(), null, mentor(4, GoalsReached.PARTLY));
		interviews.fill(second.coordinator(), second.mentorship(), Party.MENTEE, mentee(2, GoalsReached.NO, "y"));
		interviews.fill(elsewhere.asMentee(), elsewhere.mentorship(), null, mentee(1, GoalsReached.YES, "z"));

		var results = interviews.results(program.coordinator(), program.program().id(), today().minusDays(7), today());
		assertThat(results.interviews()).isEqualTo(3);
		assertThat(results.averageSatisfaction()).isEqualByComparingTo(new BigDecimal("3.67"));
		assertThat(results.goalsReachedShare()).isEqualByComparingTo(new BigDecimal("0.3333"));
		assertThat(results.goalsPartlyReachedShare()).isEqualByComparingTo(new BigDecimal("0.3333"));

		var before = interviews.results(program.coordinator(), program.program().id(), today().minusDays(30),
				today().minusDays(1));
		assertThat(before.interviews()).isZero();
		assertThat(before.averageSatisfaction()).isNull();
		assertThat(before.goalsReachedShare()).isNull();
		assertThatThrownBy(() -> interviews.results(elsewhere.coordinator(), program.program().id(), today(), today()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> interviews.results(program.coordinator(), program.program().id(), today(),
				today().minusDays(1)))
			.hasFieldOrPropertyWithValue("messageCode", "exitInterview.results.period");
	}
}
