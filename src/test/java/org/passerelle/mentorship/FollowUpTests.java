package org.passerelle.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The coordinator's check-ins, due by the program's rhythm, and the difficulties the pair raises,
 * followed to their resolution (R-MEN-4).
 */
@IntegrationTest
class FollowUpTests {

	@Autowired
	FollowUp followUp;

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
	MovableClock clock;

	Pair pair() {
		var f = MatchingFixtures.create(new Fixtures(organisations, users), programs, participants,
				MatchingFixtures.weights(100, 0, 0, 0), ProgramRules.builder()
					.durationWeeks(16)
					.meetingCadence(MeetingCadence.EVERY_TWO_WEEKS)
					.checkInEveryWeeks(4)
					.build(),
				Set.of(Language.FR, Language.EN));
		return Pair.agreed(f, proposals, agreements, mentorships, today());
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	static CheckInDetails checkIn(Party party, LocalDate on, int satisfaction) {
		return new CheckInDetails(party, on, MeetingMode.PHONE, satisfaction, CheckInProgress.AS_PLANNED, true, false,
				"Tout va bien");
	}

	@Test
	void checkInsAreDueByTheProgramsRhythmWithEachOfThePair() {
		var pair = pair();
		var start = today();
		var due = followUp.of(pair.coordinator(), pair.mentorship()).checkInsDue();
		assertThat(due).extracting(FollowUpViews.CheckInDue::party).containsExactly(Party.MENTEE, Party.MENTOR);
		assertThat(due).allSatisfy(each -> {
			assertThat(each.dueOn()).isEqualTo(start.plusWeeks(4));
			assertThat(each.overdue()).isFalse();
		});
		assertThat(followUp.checkInsDue(pair.coordinator())).isEmpty();

		clock.advance(Duration.ofDays(29));
		assertThat(followUp.checkInsDue(pair.coordinator())).hasSize(2).allMatch(FollowUp.DueCheckIn::overdue);
		var recorded = followUp.recordCheckIn(pair.coordinator(), pair.mentorship(), checkIn(Party.MENTEE, today(), 4));
		assertThat(recorded.checkIns()).singleElement().satisfies(each -> {
			assertThat(each.party()).isEqualTo(Party.MENTEE);
			assertThat(each.satisfaction()).isEqualTo(4);
			assertThat(each.notes()).isEqualTo("Tout va bien");
		});
		assertThat(recorded.checkInsDue()).filteredOn(each -> each.party() == Party.MENTEE)
			.singleElement()
			.satisfies(each -> assertThat(each.dueOn()).isEqualTo(today().plusWeeks(4)));
		assertThat(followUp.checkInsDue(pair.coordinator())).singleElement().satisfies(each -> {
			assertThat(each.party()).isEqualTo(Party.MENTOR);
			assertThat(each.mentorship()).isEqualTo(pair.mentorship());
			assertThat(each.overdue()).isTrue();
		});
		assertThat(followUp.of(pair.asMentee(), pair.mentorship()).checkIns())
			.as("the evaluation is the coordinator's").isEmpty();
	}

	@Test
	void onlyTheCoordinatorRecordsACheckInAndBadInputIsRefused() {
		var pair = pair();
		clock.advance(Duration.ofDays(3));
		assertThatThrownBy(() -> followUp.recordCheckIn(pair.asMentee(), pair.mentorship(), checkIn(Party.MENTEE, today(), 4)))
			.hasFieldOrPropertyWithValue("messageCode", "checkIn.coordinatorOnly");
		assertThatThrownBy(() -> followUp.recordCheckIn(pair.coordinator(), pair.mentorship(), checkIn(Party.MENTEE, today(), 6)))
			.hasFieldOrPropertyWithValue("messageCode", "checkIn.satisfaction.range");
		assertThatThrownBy(() -> followUp.recordCheckIn(pair.coordinator(), pair.mentorship(),
				checkIn(Party.MENTOR, today().plusDays(1), 3)))
			.hasFieldOrPropertyWithValue("messageCode", "checkIn.heldOn.outside");
		assertThatThrownBy(() -> followUp.recordCheckIn(pair.coordinator(), pair.mentorship(),
				checkIn(Party.COORDINATOR, today(), 3)))
			.hasFieldOrPropertyWithValue("messageCode", "checkIn.party.required");
		var other = pair();
		assertThatThrownBy(() -> followUp.recordCheckIn(other.coordinator(), pair.mentorship(), checkIn(Party.MENTEE, today(), 3)))
			.isInstanceOf(NotFoundException.class);
		assertThat(followUp.of(pair.coordinator(), pair.mentorship()).checkIns()).isEmpty();
	}

	@Test
	void aDifficultyReachesTheCoordinatorAtOnceStaysHiddenFromTheOtherAndIsFollowedToResolution() {
		var pair = pair();
		var raised = followUp.raiseDifficulty(pair.asMentee(), pair.mentorship(), DifficultyKind.AVAILABILITY,
				"My mentor cancelled our last three meetings.");
		var difficulty = raised.difficulties().get(0);
		assertThat(difficulty.status()).isEqualTo(DifficultyStatus.OPEN);
		assertThat(difficulty.raisedAs()).isEqualTo(Party.MENTEE);
		assertThat(followUp.of(pair.asMentor(), pair.mentorship()).difficulties()).isEmpty();
		assertThat(followUp.openDifficulties(pair.coordinator())).extracting(FollowUpViews.DifficultyView::id)
			.containsExactly(difficulty.id());
		var told = Eventually.atLeast(1, () -> notifications.list(pair.coordinator()).stream()
			.filter(n -> n.title().equals("A difficulty is raised in " + pair.program().program().name()))
			.toList());
		assertThat(told).singleElement()
			.satisfies(n -> assertThat(n.body()).contains("Availability, missed meetings", "raised by: Mentee"));

		assertThatThrownBy(() -> followUp.resolveDifficulty(pair.asMentee(), difficulty.id(), difficulty.version(), "Fine"))
			.hasFieldOrPropertyWithValue("messageCode", "difficulty.coordinatorOnly");
		assertThatThrownBy(() -> followUp.resolveDifficulty(pair.asMentor(), difficulty.id(), difficulty.version(), "Fine"))
			.isInstanceOf(NotFoundException.class);
		var taken = followUp.followDifficulty(pair.coordinator(), difficulty.id(), difficulty.version(),
				"Appel au mentor prévu jeudi").difficulties().get(0);
		assertThat(taken.status()).isEqualTo(DifficultyStatus.IN_PROGRESS);
		assertThatThrownBy(() -> followUp.followDifficulty(pair.coordinator(), difficulty.id(), difficulty.version(), "x"))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);
		assertThatThrownBy(() -> followUp.resolveDifficulty(pair.coordinator(), difficulty.id(), taken.version(), " "))
			.hasFieldOrPropertyWithValue("messageCode", "difficulty.resolution.required");
		var resolved = followUp.resolveDifficulty(pair.coordinator(), difficulty.id(), taken.version(),
				"Nouvel horaire convenu : le mardi soir").difficulties().get(0);
		assertThat(resolved.status()).isEqualTo(DifficultyStatus.RESOLVED);
		assertThat(resolved.steps()).extracting(FollowUpViews.Step::status)
			.containsExactly(DifficultyStatus.IN_PROGRESS, DifficultyStatus.RESOLVED);
		assertThat(resolved.steps().get(1).note()).isEqualTo("Nouvel horaire convenu : le mardi soir");
		assertThat(followUp.openDifficulties(pair.coordinator())).isEmpty();
		assertThatThrownBy(() -> followUp.resolveDifficulty(pair.coordinator(), difficulty.id(), resolved.version(), "Encore"))
			.hasFieldOrPropertyWithValue("messageCode", "difficulty.resolved");
		assertThat(Eventually.atLeast(1, () -> notifications.list(pair.asMentee()).stream()
			.filter(n -> n.title().equals("The difficulty you raised is resolved"))
			.toList())).hasSize(1);
	}

	@Test
	void aDifficultyNeedsAKindAndADescription() {
		var pair = pair();
		assertThatThrownBy(() -> followUp.raiseDifficulty(pair.asMentor(), pair.mentorship(), null, "Something"))
			.hasFieldOrPropertyWithValue("messageCode", "difficulty.kind.required");
		assertThatThrownBy(() -> followUp.raiseDifficulty(pair.asMentor(), pair.mentorship(), DifficultyKind.OTHER, "  "))
			.hasFieldOrPropertyWithValue("messageCode", "difficulty.description.required");
		var other = pair();
		assertThatThrownBy(() -> followUp.raiseDifficulty(other.asMentor(), pair.mentorship(), DifficultyKind.OTHER, "x"))
			.isInstanceOf(NotFoundException.class);
		assertThat(followUp.of(pair.coordinator(), pair.mentorship()).difficulties()).isEmpty();
	}
}
