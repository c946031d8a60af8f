package org.passerelle.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
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

	static Activity event(Integer capacity) {
		return Activity.schedule(new ProgramId(UUID.randomUUID()), null, ActivityKind.PEER_SUPPORT, " Pairs ", null, START,
				90, " ", true, capacity, new UserId(UUID.randomUUID()), START.minus(Duration.ofDays(30)));
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
		assertThat(event.invite(amina, START.minusSeconds(100))).isTrue();
		event.answer(amina, InvitationAnswer.ATTENDING, START.minusSeconds(50));
		assertThat(event.invite(amina, START.minusSeconds(10))).isFalse();
		assertThat(event.invitationOf(amina).answer()).isEqualTo(InvitationAnswer.ATTENDING);
		assertThat(event.invitationOf(amina).invitedAt()).isEqualTo(START.minusSeconds(100));
	}

	@Test
	void answersStayWithinTheCapacityAndCloseWhenTheEventStarts() {
		var event = event(1);
		event.invite(amina, START.minusSeconds(100));
		event.invite(marc, START.minusSeconds(100));
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
		event.invite(amina, START.minusSeconds(100));
		event.invite(marc, START.minusSeconds(100));
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
		assertThat(broken(() -> event.cancel("Trop tard")).messageCode()).isEqualTo("activity.cancel.held");
		assertThat(broken(() -> event.invite(new ParticipantId(UUID.randomUUID()), START)).messageCode())
			.isEqualTo("activity.invite.notScheduled");
	}

	@Test
	void aCancelledEventNeedsAReasonTakesNoAttendanceAndNoAnswer() {
		var event = event(null);
		event.invite(amina, START.minusSeconds(100));
		assertThatThrownBy(() -> event.cancel("  ")).isInstanceOf(InvalidFieldException.class);
		event.cancel(" Tempête ");
		assertThat(event.cancellationReason()).isEqualTo("Tempête");
		assertThat(broken(() -> event.takeAttendance(Map.of(amina, Attendance.PRESENT), START)).messageCode())
			.isEqualTo("activity.attendance.cancelled");
		assertThat(broken(() -> event.answer(amina, InvitationAnswer.ATTENDING, START.minusSeconds(10))).messageCode())
			.isEqualTo("activity.answer.closed");
		assertThat(broken(() -> event.cancel("Encore")).messageCode()).isEqualTo("activity.cancel.already");
	}
}
