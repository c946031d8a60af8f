package org.passerelle.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.Fixtures;
import org.passerelle.MovableClock;
import org.passerelle.core.Language;
import org.passerelle.core.NotFoundException;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.matching.MatchStatus;
import org.passerelle.matching.MatchingFixtures;
import org.passerelle.matching.Proposals;
import org.passerelle.matching.MentoringAgreements;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.MeetingCadence;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The life of a mentorship (R-MEN-1 to R-MEN-5, R-MEN-7): meetings logged and confirmed, the
 * cadence as weeks go by, pauses, extensions, closure — on a clock the test moves.
 */
@IntegrationTest
class MentorshipTests {

	@Autowired
	MentorshipManagement mentorships;

	@Autowired
	Meetings meetings;

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
	MockMvc mvc;

	Pair pair(ProgramRules rules) {
		var f = MatchingFixtures.create(new Fixtures(organisations, users), programs, participants,
				MatchingFixtures.weights(100, 0, 0, 0), rules, Set.of(Language.FR, Language.EN));
		return Pair.agreed(f, proposals, agreements, mentorships, today());
	}

	static ProgramRules everyTwoWeeks() {
		return ProgramRules.builder()
			.durationWeeks(12)
			.meetingCadence(MeetingCadence.EVERY_TWO_WEEKS)
			.minimumMeetingMinutes(60)
			.extensionAllowed(true)
			.build();
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	static MeetingDetails meeting(LocalDate on, int minutes) {
		return new MeetingDetails(on, minutes, MeetingMode.VIDEO, Set.of(), null, null);
	}

	@Test
	void theSignedAgreementStartsTheMentorshipForBothAndTheCoordinator() {
		var pair = pair(everyTwoWeeks());
		var seenByMentor = mentorships.find(pair.asMentor(), pair.mentorship());
		assertThat(seenByMentor.status()).isEqualTo(MentorshipStatus.ACTIVE);
		assertThat(seenByMentor.startedOn()).isEqualTo(today());
		assertThat(seenByMentor.plannedEnd()).isEqualTo(today().plusWeeks(12));
		assertThat(seenByMentor.viewer()).isEqualTo(Party.MENTOR);
		assertThat(mentorships.find(pair.asMentee(), pair.mentorship()).viewer()).isEqualTo(Party.MENTEE);
		assertThat(mentorships.find(pair.coordinator(), pair.mentorship()).viewer()).isEqualTo(Party.COORDINATOR);
		assertThat(mentorships.mine(pair.asMentor())).extracting(MentorshipSummary::id).containsExactly(pair.mentorship());
		assertThat(mentorships.dashboard(pair.coordinator())).extracting(MentorshipSummary::id)
			.containsExactly(pair.mentorship());
	}

	@Test
	void nobodyOutsideThePairAndItsCoordinatorsFindsTheMentorship() {
		var pair = pair(everyTwoWeeks());
		var other = pair(everyTwoWeeks());
		assertThatThrownBy(() -> mentorships.find(other.asMentee(), pair.mentorship()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> mentorships.find(other.coordinator(), pair.mentorship()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> meetings.log(other.asMentor(), pair.mentorship(), meeting(today(), 60)))
			.isInstanceOf(NotFoundException.class);
		var referrer = pair.program().fixtures().user(Role.REFERRAL_PARTNER, pair.program().lead());
		assertThatThrownBy(() -> mentorships.find(new Actor(referrer.id(), referrer.email(), Role.REFERRAL_PARTNER,
				pair.program().lead()), pair.mentorship())).isInstanceOf(NotFoundException.class);
		assertThat(mentorships.dashboard(other.coordinator())).extracting(MentorshipSummary::id)
			.doesNotContain(pair.mentorship());
	}

	@Test
	void aMeetingLoggedByOneIsConfirmedByTheOtherAndPrivateNotesStayWithTheirWriter() {
		var pair = pair(everyTwoWeeks());
		clock.advance(Duration.ofDays(3));
		var logged = meetings.log(pair.asMentor(), pair.mentorship(), new MeetingDetails(today().minusDays(1),
				75, MeetingMode.IN_PERSON, Set.of(MeetingTheme.values()[0]), "CV revu ensemble", "Awa semble inquiète"));
		var meeting = logged.meetings().get(0);
		assertThat(meeting.privateNote()).isEqualTo("Awa semble inquiète");
		assertThat(meeting.loggedAs()).isEqualTo(Party.MENTOR);
		assertThat(meeting.awaitsReader()).isFalse();

		var menteeView = mentorships.find(pair.asMentee(), pair.mentorship()).meetings().get(0);
		assertThat(menteeView.sharedNote()).isEqualTo("CV revu ensemble");
		assertThat(menteeView.privateNote()).isNull();
		assertThat(menteeView.awaitsReader()).isTrue();
		assertThat(mentorships.find(pair.coordinator(), pair.mentorship()).meetings().get(0).privateNote()).isNull();

		assertThatThrownBy(() -> meetings.confirm(pair.asMentor(), meeting.id(), meeting.version()))
			.as("the one who logged it does not confirm it")
			.hasFieldOrPropertyWithValue("messageCode", "meeting.otherParty");
		var confirmed = meetings.confirm(pair.asMentee(), meeting.id(), menteeView.version());
		assertThat(confirmed.meetings().get(0).confirmedAt()).isNotNull();
		assertThat(confirmed.meetings().get(0).awaitsReader()).isFalse();
		assertThat(confirmed.cadence().meetingsDone()).isEqualTo(1);
		// 75 minutes, rounded down as the completion reads them
		assertThat(confirmed.cadence().hoursDone()).isEqualTo(1.2);
	}

	@Test
	void aCorrectionAsOfAnOlderVersionIsRefusedAndOverwritesNothing() {
		var pair = pair(everyTwoWeeks());
		clock.advance(Duration.ofDays(2));
		var meeting = meetings.log(pair.asMentee(), pair.mentorship(), meeting(today(), 60)).meetings().get(0);
		var corrected = meetings.correct(pair.asMentor(), meeting.id(), meeting.version(),
				new MeetingDetails(today(), 90, MeetingMode.PHONE, Set.of(), "Plutôt 90 minutes", null));
		assertThat(corrected.meetings().get(0).minutes()).isEqualTo(90);
		assertThat(corrected.meetings().get(0).corrected()).isTrue();
		assertThatThrownBy(() -> meetings.correct(pair.coordinator(), meeting.id(), meeting.version(),
				new MeetingDetails(today(), 30, MeetingMode.PHONE, Set.of(), null, null)))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);
		assertThat(mentorships.find(pair.asMentee(), pair.mentorship()).meetings().get(0).minutes()).isEqualTo(90);
	}

	@Test
	void aMeetingInTheFutureBeforeTheStartOrOfAbsurdLengthIsRefused() {
		var pair = pair(everyTwoWeeks());
		assertThatThrownBy(() -> meetings.log(pair.asMentee(), pair.mentorship(), meeting(today().plusDays(1), 60)))
			.hasFieldOrPropertyWithValue("messageCode", "meeting.heldOn.future");
		assertThatThrownBy(() -> meetings.log(pair.asMentee(), pair.mentorship(), meeting(today().minusDays(1), 60)))
			.hasFieldOrPropertyWithValue("messageCode", "meeting.heldOn.beforeStart");
		assertThatThrownBy(() -> meetings.log(pair.asMentee(), pair.mentorship(), meeting(today(), 0)))
			.hasFieldOrPropertyWithValue("messageCode", "meeting.minutes.range");
		assertThatThrownBy(() -> meetings.log(pair.asMentee(), pair.mentorship(), meeting(today(), -30)))
			.hasFieldOrPropertyWithValue("messageCode", "meeting.minutes.range");
		assertThatThrownBy(() -> meetings.log(pair.asMentee(), pair.mentorship(), meeting(today(), 721)))
			.hasFieldOrPropertyWithValue("messageCode", "meeting.minutes.range");
		assertThatThrownBy(() -> meetings.log(pair.asMentee(), pair.mentorship(),
				new MeetingDetails(today(), 60, null, Set.of(), null, null)))
			.hasFieldOrPropertyWithValue("messageCode", "meeting.mode.required");
		assertThat(mentorships.find(pair.asMentee(), pair.mentorship()).meetings()).isEmpty();
	}

	@Test
	void theCadenceSaysWhoFallsBehindAndTheDashboardListsThemFirst() throws Exception {
		var steady = pair(everyTwoWeeks());
		var lagging = pair(everyTwoWeeks());
		for (int fortnight = 1; fortnight <= 3; fortnight++) {
			clock.advance(Duration.ofDays(14));
			meetings.log(steady.asMentor(), steady.mentorship(), meeting(today(), 60));
		}
		meetings.log(lagging.asMentor(), lagging.mentorship(), meeting(today().minusDays(34), 60));
		var onTrack = mentorships.find(steady.coordinator(), steady.mentorship()).cadence();
		assertThat(onTrack.standing()).isEqualTo(Standing.ON_TRACK);
		assertThat(onTrack.meetingsDone()).isEqualTo(3);
		assertThat(onTrack.meetingsDue()).isEqualTo(3);
		assertThat(onTrack.nextMeetingBy()).isEqualTo(today().plusWeeks(2));

		var behind = mentorships.find(lagging.coordinator(), lagging.mentorship()).cadence();
		assertThat(behind.standing()).isEqualTo(Standing.OVERDUE);
		assertThat(behind.meetingsDone()).isEqualTo(1);
		assertThat(behind.meetingsDue()).isEqualTo(3);
		assertThat(behind.why()).contains("cadence.why.meetings", "cadence.why.quiet");
		mvc.perform(get("/api/mentorships/{id}", lagging.mentorship().value())
			.with(httpBasic(lagging.coordinator().email(), Fixtures.PASSWORD))
			.header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cadence.why[0]").value("Moins de rencontres que le rythme du programme ne le demande"))
			.andExpect(jsonPath("$.cadence.rhythmWeeks").value(2));

		clock.advance(Duration.ofDays(14));
		assertThat(mentorships.find(steady.coordinator(), steady.mentorship()).cadence().standing())
			.as("one meeting short of four, not yet quiet for a month").isEqualTo(Standing.BEHIND);
	}

	@Test
	void aMeetingUnderTheProgramsMinimumCountsItsHoursButNotAsAMeeting() {
		var pair = pair(everyTwoWeeks());
		clock.advance(Duration.ofDays(15));
		var view = meetings.log(pair.asMentor(), pair.mentorship(), meeting(today(), 30));
		assertThat(view.cadence().meetingsDone()).isZero();
		assertThat(view.cadence().hoursDone()).isEqualTo(0.5);
		assertThat(view.cadence().standing()).isEqualTo(Standing.BEHIND);
	}

	@Test
	void aPauseStopsTheClockAndPushesTheEndBack() {
		var pair = pair(everyTwoWeeks());
		var start = today();
		clock.advance(Duration.ofDays(7));
		var version = mentorships.find(pair.asMentee(), pair.mentorship()).version();
		var paused = mentorships.pause(pair.asMentee(), pair.mentorship(), version, today(), "Vacances");
		assertThat(paused.status()).isEqualTo(MentorshipStatus.PAUSED);
		assertThat(paused.cadence().standing()).isEqualTo(Standing.PAUSED);
		assertThatThrownBy(() -> mentorships.pause(pair.asMentor(), pair.mentorship(), paused.version(), today(), null))
			.hasFieldOrPropertyWithValue("messageCode", "mentorship.status.active");

		clock.advance(Duration.ofDays(21));
		assertThatThrownBy(() -> mentorships.resume(pair.asMentor(), pair.mentorship(), paused.version(),
				today().plusDays(3))).hasFieldOrPropertyWithValue("messageCode", "mentorship.resume.future");
		var resumed = mentorships.resume(pair.asMentor(), pair.mentorship(), paused.version(), today());
		assertThat(resumed.status()).isEqualTo(MentorshipStatus.ACTIVE);
		assertThat(resumed.pausedDays()).isEqualTo(21);
		assertThat(resumed.plannedEnd()).isEqualTo(start.plusWeeks(12).plusDays(21));
		assertThat(resumed.cadence().meetingsDue()).as("one active fortnight is not over yet").isZero();
		assertThat(resumed.changes()).extracting(MentorshipView.ChangeView::kind)
			.containsSubsequence("STARTED", "PAUSED", "RESUMED");
		assertThat(resumed.changes()).filteredOn(change -> change.kind().equals("PAUSED"))
			.extracting(MentorshipView.ChangeView::note).containsExactly("Vacances");
	}

	@Test
	void anExtensionTakesBothOfThePair() {
		var pair = pair(everyTwoWeeks());
		var start = today();
		var version = mentorships.find(pair.asMentee(), pair.mentorship()).version();
		assertThatThrownBy(() -> mentorships.requestExtension(pair.coordinator(), pair.mentorship(), version, 4, null))
			.hasFieldOrPropertyWithValue("messageCode", "mentorship.extension.pair");
		assertThatThrownBy(() -> mentorships.requestExtension(pair.asMentee(), pair.mentorship(), version, 0, null))
			.hasFieldOrPropertyWithValue("messageCode", "mentorship.extension.weeks");
		var asked = mentorships.requestExtension(pair.asMentee(), pair.mentorship(), version, 4, "Entrevues à venir");
		assertThat(asked.extensionRequestedBy()).isEqualTo(Party.MENTEE);
		assertThatThrownBy(() -> mentorships.agreeToExtension(pair.asMentee(), pair.mentorship(), asked.version()))
			.hasFieldOrPropertyWithValue("messageCode", "mentorship.extension.otherParty");
		var extended = mentorships.agreeToExtension(pair.asMentor(), pair.mentorship(), asked.version());
		assertThat(extended.extendedWeeks()).isEqualTo(4);
		assertThat(extended.extensionRequestedBy()).isNull();
		assertThat(extended.plannedEnd()).isEqualTo(start.plusWeeks(16));
	}

	@Test
	void aProgramWithoutExtensionsRefusesThem() {
		var pair = pair(ProgramRules.builder().durationWeeks(16).build());
		var version = mentorships.find(pair.asMentee(), pair.mentorship()).version();
		assertThatThrownBy(() -> mentorships.requestExtension(pair.asMentee(), pair.mentorship(), version, 4, null))
			.hasFieldOrPropertyWithValue("messageCode", "mentorship.extension.notAllowed");
	}

	@Test
	void closureRecordsEmploymentFreesTheMentorAndEndsTheLogging() {
		var pair = pair(everyTwoWeeks());
		clock.advance(Duration.ofDays(30));
		var version = mentorships.find(pair.asMentee(), pair.mentorship()).version();
		assertThatThrownBy(() -> mentorships.close(pair.asMentor(), pair.mentorship(), version, ClosureReason.EMPLOYED,
				EmploymentStatus.EMPLOYED_IN_FIELD, false, today().plusDays(1), null))
			.hasFieldOrPropertyWithValue("messageCode", "mentorship.close.future");
		assertThatThrownBy(() -> mentorships.close(pair.asMentor(), pair.mentorship(), version, null, null, false, null,
				null))
			.hasFieldOrPropertyWithValue("messageCode", "mentorship.close.reason.required");
		assertThatThrownBy(() -> mentorships.close(pair.asMentor(), pair.mentorship(), version, ClosureReason.EMPLOYED,
				EmploymentStatus.SEEKING, false, today(), null))
			.as("closed because employed, the employment says so")
			.hasFieldOrPropertyWithValue("messageCode", "mentorship.close.employment.employed");
		var closed = mentorships.close(pair.asMentor(), pair.mentorship(), version, ClosureReason.EMPLOYED,
				EmploymentStatus.EMPLOYED_IN_FIELD, false, today(), "Awa est embauchée comme ingénieure");
		assertThat(closed.status()).isEqualTo(MentorshipStatus.CLOSED);
		assertThat(closed.closedOn()).isEqualTo(today());
		assertThat(closed.employmentAtClosure()).isEqualTo(EmploymentStatus.EMPLOYED_IN_FIELD);
		assertThat(closed.cadence().standing()).isEqualTo(Standing.CLOSED);
		assertThat(proposals.mine(pair.asMentor())).singleElement()
			.satisfies(match -> assertThat(match.status()).isEqualTo(MatchStatus.ENDED));

		assertThatThrownBy(() -> meetings.log(pair.asMentee(), pair.mentorship(), meeting(today(), 60)))
			.hasFieldOrPropertyWithValue("messageCode", "mentorship.closed");
		assertThatThrownBy(() -> mentorships.pause(pair.asMentee(), pair.mentorship(), closed.version(), today(), null))
			.hasFieldOrPropertyWithValue("messageCode", "mentorship.status.active");
		assertThatThrownBy(() -> mentorships.close(pair.asMentee(), pair.mentorship(), closed.version(),
				ClosureReason.COMPLETED, null, false, today(), null))
			.hasFieldOrPropertyWithValue("messageCode", "mentorship.closed");
	}

	@Test
	void placementHoursAreLoggedByWeekAgainstTheAgreedSchedule() {
		var pair = pair(ProgramRules.builder().durationWeeks(12).weeklyPlacementHours(12).targetContactHours(144).build());
		clock.advance(Duration.ofDays(21));
		var monday = today().with(java.time.DayOfWeek.MONDAY);
		mentorships.logPlacementWeek(pair.asMentee(), pair.mentorship(), monday.minusWeeks(2), new BigDecimal("12"),
				new BigDecimal("12"));
		mentorships.logPlacementWeek(pair.asMentor(), pair.mentorship(), monday.minusWeeks(1).plusDays(2),
				new BigDecimal("10.5"), null);
		var view = mentorships.logPlacementWeek(pair.asMentee(), pair.mentorship(), monday, new BigDecimal("8"), null);
		assertThat(view.placementWeeks()).extracting(MentorshipView.PlacementWeek::weekStart)
			.contains(monday.minusWeeks(1));
		assertThat(view.placementWeeks()).filteredOn(week -> week.weekStart().equals(monday.minusWeeks(2)))
			.extracting(MentorshipView.PlacementWeek::agreedHours).containsExactly(new BigDecimal("12.00"));
		assertThat(view.cadence().hoursDone()).isEqualTo(30.5);
		assertThat(view.cadence().hoursDue()).isEqualTo(36.0);
		assertThat(view.cadence().standing()).isEqualTo(Standing.ON_TRACK);
		assertThatThrownBy(() -> mentorships.logPlacementWeek(pair.asMentee(), pair.mentorship(), monday.plusWeeks(1),
				BigDecimal.TEN, null))
			.hasFieldOrPropertyWithValue("messageCode", "placement.week.outside");
		assertThatThrownBy(() -> mentorships.logPlacementWeek(pair.asMentee(), pair.mentorship(), monday,
				new BigDecimal("81"), null))
			.hasFieldOrPropertyWithValue("messageCode", "placement.hours.range");
	}
}
