package org.passerelle.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.core.Refusals.field;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.UserId;
import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;

/**
 * The rules of an event on their own, without Spring: who answers when, within what capacity,
 * and when attendance may be taken or the event cancelled.
 */
class ActivityRulesTests {

	static final Instant START = Instant.parse("2027-01-14T23:00:00Z");

	final ParticipantId amina = new ParticipantId(UUID.randomUUID());

	final ParticipantId marc = new ParticipantId(UUID.randomUUID());

	static final ZoneId ZONE = ZoneId.of("America/Toronto");

	static final LocalDateTime LOCAL_START = LocalDateTime.ofInstant(START, ZONE);

	static ActivityDetails details(Integer minutes, LocalDateTime endsAt, Boolean mandatory, Integer capacity) {
		return new ActivityDetails(ActivityKind.PEER_SUPPORT, " Pairs ", null, LOCAL_START, minutes, endsAt, " ",
				mandatory, capacity);
	}

	static Activity event(Integer capacity) {
		return Activity.schedule(new ProgramId(UUID.randomUUID()), null, details(90, null, true, capacity), START, false,
				new UserId(UUID.randomUUID()), START.minus(Duration.ofDays(30)));
	}

	static RuleViolationException broken(Runnable action) {
		try {
			action.run();
		}
		catch (RuleViolationException ex) {
			return ex;
		}
		throw new AssertionError("no rule broken");
	}

	@Test
	void aNewEventIsScheduledWithItsTextTidied() {
		var event = event(null);
		assertThat(event.status()).isEqualTo(ActivityStatus.SCHEDULED);
		assertThat(event.title()).isEqualTo("Pairs");
		assertThat(event.place()).isNull();
		assertThat(event.endsAt()).isEqualTo(START.plus(Duration.ofMinutes(90)));
	}

	@Test
	void invitingTwiceKeepsTheFirstInvitationAndItsAnswer() {
		var event = event(null);
		assertThat(event.invite(List.of(amina), START.minusSeconds(100), "Mentorat", ZONE)).containsExactly(amina);
		event.answer(amina, InvitationAnswer.ATTENDING, START.minusSeconds(50));
		assertThat(event.invite(List.of(amina, marc), START.minusSeconds(10), "Mentorat", ZONE)).containsExactly(marc);
		assertThat(event.invitationOf(amina).answer()).isEqualTo(InvitationAnswer.ATTENDING);
		assertThat(event.invitationOf(amina).invitedAt()).isEqualTo(START.minusSeconds(100));
	}

	@Test
	void answersStayWithinTheCapacityAndCloseWhenTheEventStarts() {
		var event = event(1);
		event.invite(List.of(amina), START.minusSeconds(100), "Mentorat", ZONE);
		event.invite(List.of(marc), START.minusSeconds(100), "Mentorat", ZONE);
		event.answer(amina, InvitationAnswer.ATTENDING, START.minusSeconds(60));
		// saying it again does not take a second place
		event.answer(amina, InvitationAnswer.ATTENDING, START.minusSeconds(59));
		assertThat(broken(() -> event.answer(marc, InvitationAnswer.ATTENDING, START.minusSeconds(50))).messageCode())
			.isEqualTo("activity.full");
		event.answer(marc, InvitationAnswer.NOT_ATTENDING, START.minusSeconds(50));
		assertThat(event.attending()).isEqualTo(1);
		assertThat(broken(() -> event.answer(amina, InvitationAnswer.NOT_ATTENDING, START)).messageCode())
			.isEqualTo("activity.answer.closed");
		var stranger = new ParticipantId(UUID.randomUUID());
		assertThat(broken(() -> event.answer(stranger, InvitationAnswer.ATTENDING, START.minusSeconds(1))).messageCode())
			.isEqualTo("activity.answer.notInvited");
	}

	@Test
	void attendanceNeedsAStartedEventAndAMarkForEveryoneInvited() {
		var event = event(null);
		assertThat(broken(() -> event.takeAttendance(Map.of(), START)).messageCode())
			.isEqualTo("activity.attendance.nobodyInvited");
		event.invite(List.of(amina), START.minusSeconds(100), "Mentorat", ZONE);
		event.invite(List.of(marc), START.minusSeconds(100), "Mentorat", ZONE);
		var both = Map.of(amina, Attendance.PRESENT, marc, Attendance.ABSENT);
		assertThat(broken(() -> event.takeAttendance(both, START.minusSeconds(1))).messageCode())
			.isEqualTo("activity.attendance.future");
		assertThatThrownBy(() -> event.takeAttendance(Map.of(amina, Attendance.PRESENT), START))
			.isInstanceOfSatisfying(InvalidFieldException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("activity.attendance.incomplete"));
		assertThat(event.status()).isEqualTo(ActivityStatus.SCHEDULED);
		assertThat(event.invitationOf(amina).attendance()).isNull();

		event.takeAttendance(both, START);
		assertThat(event.status()).isEqualTo(ActivityStatus.HELD);
		event.takeAttendance(Map.of(marc, Attendance.EXCUSED), START.plusSeconds(3600));
		assertThat(event.invitationOf(amina).attendance()).isEqualTo(Attendance.PRESENT);
		assertThat(event.invitationOf(marc).attendance()).isEqualTo(Attendance.EXCUSED);
		assertThat(broken(() -> event.cancel("Trop tard", START, "Mentorat", ZONE)).messageCode()).isEqualTo("activity.cancel.held");
		assertThat(broken(() -> event.invite(List.of(new ParticipantId(UUID.randomUUID())), START, "Mentorat", ZONE)).messageCode())
			.isEqualTo("activity.invite.notScheduled");
	}

	@Test
	void aCancelledEventNeedsAReasonTakesNoAttendanceAndNoAnswer() {
		var event = event(null);
		event.invite(List.of(amina), START.minusSeconds(100), "Mentorat", ZONE);
		assertThatThrownBy(() -> event.cancel("  ", START.minusSeconds(10), "Mentorat", ZONE)).isInstanceOf(InvalidFieldException.class);
		event.cancel(" Tempête ", START.minusSeconds(10), "Mentorat", ZONE);
		assertThat(event.cancellationReason()).isEqualTo("Tempête");
		assertThat(broken(() -> event.takeAttendance(Map.of(amina, Attendance.PRESENT), START)).messageCode())
			.isEqualTo("activity.attendance.cancelled");
		assertThat(broken(() -> event.answer(amina, InvitationAnswer.ATTENDING, START.minusSeconds(10))).messageCode())
			.isEqualTo("activity.answer.closed");
		assertThat(broken(() -> event.cancel("Encore", START.minusSeconds(5), "Mentorat", ZONE)).messageCode()).isEqualTo("activity.cancel.already");
	}

	@Test
	void schedulingChecksWhatTheCoordinatorSaysOfTheEvent() {
		var program = new ProgramId(UUID.randomUUID());
		var by = new UserId(UUID.randomUUID());
		assertThat(field(() -> Activity.schedule(program, null, new ActivityDetails(null, "T", null, LOCAL_START, 60, null,
				null, null, null), START, false, by, START))).isEqualTo("kind:activity.kind.required");
		assertThat(field(() -> Activity.schedule(program, null, new ActivityDetails(ActivityKind.PEER_SUPPORT, " ", null,
				LOCAL_START, 60, null, null, null, null), START, false, by, START))).isEqualTo("title:activity.title.required");
		assertThat(field(() -> Activity.schedule(program, null, new ActivityDetails(ActivityKind.PEER_SUPPORT, "x".repeat(201),
				null, LOCAL_START, 60, null, null, null, null), START, false, by, START))).isEqualTo("title:field.tooLong");
		assertThat(field(() -> Activity.schedule(program, null, new ActivityDetails(ActivityKind.PEER_SUPPORT, "T", null,
				null, 60, null, null, null, null), null, false, by, START))).isEqualTo("startsAt:activity.startsAt.required");
		assertThat(field(() -> Activity.schedule(program, null, details(null, null, null, null), START, false, by, START)))
			.isEqualTo("durationMinutes:activity.duration.required");
		assertThat(field(() -> Activity.schedule(program, null, details(0, null, null, null), START, false, by, START)))
			.isEqualTo("durationMinutes:activity.duration.positive");
		assertThat(field(() -> Activity.schedule(program, null, details(24 * 60 + 1, null, null, null), START, false, by,
				START))).isEqualTo("durationMinutes:activity.duration.max");
		assertThat(field(() -> Activity.schedule(program, null, details(null, LOCAL_START, null, null), START, false, by,
				START))).isEqualTo("endsAt:activity.end.beforeStart");
		assertThat(field(() -> Activity.schedule(program, null, details(30, LOCAL_START.plusHours(1), null, null), START,
				false, by, START))).isEqualTo("durationMinutes:activity.end.mismatch");
		assertThat(field(() -> Activity.schedule(program, null, details(60, null, null, 0), START, false, by, START)))
			.isEqualTo("capacity:activity.capacity.positive");
	}

	@Test
	void anEndInsteadOfADurationGivesTheLengthAndPeerSupportFollowsTheProgramUnlessTold() {
		var program = new ProgramId(UUID.randomUUID());
		var by = new UserId(UUID.randomUUID());
		var byEnd = Activity.schedule(program, null, details(null, LOCAL_START.plusMinutes(75), null, null), START, true,
				by, START);
		assertThat(byEnd.durationMinutes()).isEqualTo(75);
		assertThat(byEnd.mandatory()).isTrue();
		assertThat(Activity.schedule(program, null, details(60, null, null, null), START, false, by, START).mandatory())
			.isFalse();
		assertThat(Activity.schedule(program, null, details(60, null, false, null), START, true, by, START).mandatory())
			.isFalse();
		var workshop = new ActivityDetails(ActivityKind.WORKSHOP, "Atelier", null, LOCAL_START, 60, null, null, null,
				null);
		assertThat(Activity.schedule(program, null, workshop, START, true, by, START).mandatory()).isFalse();
	}

	@Test
	void peopleInvitedToAnEventToComeAreToldOnceAndNotAfterItStarted() {
		var event = event(null);
		event.invite(List.of(amina, marc), START.minusSeconds(100), "Mentorat", ZONE);
		event.invite(List.of(amina), START.minusSeconds(90), "Mentorat", ZONE);
		assertThat(event.events()).containsExactly(new ActivityEvents.PeopleInvited(event.id(), event.program(),
				"Mentorat", "Pairs", LOCAL_START, List.of(amina, marc)));
		var late = new ParticipantId(UUID.randomUUID());
		assertThat(event.invite(List.of(late), START, "Mentorat", ZONE)).containsExactly(late);
		assertThat(event.events()).hasSize(1);
	}

	@Test
	void cancellingAnEventToComeTellsThePeopleInvitedButNotOneAlreadyStartedNorOneWithNobody() {
		var event = event(null);
		event.invite(List.of(amina), START.minusSeconds(100), "Mentorat", ZONE);
		event.cancel(" Tempête ", START.minusSeconds(10), "Mentorat", ZONE);
		assertThat(event.events()).hasSize(2).last().isEqualTo(new ActivityEvents.ActivityCancelled(event.id(), event.program(),
				"Mentorat", "Pairs", LOCAL_START, "Tempête", List.of(amina)));

		var started = event(null);
		started.invite(List.of(amina), START.minusSeconds(100), "Mentorat", ZONE);
		started.cancel("Tempête", START, "Mentorat", ZONE);
		assertThat(started.events()).hasSize(1).first().isInstanceOf(ActivityEvents.PeopleInvited.class);

		var empty = event(null);
		empty.cancel("Tempête", START.minusSeconds(10), "Mentorat", ZONE);
		assertThat(empty.events()).isEmpty();
	}

	@Test
	void aCancellationReasonIsAtMostTwoThousandCharacters() {
		var event = event(null);
		assertThat(field(() -> event.cancel("x".repeat(2001), START, "Mentorat", ZONE))).isEqualTo("reason:field.tooLong");
		assertThat(event.status()).isEqualTo(ActivityStatus.SCHEDULED);
	}

	@Test
	void aChangeOnAnotherVersionThanTheOneStoredIsRefused() {
		var event = event(null);
		event.requireVersion(0);
		assertThatThrownBy(() -> event.requireVersion(3))
			.isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
	}
}
