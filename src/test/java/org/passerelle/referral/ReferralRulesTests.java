package org.passerelle.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.core.Refusals.rule;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passerelle.core.OrganisationId;
import org.passerelle.identity.UserId;
import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;
import org.passerelle.referral.ReferralEvents.ReferralAdmitted;
import org.passerelle.referral.ReferralEvents.ReferralNotSelected;
import org.passerelle.referral.ReferralEvents.ReferralReturned;
import org.passerelle.referral.ReferralEvents.ReferralSubmitted;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The path of a referral on its own, without Spring: drafted, submitted, returned and resubmitted,
 * admitted or not selected, withdrawn; each refusal and each event raised.
 */
class ReferralRulesTests {

	static final Instant NOW = Instant.parse("2027-02-01T14:00:00Z");

	final UserId agent = new UserId(UUID.randomUUID());

	final UserId coordinator = new UserId(UUID.randomUUID());

	Referral draft() {
		return Referral.draft(new ProgramId(UUID.randomUUID()), new OrganisationId(UUID.randomUUID()),
				new ParticipantId(UUID.randomUUID()), agent, NOW);
	}

	Referral submitted() {
		var referral = draft();
		referral.submit(List.of(), agent, NOW.plusSeconds(10));
		return referral;
	}

	@Test
	void aDraftIsDatedAndAttributedAndRaisesNothing() {
		var referral = draft();
		assertThat(referral.status()).isEqualTo(ReferralStatus.DRAFT);
		assertThat(referral.history()).singleElement().satisfies(event -> {
			assertThat(event.toStatus()).isEqualTo(ReferralStatus.DRAFT);
			assertThat(event.by()).isEqualTo(agent.value());
		});
		assertThat(referral.events()).isEmpty();
	}

	@Test
	void describingRecordsTheConsentWhenGivenAndForgetsItWhenWithdrawn() {
		var referral = draft();
		referral.describe("  Prête  ", true, NOW);
		assertThat(referral.readinessNotes()).isEqualTo("Prête");
		assertThat(referral.consentRecordedAt()).isEqualTo(NOW);
		referral.describe(" ", true, NOW.plusSeconds(60));
		assertThat(referral.readinessNotes()).isNull();
		assertThat(referral.consentRecordedAt()).as("consent given once keeps its date").isEqualTo(NOW);
		referral.describe(null, false, NOW.plusSeconds(120));
		assertThat(referral.consentToShare()).isFalse();
		assertThat(referral.consentRecordedAt()).isNull();
	}

	@Test
	void aSubmittedReferralIsNoLongerDescribed() {
		var referral = submitted();
		assertThat(rule(() -> referral.describe("x", true, NOW))).isEqualTo("referral.closed");
	}

	@Test
	void submittingRaisesReferralSubmitted() {
		var referral = submitted();
		assertThat(referral.status()).isEqualTo(ReferralStatus.SUBMITTED);
		assertThat(referral.submittedAt()).isEqualTo(NOW.plusSeconds(10));
		assertThat(referral.events()).containsExactly(
				new ReferralSubmitted(referral.id(), referral.program(), referral.agency(), referral.participant()));
	}

	@Test
	void anIncompleteReferralIsNotSubmittedAndSaysWhatIsMissing() {
		var referral = draft();
		assertThatThrownBy(() -> referral.submit(List.of("Consent"), agent, NOW))
			.isInstanceOf(IncompleteReferralException.class);
		assertThat(referral.status()).isEqualTo(ReferralStatus.DRAFT);
		assertThat(referral.events()).isEmpty();
	}

	@Test
	void aReferralIsSubmittedOnlyAsADraftOrOnceReturned() {
		var referral = submitted();
		assertThat(rule(() -> referral.submit(List.of(), agent, NOW))).isEqualTo("referral.notOpen");
	}

	@Test
	void admittingASubmittedReferralRaisesReferralAdmitted() {
		var referral = submitted();
		referral.admit(coordinator, NOW.plusSeconds(60), "Bienvenue");
		assertThat(referral.status()).isEqualTo(ReferralStatus.ADMITTED);
		assertThat(referral.events()).last()
			.isEqualTo(new ReferralAdmitted(referral.id(), referral.program(), referral.agency(), referral.participant()));
		assertThat(referral.history()).last().satisfies(event -> assertThat(event.note()).isEqualTo("Bienvenue"));
	}

	@Test
	void onlyASubmittedReferralIsAdmittedOrReturned() {
		var referral = draft();
		assertThat(rule(() -> referral.admit(coordinator, NOW, null))).isEqualTo("referral.notSubmitted");
		assertThat(rule(() -> referral.returnToAgency(List.of(), "Manque", coordinator, NOW)))
			.isEqualTo("referral.notSubmitted");
		assertThat(rule(() -> referral.notSelect(coordinator, NOW, null))).isEqualTo("referral.notSubmitted");
	}

	@Test
	void aReturnCarriesItsReasonsAndMessageAndTheResubmissionIsNoted() {
		var referral = submitted();
		referral.returnToAgency(List.of("Language"), "  Il manque le test  ", coordinator, NOW.plusSeconds(60));
		assertThat(referral.status()).isEqualTo(ReferralStatus.RETURNED);
		assertThat(referral.returnReasons()).containsExactly("Language");
		assertThat(referral.returnMessage()).isEqualTo("Il manque le test");
		assertThat(referral.events()).last().isEqualTo(new ReferralReturned(referral.id(), referral.program(),
				referral.agency(), referral.participant(), "Il manque le test"));
		referral.describe("Test passé", true, NOW.plusSeconds(90));
		referral.submit(List.of(), agent, NOW.plusSeconds(120));
		assertThat(referral.history()).last().satisfies(event -> assertThat(event.note()).isEqualTo("resubmitted"));
		assertThat(referral.events()).hasSize(3);
	}

	@Test
	void aReturnNeedsAMessage() {
		var referral = submitted();
		assertThat(rule(() -> referral.returnToAgency(List.of("Language"), " ", coordinator, NOW)))
			.isEqualTo("referral.return.messageRequired");
		assertThat(referral.status()).isEqualTo(ReferralStatus.SUBMITTED);
	}

	@Test
	void aSubmittedOrReturnedReferralMayBeNotSelectedWhichRaisesReferralNotSelected() {
		var referral = submitted();
		referral.returnToAgency(List.of(), "Non", coordinator, NOW);
		referral.notSelect(coordinator, NOW.plusSeconds(60), null);
		assertThat(referral.status()).isEqualTo(ReferralStatus.NOT_SELECTED);
		assertThat(referral.events()).last().isEqualTo(
				new ReferralNotSelected(referral.id(), referral.program(), referral.agency(), referral.participant()));
		assertThat(rule(() -> referral.notSelect(coordinator, NOW, null))).isEqualTo("referral.notSubmitted");
	}

	@Test
	void anOpenReferralIsWithdrawnWithoutEventButNeverOnceDecided() {
		var referral = submitted();
		referral.withdraw(agent, NOW.plusSeconds(60));
		assertThat(referral.status()).isEqualTo(ReferralStatus.WITHDRAWN);
		assertThat(referral.events()).hasSize(1);
		var admitted = submitted();
		admitted.admit(coordinator, NOW, null);
		assertThat(rule(() -> admitted.withdraw(agent, NOW))).isEqualTo("referral.closed");
	}

	@Test
	void forgettingPersonalDataKeepsTheDatedStates() {
		var referral = submitted();
		referral.returnToAgency(List.of(), "Message", coordinator, NOW);
		referral.notSelect(coordinator, NOW, "Note");
		referral.forgetPersonalData(true);
		assertThat(referral.returnMessage()).isNull();
		assertThat(referral.participant()).isNull();
		assertThat(referral.history()).extracting(ReferralEvent::note).containsOnlyNulls();
		assertThat(referral.history()).extracting(ReferralEvent::toStatus).containsExactly(ReferralStatus.DRAFT,
				ReferralStatus.SUBMITTED, ReferralStatus.RETURNED, ReferralStatus.NOT_SELECTED);
	}

	@Test
	void aDecisionOnAnotherVersionThanTheOneStoredIsRefused() {
		var referral = draft();
		referral.requireVersion(0);
		assertThatThrownBy(() -> referral.requireVersion(2)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
	}
}
