package org.passerelle.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.core.Refusals.field;
import static org.passerelle.core.Refusals.rule;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passerelle.identity.UserId;
import org.passerelle.mentorship.MentorshipEvents.MentorshipClosed;
import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The rules of a mentorship and of its meetings on their own, without Spring: pauses, extensions,
 * closure, placement weeks, and meetings logged, confirmed and corrected.
 */
class MentorshipRulesTests {

	static final LocalDate START = LocalDate.parse("2027-01-04");

	static final LocalDate TODAY = START.plusWeeks(10);

	static final Instant NOW = Instant.parse("2027-03-15T15:00:00Z");

	final UserId coordinator = new UserId(UUID.randomUUID());

	final UUID mentor = UUID.randomUUID();

	static Mentorship started() {
		return Mentorship.start(UUID.randomUUID(), new ProgramId(UUID.randomUUID()), new ParticipantId(UUID.randomUUID()),
				new ParticipantId(UUID.randomUUID()), START, 24, NOW);
	}

	static MeetingDetails details(LocalDate on, int minutes) {
		return new MeetingDetails(on, minutes, MeetingMode.IN_PERSON, Set.of(MeetingTheme.values()[0]), " Bien ", null);
	}

	@Test
	void aMentorshipStartsActiveWithItsPlannedEndAndNoEvent() {
		var mentorship = started();
		assertThat(mentorship.status()).isEqualTo(MentorshipStatus.ACTIVE);
		assertThat(mentorship.plannedEnd()).isEqualTo(START.plusWeeks(24));
		assertThat(mentorship.changes()).extracting(Mentorship.Change::kind).containsExactly("STARTED");
		assertThat(mentorship.events()).isEmpty();
		assertThat(mentorship.isNew()).isTrue();
	}

	@Test
	void aPauseStopsTheClockAndItsDaysPushTheEndBack() {
		var mentorship = started();
		mentorship.pause(TODAY.minusDays(10), "Vacances", coordinator, NOW, TODAY);
		assertThat(mentorship.status()).isEqualTo(MentorshipStatus.PAUSED);
		assertThat(mentorship.pausedSince()).isEqualTo(TODAY.minusDays(10));
		mentorship.resume(null, coordinator, NOW, TODAY);
		assertThat(mentorship.status()).isEqualTo(MentorshipStatus.ACTIVE);
		assertThat(mentorship.pausedDays()).isEqualTo(10);
		assertThat(mentorship.plannedEnd()).isEqualTo(START.plusWeeks(24).plusDays(10));
		assertThat(mentorship.activeDays(TODAY)).isEqualTo(70 - 10);
		assertThat(mentorship.changes()).extracting(Mentorship.Change::kind).containsExactly("STARTED", "PAUSED", "RESUMED");
	}

	@Test
	void aPauseWithoutDateStartsToday() {
		var mentorship = started();
		mentorship.pause(null, null, coordinator, NOW, TODAY);
		assertThat(mentorship.pausedSince()).isEqualTo(TODAY);
	}

	@Test
	void aPauseIsRefusedBeforeTheStartInTheFutureAndWhenNotActive() {
		var mentorship = started();
		assertThat(rule(() -> mentorship.pause(START.minusDays(1), null, coordinator, NOW, TODAY)))
			.isEqualTo("mentorship.pause.beforeStart");
		assertThat(rule(() -> mentorship.pause(TODAY.plusDays(1), null, coordinator, NOW, TODAY)))
			.isEqualTo("mentorship.pause.future");
		mentorship.pause(TODAY, null, coordinator, NOW, TODAY);
		assertThat(rule(() -> mentorship.pause(TODAY, null, coordinator, NOW, TODAY)))
			.isEqualTo("mentorship.status.active");
	}

	@Test
	void aResumeIsRefusedBeforeThePauseInTheFutureAndWhenNotPaused() {
		var mentorship = started();
		assertThat(rule(() -> mentorship.resume(TODAY, coordinator, NOW, TODAY))).isEqualTo("mentorship.status.paused");
		mentorship.pause(TODAY.minusDays(5), null, coordinator, NOW, TODAY);
		assertThat(rule(() -> mentorship.resume(TODAY.minusDays(6), coordinator, NOW, TODAY)))
			.isEqualTo("mentorship.resume.beforePause");
		assertThat(rule(() -> mentorship.resume(TODAY.plusDays(1), coordinator, NOW, TODAY)))
			.isEqualTo("mentorship.resume.future");
		assertThat(mentorship.status()).isEqualTo(MentorshipStatus.PAUSED);
	}

	@Test
	void anExtensionAskedByOneOfThePairAndAgreedByTheOtherMovesTheEnd() {
		var mentorship = started();
		mentorship.requestExtension(Party.MENTEE, 6, "Encore", true, coordinator, NOW);
		assertThat(mentorship.extensionRequestedBy()).isEqualTo(Party.MENTEE);
		assertThat(mentorship.extensionWeeksAsked()).isEqualTo(6);
		mentorship.agreeToExtension(Party.MENTOR, coordinator, NOW);
		assertThat(mentorship.extendedWeeks()).isEqualTo(6);
		assertThat(mentorship.extensionRequestedBy()).isNull();
		assertThat(mentorship.plannedEnd()).isEqualTo(START.plusWeeks(30));
	}

	@Test
	void anExtensionIsRefusedWhereTheProgramAllowsNoneOutsideOneToFiftyTwoWeeksAndToTheCoordinator() {
		var mentorship = started();
		assertThat(rule(() -> mentorship.requestExtension(Party.MENTEE, 6, null, false, coordinator, NOW)))
			.isEqualTo("mentorship.extension.notAllowed");
		assertThat(field(() -> mentorship.requestExtension(Party.MENTEE, 0, null, true, coordinator, NOW)))
			.isEqualTo("weeks:mentorship.extension.weeks");
		assertThat(field(() -> mentorship.requestExtension(Party.MENTEE, 53, null, true, coordinator, NOW)))
			.isEqualTo("weeks:mentorship.extension.weeks");
		assertThat(rule(() -> mentorship.requestExtension(Party.COORDINATOR, 6, null, true, coordinator, NOW)))
			.isEqualTo("mentorship.extension.pair");
		assertThat(mentorship.extensionRequestedBy()).isNull();
	}

	@Test
	void anExtensionIsAgreedOnlyWhenAskedAndOnlyByTheOtherOneOfThePair() {
		var mentorship = started();
		assertThat(rule(() -> mentorship.agreeToExtension(Party.MENTOR, coordinator, NOW)))
			.isEqualTo("mentorship.extension.none");
		mentorship.requestExtension(Party.MENTOR, 4, null, true, coordinator, NOW);
		assertThat(rule(() -> mentorship.agreeToExtension(Party.MENTOR, coordinator, NOW)))
			.isEqualTo("mentorship.extension.otherParty");
		assertThat(rule(() -> mentorship.agreeToExtension(Party.COORDINATOR, coordinator, NOW)))
			.isEqualTo("mentorship.extension.otherParty");
		assertThat(mentorship.extendedWeeks()).isZero();
	}

	@Test
	void closingRecordsTheReasonAndEmploymentAndRaisesMentorshipClosed() {
		var mentorship = started();
		mentorship.close(ClosureReason.EMPLOYED, EmploymentStatus.EMPLOYED_IN_FIELD, false, TODAY.minusDays(1), "Bravo",
				coordinator, NOW, TODAY);
		assertThat(mentorship.status()).isEqualTo(MentorshipStatus.CLOSED);
		assertThat(mentorship.closedOn()).isEqualTo(TODAY.minusDays(1));
		assertThat(mentorship.closureReason()).isEqualTo(ClosureReason.EMPLOYED);
		assertThat(mentorship.employmentAtClosure()).isEqualTo(EmploymentStatus.EMPLOYED_IN_FIELD);
		assertThat(mentorship.events()).containsExactly(new MentorshipClosed(mentorship.id(), mentorship.program(),
				mentorship.mentee(), mentorship.mentor(), ClosureReason.EMPLOYED, EmploymentStatus.EMPLOYED_IN_FIELD,
				TODAY.minusDays(1)));
	}

	@Test
	void closingWithoutDateClosesTodayAndAnUnknownEmploymentIsSaidSo() {
		var mentorship = started();
		mentorship.close(ClosureReason.COMPLETED, null, true, null, null, coordinator, NOW, TODAY);
		assertThat(mentorship.closedOn()).isEqualTo(TODAY);
		assertThat(mentorship.employmentAtClosure()).isEqualTo(EmploymentStatus.UNKNOWN);
		assertThat(mentorship.endedBadly()).isTrue();
	}

	@Test
	void closingAPausedMentorshipCountsTheDaysPaused() {
		var mentorship = started();
		mentorship.pause(TODAY.minusDays(7), null, coordinator, NOW, TODAY);
		mentorship.close(ClosureReason.WITHDRAWN, EmploymentStatus.SEEKING, false, TODAY, null, coordinator, NOW, TODAY);
		assertThat(mentorship.pausedDays()).isEqualTo(7);
		assertThat(mentorship.pausedSince()).isNull();
	}

	@Test
	void closingIsRefusedWithoutReasonEmployedOutsideWorkInTheFutureBeforeTheStartAndTwice() {
		var mentorship = started();
		assertThat(field(() -> mentorship.close(null, null, false, TODAY, null, coordinator, NOW, TODAY)))
			.isEqualTo("reason:mentorship.close.reason.required");
		assertThat(field(() -> mentorship.close(ClosureReason.EMPLOYED, EmploymentStatus.SEEKING, false, TODAY, null,
				coordinator, NOW, TODAY)))
			.isEqualTo("employment:mentorship.close.employment.employed");
		assertThat(field(() -> mentorship.close(ClosureReason.EMPLOYED, null, false, TODAY, null, coordinator, NOW,
				TODAY)))
			.isEqualTo("employment:mentorship.close.employment.employed");
		assertThat(field(() -> mentorship.close(ClosureReason.COMPLETED, null, false, TODAY.plusDays(1), null,
				coordinator, NOW, TODAY)))
			.isEqualTo("on:mentorship.close.future");
		assertThat(rule(() -> mentorship.close(ClosureReason.COMPLETED, null, false, START.minusDays(1), null,
				coordinator, NOW, TODAY)))
			.isEqualTo("mentorship.close.beforeStart");
		assertThat(mentorship.status()).isEqualTo(MentorshipStatus.ACTIVE);
		assertThat(mentorship.events()).isEmpty();

		mentorship.close(ClosureReason.COMPLETED, null, false, TODAY, null, coordinator, NOW, TODAY);
		assertThat(rule(() -> mentorship.close(ClosureReason.COMPLETED, null, false, TODAY, null, coordinator, NOW,
				TODAY)))
			.isEqualTo("mentorship.closed");
		assertThat(mentorship.events()).hasSize(1);
	}

	@Test
	void aClosedMentorshipTakesNoExtensionNorPause() {
		var mentorship = started();
		mentorship.requestExtension(Party.MENTEE, 2, null, true, coordinator, NOW);
		mentorship.close(ClosureReason.COMPLETED, null, false, TODAY, null, coordinator, NOW, TODAY);
		assertThat(rule(() -> mentorship.requestExtension(Party.MENTEE, 2, null, true, coordinator, NOW)))
			.isEqualTo("mentorship.closed");
		assertThat(rule(() -> mentorship.agreeToExtension(Party.MENTOR, coordinator, NOW))).isEqualTo("mentorship.closed");
		assertThat(rule(() -> mentorship.pause(TODAY, null, coordinator, NOW, TODAY)))
			.isEqualTo("mentorship.status.active");
	}

	@Test
	void aPlacementWeekIsCountedFromItsMondayWithinTheMentorshipAndUpToEightyHours() {
		var mentorship = started();
		var wednesday = START.plusWeeks(2).plusDays(2);
		assertThat(mentorship.placementWeek(wednesday, BigDecimal.valueOf(35), BigDecimal.valueOf(80), TODAY))
			.isEqualTo(START.plusWeeks(2));
		assertThat(mentorship.placementWeek(START.plusDays(6), BigDecimal.ZERO, null, TODAY)).isEqualTo(START);
	}

	@Test
	void aPlacementWeekIsRefusedWithoutDateOutsideTheMentorshipOutOfRangeAndOnceClosed() {
		var mentorship = started();
		assertThat(field(() -> mentorship.placementWeek(null, BigDecimal.ONE, null, TODAY)))
			.isEqualTo("weekStart:placement.week.required");
		assertThat(field(() -> mentorship.placementWeek(TODAY.plusWeeks(1), BigDecimal.ONE, null, TODAY)))
			.isEqualTo("weekStart:placement.week.outside");
		assertThat(field(() -> mentorship.placementWeek(START.minusWeeks(1).minusDays(1), BigDecimal.ONE, null, TODAY)))
			.isEqualTo("weekStart:placement.week.outside");
		assertThat(field(() -> mentorship.placementWeek(START, null, null, TODAY))).isEqualTo("hours:placement.hours.range");
		assertThat(field(() -> mentorship.placementWeek(START, BigDecimal.valueOf(-1), null, TODAY)))
			.isEqualTo("hours:placement.hours.range");
		assertThat(field(() -> mentorship.placementWeek(START, BigDecimal.valueOf(81), null, TODAY)))
			.isEqualTo("hours:placement.hours.range");
		assertThat(field(() -> mentorship.placementWeek(START, BigDecimal.ONE, BigDecimal.valueOf(81), TODAY)))
			.isEqualTo("agreedHours:placement.hours.range");
		mentorship.close(ClosureReason.COMPLETED, null, false, TODAY, null, coordinator, NOW, TODAY);
		assertThat(rule(() -> mentorship.placementWeek(START, BigDecimal.ONE, null, TODAY))).isEqualTo("mentorship.closed");
	}

	@Test
	void aChangeOnAnotherVersionThanTheOneStoredIsRefused() {
		var mentorship = started();
		mentorship.requireVersion(0);
		assertThatThrownBy(() -> mentorship.requireVersion(1)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
	}

	// Meetings

	@Test
	void aMeetingLoggedByOneOfThePairIsConfirmedByTheOther() {
		var mentorship = started();
		var meeting = Meeting.log(mentorship, details(TODAY, 90), mentor, Party.MENTOR, NOW, TODAY);
		assertThat(meeting.mentorship()).isEqualTo(mentorship.id());
		assertThat(meeting.minutes()).isEqualTo(90);
		assertThat(meeting.sharedNote()).isEqualTo("Bien");
		assertThat(meeting.confirmedAt()).isNull();
		meeting.confirm(Party.MENTEE, NOW.plusSeconds(60));
		assertThat(meeting.confirmedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(meeting.corrected()).isFalse();
	}

	@Test
	void aMeetingIsConfirmedOnlyOnceAndOnlyByTheOtherOneOfThePair() {
		var meeting = Meeting.log(started(), details(TODAY, 90), mentor, Party.MENTOR, NOW, TODAY);
		assertThat(rule(() -> meeting.confirm(Party.MENTOR, NOW))).isEqualTo("meeting.otherParty");
		assertThat(rule(() -> meeting.confirm(Party.COORDINATOR, NOW))).isEqualTo("meeting.otherParty");
		meeting.confirm(Party.MENTEE, NOW);
		assertThat(rule(() -> meeting.confirm(Party.MENTEE, NOW))).isEqualTo("meeting.alreadyConfirmed");
	}

	@Test
	void aMeetingLoggedByTheCoordinatorIsConfirmedByEitherOfThePair() {
		var meeting = Meeting.log(started(), details(TODAY, 30), mentor, Party.COORDINATOR, NOW, TODAY);
		meeting.confirm(Party.MENTOR, NOW);
		assertThat(meeting.confirmedAt()).isEqualTo(NOW);
	}

	@Test
	void aCorrectionByTheOtherOneOfThePairRewritesTheMeetingAndConfirmsIt() {
		var mentorship = started();
		var meeting = Meeting.log(mentorship, details(TODAY, 90), mentor, Party.MENTOR, NOW, TODAY);
		meeting.correct(mentorship, Party.MENTEE, details(TODAY.minusDays(1), 60), NOW, TODAY);
		assertThat(meeting.heldOn()).isEqualTo(TODAY.minusDays(1));
		assertThat(meeting.minutes()).isEqualTo(60);
		assertThat(meeting.corrected()).isTrue();
		assertThat(meeting.confirmedAt()).isEqualTo(NOW);
	}

	@Test
	void aCorrectionIsRefusedToWhoeverLoggedItAndToTheCoordinator() {
		var mentorship = started();
		var meeting = Meeting.log(mentorship, details(TODAY, 90), mentor, Party.MENTOR, NOW, TODAY);
		assertThat(rule(() -> meeting.correct(mentorship, Party.MENTOR, details(TODAY, 60), NOW, TODAY)))
			.isEqualTo("meeting.otherParty");
		assertThat(rule(() -> meeting.correct(mentorship, Party.COORDINATOR, details(TODAY, 60), NOW, TODAY)))
			.isEqualTo("meeting.otherParty");
		assertThat(meeting.minutes()).isEqualTo(90);
	}

	@Test
	void aMeetingIsRefusedWithoutDayInTheFutureBeforeTheStartOutsideOneMinuteToTwelveHoursAndWithoutMode() {
		var mentorship = started();
		assertThat(field(() -> Meeting.log(mentorship, details(null, 60), mentor, Party.MENTOR, NOW, TODAY)))
			.isEqualTo("heldOn:meeting.heldOn.required");
		assertThat(field(() -> Meeting.log(mentorship, details(TODAY.plusDays(1), 60), mentor, Party.MENTOR, NOW, TODAY)))
			.isEqualTo("heldOn:meeting.heldOn.future");
		assertThat(field(() -> Meeting.log(mentorship, details(START.minusDays(1), 60), mentor, Party.MENTOR, NOW, TODAY)))
			.isEqualTo("heldOn:meeting.heldOn.beforeStart");
		assertThat(field(() -> Meeting.log(mentorship, details(TODAY, 0), mentor, Party.MENTOR, NOW, TODAY)))
			.isEqualTo("minutes:meeting.minutes.range");
		assertThat(field(() -> Meeting.log(mentorship, details(TODAY, 721), mentor, Party.MENTOR, NOW, TODAY)))
			.isEqualTo("minutes:meeting.minutes.range");
		assertThat(Meeting.log(mentorship, details(TODAY, 720), mentor, Party.MENTOR, NOW, TODAY).minutes()).isEqualTo(720);
		var noMode = new MeetingDetails(TODAY, 60, null, Set.of(), null, null);
		assertThat(field(() -> Meeting.log(mentorship, noMode, mentor, Party.MENTOR, NOW, TODAY)))
			.isEqualTo("mode:meeting.mode.required");
		var meeting = Meeting.log(mentorship, details(TODAY, 60), mentor, Party.MENTOR, NOW, TODAY);
		assertThat(field(() -> meeting.correct(mentorship, Party.MENTEE, details(TODAY.plusDays(1), 60), NOW, TODAY)))
			.isEqualTo("heldOn:meeting.heldOn.future");
	}

	@Test
	void aClosedMentorshipTakesNoMeetingNorCorrectionButAMeetingLoggedBeforeIsStillConfirmed() {
		var mentorship = started();
		var meeting = Meeting.log(mentorship, details(TODAY, 60), mentor, Party.MENTOR, NOW, TODAY);
		var other = Meeting.log(mentorship, details(TODAY, 60), mentor, Party.MENTOR, NOW, TODAY);
		mentorship.close(ClosureReason.COMPLETED, null, false, TODAY, null, coordinator, NOW, TODAY);
		assertThat(rule(() -> Meeting.log(mentorship, details(TODAY, 60), mentor, Party.MENTOR, NOW, TODAY)))
			.isEqualTo("mentorship.closed");
		assertThat(rule(() -> meeting.correct(mentorship, Party.MENTEE, details(TODAY, 30), NOW, TODAY)))
			.isEqualTo("mentorship.closed");
		other.confirm(Party.MENTEE, NOW);
		assertThat(other.confirmedAt()).isEqualTo(NOW);
	}

	@Test
	void aMeetingIsCorrectedOnlyWithinItsOwnMentorship() {
		var meeting = Meeting.log(started(), details(TODAY, 60), mentor, Party.MENTOR, NOW, TODAY);
		assertThatThrownBy(() -> meeting.correct(started(), Party.MENTEE, details(TODAY, 30), NOW, TODAY))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
