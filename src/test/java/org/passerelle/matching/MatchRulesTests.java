package org.passerelle.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.core.Refusals.field;
import static org.passerelle.core.Refusals.rule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passerelle.identity.UserId;
import org.passerelle.matching.MatchEvents.MatchCancelled;
import org.passerelle.matching.MatchEvents.MatchDeclined;
import org.passerelle.matching.MatchEvents.MatchEnded;
import org.passerelle.matching.MatchEvents.MatchProposed;
import org.passerelle.matching.MatchEvents.MentorshipAgreed;
import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The path of a proposed pair on its own, without Spring: both answer, the introduction, the
 * signatures of the agreement — online or on paper — and the end; each refusal and each event.
 */
class MatchRulesTests {

	static final Instant NOW = Instant.parse("2027-02-01T14:00:00Z");

	static final LocalDate TODAY = LocalDate.parse("2027-02-01");

	final UserId coordinator = new UserId(UUID.randomUUID());

	final UUID agreement = UUID.randomUUID();

	Match proposed() {
		return Match.propose(new ProgramId(UUID.randomUUID()), new ParticipantId(UUID.randomUUID()),
				new ParticipantId(UUID.randomUUID()), 0.8349, null, coordinator, NOW);
	}

	Match accepted() {
		var match = proposed();
		match.answerAsMentee(Decision.ACCEPTED, null, NOW);
		match.answerAsMentor(Decision.ACCEPTED, null, NOW);
		return match;
	}

	Match introduced() {
		var match = accepted();
		match.recordIntroduction(TODAY.minusDays(3), TODAY);
		return match;
	}

	@Test
	void aProposalRaisesMatchProposedWithItsScoreInHundredths() {
		var match = proposed();
		assertThat(match.status()).isEqualTo(MatchStatus.PROPOSED);
		assertThat(match.score()).isEqualTo(0.83);
		assertThat(match.events())
			.containsExactly(new MatchProposed(match.id(), match.program(), match.mentee(), match.mentor()));
	}

	@Test
	void bothAcceptingMakesThePairAcceptedWithoutEvent() {
		var match = proposed();
		match.answerAsMentee(Decision.ACCEPTED, null, NOW);
		assertThat(match.status()).isEqualTo(MatchStatus.PROPOSED);
		match.answerAsMentor(Decision.ACCEPTED, " ", NOW.plusSeconds(5));
		assertThat(match.status()).isEqualTo(MatchStatus.ACCEPTED);
		assertThat(match.mentorReason()).isNull();
		assertThat(match.events()).hasSize(1);
	}

	@Test
	void aDeclineWithItsReasonEndsTheProposalAndRaisesMatchDeclined() {
		var match = proposed();
		match.answerAsMentor(Decision.DECLINED, "  Pas disponible ", NOW);
		assertThat(match.status()).isEqualTo(MatchStatus.DECLINED);
		assertThat(match.mentorReason()).isEqualTo("Pas disponible");
		assertThat(match.events()).last()
			.isEqualTo(new MatchDeclined(match.id(), match.program(), match.mentee(), match.mentor()));
		assertThat(rule(() -> match.answerAsMentee(Decision.ACCEPTED, null, NOW))).isEqualTo("match.closed");
	}

	@Test
	void aDeclineNeedsAReasonAndEachAnswersOnce() {
		var match = proposed();
		assertThat(rule(() -> match.answerAsMentee(Decision.DECLINED, " ", NOW))).isEqualTo("match.reason.required");
		assertThat(rule(() -> match.answerAsMentor(Decision.DECLINED, null, NOW))).isEqualTo("match.reason.required");
		match.answerAsMentee(Decision.ACCEPTED, null, NOW);
		assertThat(rule(() -> match.answerAsMentee(Decision.DECLINED, "Non", NOW))).isEqualTo("match.alreadyAnswered");
		match.answerAsMentor(Decision.ACCEPTED, null, NOW);
		assertThat(rule(() -> match.answerAsMentor(Decision.DECLINED, "Non", NOW))).isEqualTo("match.closed");
	}

	@Test
	void theIntroductionOfAnAcceptedPairIsNeverInTheFuture() {
		assertThat(rule(() -> proposed().recordIntroduction(TODAY, TODAY))).isEqualTo("match.notAccepted");
		var match = accepted();
		assertThat(rule(() -> match.recordIntroduction(TODAY.plusDays(1), TODAY))).isEqualTo("match.introduction.future");
		assertThat(rule(() -> match.recordIntroduction(null, TODAY))).isEqualTo("match.introduction.future");
		match.recordIntroduction(TODAY, TODAY);
		assertThat(match.status()).isEqualTo(MatchStatus.INTRODUCED);
		match.recordIntroduction(TODAY.minusDays(1), TODAY);
		assertThat(match.introducedOn()).as("a second record corrects the day").isEqualTo(TODAY.minusDays(1));
	}

	@Test
	void bothSignaturesOnTheSameVersionAgreeTheMentorshipToday() {
		var match = introduced();
		match.sign(true, agreement, 2, NOW, TODAY);
		assertThat(match.status()).isEqualTo(MatchStatus.INTRODUCED);
		match.sign(false, agreement, 2, NOW.plusSeconds(60), TODAY);
		assertThat(match.status()).isEqualTo(MatchStatus.AGREED);
		assertThat(match.events()).last().isEqualTo(
				new MentorshipAgreed(match.id(), match.program(), match.mentee(), match.mentor(), 2, TODAY));
	}

	@Test
	void aSignatureIsRefusedBeforeTheIntroductionAndTwiceBySamePerson() {
		assertThat(rule(() -> accepted().sign(true, agreement, 1, NOW, TODAY))).isEqualTo("match.notIntroduced");
		var match = introduced();
		match.sign(true, agreement, 1, NOW, TODAY);
		assertThat(rule(() -> match.sign(true, agreement, 1, NOW, TODAY))).isEqualTo("agreement.sign.already.mentee");
		match.sign(false, agreement, 1, NOW, TODAY);
		assertThat(rule(() -> match.sign(false, agreement, 1, NOW, TODAY))).isEqualTo("match.notIntroduced");
	}

	@Test
	void aNewVersionOfTheAgreementAsksBothToSignAgain() {
		var match = introduced();
		match.sign(true, agreement, 1, NOW, TODAY);
		match.sign(false, UUID.randomUUID(), 2, NOW, TODAY);
		assertThat(match.status()).isEqualTo(MatchStatus.INTRODUCED);
		assertThat(match.menteeSignedAt()).isNull();
		assertThat(match.mentorSignedAt()).isEqualTo(NOW);
	}

	@Test
	void paperSignaturesAgreeOnTheLaterDayTheySigned() {
		var match = introduced();
		match.signOnPaper(true, agreement, 1, TODAY.minusDays(2), coordinator, NOW, TODAY);
		match.signOnPaper(false, agreement, 1, TODAY.minusDays(1), coordinator, NOW, TODAY);
		assertThat(match.menteeSignatureRecordedBy()).isEqualTo(coordinator);
		assertThat(match.menteeSignedOn()).isEqualTo(TODAY.minusDays(2));
		assertThat(match.events()).last().isEqualTo(new MentorshipAgreed(match.id(), match.program(), match.mentee(),
				match.mentor(), 1, TODAY.minusDays(1)));
	}

	@Test
	void aPaperSignatureNeedsADayNotInTheFutureNorBeforeTheIntroduction() {
		var match = introduced();
		assertThat(field(() -> match.signOnPaper(true, agreement, 1, null, coordinator, NOW, TODAY)))
			.isEqualTo("signedOn:agreement.paper.date.required");
		assertThat(field(() -> match.signOnPaper(true, agreement, 1, TODAY.plusDays(1), coordinator, NOW, TODAY)))
			.isEqualTo("signedOn:agreement.paper.date.future");
		assertThat(field(() -> match.signOnPaper(true, agreement, 1, TODAY.minusDays(4), coordinator, NOW, TODAY)))
			.isEqualTo("signedOn:agreement.paper.date.beforeIntroduction");
		match.signOnPaper(true, agreement, 1, TODAY, coordinator, NOW, TODAY);
		assertThat(rule(() -> match.signOnPaper(true, agreement, 1, TODAY, coordinator, NOW, TODAY)))
			.isEqualTo("agreement.sign.already.mentee");
	}

	@Test
	void theProgramCancelsAProposalBeforeTheAgreementWhichRaisesMatchCancelled() {
		var match = introduced();
		match.cancel(NOW);
		assertThat(match.status()).isEqualTo(MatchStatus.CANCELLED);
		assertThat(match.events()).last()
			.isEqualTo(new MatchCancelled(match.id(), match.program(), match.mentee(), match.mentor()));
		assertThat(rule(() -> match.cancel(NOW))).isEqualTo("match.closed");
		var agreed = introduced();
		agreed.sign(true, agreement, 1, NOW, TODAY);
		agreed.sign(false, agreement, 1, NOW, TODAY);
		assertThat(rule(() -> agreed.cancel(NOW))).isEqualTo("match.closed");
	}

	@Test
	void onlyAnAgreedPairEndsWhichRaisesMatchEnded() {
		assertThat(rule(() -> introduced().end(NOW))).isEqualTo("match.notAgreed");
		var match = introduced();
		match.sign(true, agreement, 1, NOW, TODAY);
		match.sign(false, agreement, 1, NOW, TODAY);
		match.end(NOW.plusSeconds(60));
		assertThat(match.status()).isEqualTo(MatchStatus.ENDED);
		assertThat(match.events()).last()
			.isEqualTo(new MatchEnded(match.id(), match.program(), match.mentee(), match.mentor()));
	}

	@Test
	void anAnswerOnAnotherVersionThanTheOneStoredIsRefused() {
		var match = proposed();
		match.requireVersion(0);
		assertThatThrownBy(() -> match.requireVersion(1)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
	}
}
