package org.passerelle.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.Language;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.notification.Notifications;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Group sessions and events (R-MEN-6): their rules, series, invitations in each person's language,
 * answers, attendance, and the summary of mandatory attendance other modules read.
 */
@IntegrationTest
class ActivityTests {

	@Autowired
	Activities activities;

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
	Clock clock;

	ActivityFixtures placement() {
		return ActivityFixtures.placement(new Fixtures(organisations, users), programs, participants);
	}

	static ActivityDetails event(ActivityKind kind, String title, LocalDateTime start, Integer minutes, Boolean mandatory,
			Integer capacity) {
		return new ActivityDetails(kind, title, null, start, minutes, null, "1 rue Principale, Gatineau", mandatory,
				capacity);
	}

	LocalDateTime nextWeekAt(int hour) {
		return LocalDate.now(clock).plusWeeks(1).atTime(hour, 0);
	}

	LocalDateTime daysAgo(int days) {
		return LocalDate.now(clock).minusDays(days).atTime(9, 0);
	}

	@Test
	void peerSupportIsMandatoryByDefaultWhereTheProgramSaysGroupSessionsAre() {
		var f = placement();
		var peer = activities.schedule(f.coordinator(), f.program().id(),
				event(ActivityKind.PEER_SUPPORT, "Soutien", nextWeekAt(18), 90, null, null));
		var workshop = activities.schedule(f.coordinator(), f.program().id(),
				event(ActivityKind.WORKSHOP, "CV", nextWeekAt(18), 90, null, null));
		var optional = activities.schedule(f.coordinator(), f.program().id(),
				event(ActivityKind.PEER_SUPPORT, "Libre", nextWeekAt(18), 90, false, null));
		assertThat(peer.mandatory()).isTrue();
		assertThat(peer.status()).isEqualTo(ActivityStatus.SCHEDULED);
		assertThat(peer.endsAt()).isEqualTo(nextWeekAt(18).plusMinutes(90));
		assertThat(workshop.mandatory()).isFalse();
		assertThat(optional.mandatory()).isFalse();

		var basic = ActivityFixtures.basic(new Fixtures(organisations, users), programs, participants);
		assertThat(activities.schedule(basic.coordinator(), basic.program().id(),
				event(ActivityKind.PEER_SUPPORT, "Soutien", nextWeekAt(18), 90, null, null)).mandatory()).isFalse();
	}

	@Test
	void aSeriesFollowsTheProgramsRhythmAtTheSameTimeOfDay() {
		var f = placement();
		// from late February, across the change to daylight saving time in March
		var first = LocalDate.now(clock).plusYears(1).withMonth(2).withDayOfMonth(20).atTime(18, 30);
		var series = activities.scheduleSeries(f.coordinator(), f.program().id(),
				new ActivityDetails(null, "Rencontre des pairs", null, first, 120, null, "En ligne", null, null), null, 4);
		assertThat(series).extracting(ActivitySummary::startsAt)
			.containsExactly(first, first.plusWeeks(2), first.plusWeeks(4), first.plusWeeks(6));
		assertThat(series).allSatisfy(session -> {
			assertThat(session.kind()).isEqualTo(ActivityKind.PEER_SUPPORT);
			assertThat(session.mandatory()).isTrue();
			assertThat(session.startsAt().toLocalTime()).isEqualTo(LocalTime.of(18, 30));
		});
		assertThat(series.stream().map(session -> activities.find(f.coordinator(), session.id()).series()).distinct())
			.hasSize(1)
			.doesNotContainNull();

		var everyThree = activities.scheduleSeries(f.coordinator(), f.program().id(),
				new ActivityDetails(ActivityKind.WORKSHOP, "Atelier", null, first, 60, null, null, null, null), 3, 2);
		assertThat(everyThree).extracting(ActivitySummary::startsAt).containsExactly(first, first.plusWeeks(3));
		assertThat(everyThree).noneMatch(ActivitySummary::mandatory);

		var basic = ActivityFixtures.basic(new Fixtures(organisations, users), programs, participants);
		assertThatThrownBy(() -> activities.scheduleSeries(basic.coordinator(), basic.program().id(),
				new ActivityDetails(null, "Pairs", null, first, 60, null, null, null, null), null, 3))
			.isInstanceOfSatisfying(InvalidFieldException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("activity.series.everyWeeks.required"));
		assertThatThrownBy(() -> activities.scheduleSeries(f.coordinator(), f.program().id(),
				new ActivityDetails(null, "Pairs", null, first, 60, null, null, null, null), null, 0))
			.isInstanceOfSatisfying(InvalidFieldException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("activity.series.occurrences.range"));
	}

	@Test
	void invitationsReachEachPersonInTheirLanguageOnce() {
		var f = placement();
		var amina = f.person(Audience.MENTEE, "Amina", Language.FR);
		var noAccount = f.enrol(Audience.MENTEE, "Kofi");
		var marc = f.person(Audience.MENTOR, "Marc", Language.EN);
		var title = Fixtures.unique("Soutien");
		var start = LocalDate.now(clock).plusYears(1).withMonth(1).withDayOfMonth(14).atTime(18, 0);
		var session = activities.schedule(f.coordinator(), f.program().id(),
				event(ActivityKind.PEER_SUPPORT, title, start, 120, null, null));

		var invited = activities.invite(f.coordinator(), session.id(), session.version(), Set.of(Audience.MENTEE),
				List.of());
		assertThat(invited.invitations()).extracting(i -> i.participant()).containsExactlyInAnyOrder(amina.id(), noAccount);
		assertThat(notifications.list(amina.actor())).filteredOn(n -> n.title().contains(title))
			.singleElement()
			.satisfies(n -> {
				assertThat(n.title()).isEqualTo("Invitation : " + title);
				assertThat(n.body()).contains("14 janvier " + start.getYear(), f.program().name());
				assertThat(n.link()).isEqualTo("/activities/" + session.id());
			});
		assertThat(notifications.list(marc.actor())).noneMatch(n -> n.title().contains(title));
		assertThat(jdbc.sql("select count(*) from email_outbox where recipient = ? and subject like ?")
			.params(amina.user().email(), "%" + title + "%")
			.query(Integer.class)
			.single()).isEqualTo(1);

		var again = activities.invite(f.coordinator(), session.id(), invited.version(), Set.of(Audience.MENTEE, Audience.MENTOR),
				List.of(amina.id()));
		assertThat(again.invited()).isEqualTo(3);
		assertThat(notifications.list(amina.actor())).filteredOn(n -> n.title().contains(title)).hasSize(1);
		assertThat(notifications.list(marc.actor())).filteredOn(n -> n.title().contains(title))
			.singleElement()
			.satisfies(n -> {
				assertThat(n.title()).isEqualTo("You are invited: " + title);
				assertThat(n.body()).contains("January 14, " + start.getYear());
			});

		activities.cancel(f.coordinator(), session.id(), again.version(), "Salle indisponible");
		assertThat(notifications.list(marc.actor())).anyMatch(n -> n.title().equals("Cancelled: " + title)
				&& n.body().contains("Salle indisponible"));
		assertThat(notifications.list(amina.actor())).anyMatch(n -> n.title().equals("Annulé : " + title));
	}

	@Test
	void peopleOfAnotherProgramAreNotInvited() {
		var f = placement();
		var other = placement();
		var stranger = other.enrol(Audience.MENTEE, "Lina");
		var session = activities.schedule(f.coordinator(), f.program().id(),
				event(ActivityKind.WORKSHOP, "Atelier", nextWeekAt(10), 60, null, null));
		assertThatThrownBy(() -> activities.invite(f.coordinator(), session.id(), session.version(), Set.of(),
				List.of(stranger)))
			.isInstanceOfSatisfying(InvalidFieldException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("activity.invite.notInProgram"));
		assertThatThrownBy(() -> activities.invite(f.coordinator(), session.id(), session.version(), Set.of(), List.of()))
			.isInstanceOfSatisfying(InvalidFieldException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("activity.invite.nobody"));
	}

	@Test
	void theInvitedAnswerUntilTheEventStartsWithinItsCapacity() {
		var f = placement();
		var amina = f.person(Audience.MENTEE, "Amina", Language.FR);
		var marc = f.person(Audience.MENTOR, "Marc", Language.EN);
		var outsider = f.person(Audience.MENTEE, "Yara", Language.FR);
		var session = activities.schedule(f.coordinator(), f.program().id(),
				event(ActivityKind.NETWORKING, "5 à 7", nextWeekAt(17), 120, null, 1));
		activities.invite(f.coordinator(), session.id(), session.version(), Set.of(), List.of(amina.id(), marc.id()));

		var answered = activities.answer(amina.actor(), session.id(), InvitationAnswer.ATTENDING);
		assertThat(answered.mine().answer()).isEqualTo(InvitationAnswer.ATTENDING);
		assertThat(answered.attending()).isEqualTo(1);
		assertThat(answered.invitations()).isEmpty();
		assertThatThrownBy(() -> activities.answer(marc.actor(), session.id(), InvitationAnswer.ATTENDING))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.messageCode()).isEqualTo("activity.full"));
		activities.answer(amina.actor(), session.id(), InvitationAnswer.NOT_ATTENDING);
		assertThat(activities.answer(marc.actor(), session.id(), InvitationAnswer.ATTENDING).attending()).isEqualTo(1);

		assertThatThrownBy(() -> activities.answer(f.coordinator(), session.id(), InvitationAnswer.ATTENDING))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("activity.answer.notInvited"));
		assertThatThrownBy(() -> activities.answer(outsider.actor(), session.id(), InvitationAnswer.ATTENDING))
			.isInstanceOf(NotFoundException.class);

		var started = activities.schedule(f.coordinator(), f.program().id(),
				event(ActivityKind.NETWORKING, "Déjà commencé", LocalDateTime.now(clock).minusMinutes(5), 120, null, null));
		activities.invite(f.coordinator(), started.id(), started.version(), Set.of(), List.of(amina.id()));
		assertThatThrownBy(() -> activities.answer(amina.actor(), started.id(), InvitationAnswer.ATTENDING))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("activity.answer.closed"));
	}

	@Test
	void attendanceIsTakenForEveryoneInvitedOnceTheEventHasStartedAndNeverWhenCancelled() {
		var f = placement();
		var amina = f.person(Audience.MENTEE, "Amina", Language.FR);
		var kofi = f.enrol(Audience.MENTEE, "Kofi");
		var marc = f.person(Audience.MENTOR, "Marc", Language.EN);

		var future = activities.schedule(f.coordinator(), f.program().id(),
				event(ActivityKind.PEER_SUPPORT, "Bientôt", nextWeekAt(18), 60, null, null));
		future = activities.invite(f.coordinator(), future.id(), future.version(), Set.of(Audience.MENTEE), List.of());
		var futureId = future.id();
		var futureVersion = future.version();
		assertThatThrownBy(() -> activities.takeAttendance(f.coordinator(), futureId, futureVersion,
				Map.of(amina.id(), Attendance.PRESENT, kofi, Attendance.PRESENT)))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("activity.attendance.future"));

		var past = activities.schedule(f.coordinator(), f.program().id(),
				event(ActivityKind.PEER_SUPPORT, "Hier", daysAgo(1), 60, null, null));
		var invited = activities.invite(f.coordinator(), past.id(), past.version(), Set.of(Audience.MENTEE), List.of());
		assertThatThrownBy(() -> activities.takeAttendance(f.coordinator(), past.id(), invited.version(),
				Map.of(amina.id(), Attendance.PRESENT, kofi, Attendance.PRESENT, marc.id(), Attendance.PRESENT)))
			.isInstanceOfSatisfying(InvalidFieldException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("activity.attendance.notInvited"));
		assertThatThrownBy(() -> activities.takeAttendance(f.coordinator(), past.id(), invited.version(),
				Map.of(amina.id(), Attendance.PRESENT)))
			.isInstanceOfSatisfying(InvalidFieldException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("activity.attendance.incomplete"));
		assertThat(activities.find(f.coordinator(), past.id()).status()).isEqualTo(ActivityStatus.SCHEDULED);

		var held = activities.takeAttendance(f.coordinator(), past.id(), invited.version(),
				Map.of(amina.id(), Attendance.PRESENT, kofi, Attendance.EXCUSED));
		assertThat(held.status()).isEqualTo(ActivityStatus.HELD);
		assertThat(held.invitations()).extracting(i -> i.attendance())
			.containsExactlyInAnyOrder(Attendance.PRESENT, Attendance.EXCUSED);
		assertThat(activities.find(amina.actor(), past.id()).mine().attendance()).isEqualTo(Attendance.PRESENT);
		var corrected = activities.takeAttendance(f.coordinator(), past.id(), held.version(), Map.of(kofi, Attendance.ABSENT));
		assertThat(corrected.invitations()).extracting(i -> i.attendance())
			.containsExactlyInAnyOrder(Attendance.PRESENT, Attendance.ABSENT);
		assertThatThrownBy(() -> activities.cancel(f.coordinator(), past.id(), corrected.version(), "Trop tard"))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("activity.cancel.held"));
		assertThatThrownBy(() -> activities.invite(f.coordinator(), past.id(), corrected.version(), Set.of(Audience.MENTOR),
				List.of()))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("activity.invite.notScheduled"));

		var called = activities.schedule(f.coordinator(), f.program().id(),
				event(ActivityKind.WORKSHOP, "Annulé", daysAgo(2), 60, null, null));
		var calledInvited = activities.invite(f.coordinator(), called.id(), called.version(), Set.of(Audience.MENTEE),
				List.of());
		assertThatThrownBy(() -> activities.cancel(f.coordinator(), called.id(), calledInvited.version(), " "))
			.isInstanceOfSatisfying(InvalidFieldException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("activity.cancel.reason.required"));
		var cancelled = activities.cancel(f.coordinator(), called.id(), calledInvited.version(), "Tempête");
		assertThat(cancelled.status()).isEqualTo(ActivityStatus.CANCELLED);
		assertThat(cancelled.cancellationReason()).isEqualTo("Tempête");
		assertThatThrownBy(() -> activities.takeAttendance(f.coordinator(), called.id(), cancelled.version(),
				Map.of(amina.id(), Attendance.PRESENT, kofi, Attendance.PRESENT)))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("activity.attendance.cancelled"));
		assertThatThrownBy(() -> activities.cancel(f.coordinator(), called.id(), cancelled.version(), "Encore"))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("activity.cancel.already"));
	}

	@Test
	void theMandatoryAttendanceCountsOnlyHeldMandatorySessionsThePersonWasInvitedTo() {
		var f = placement();
		var amina = f.person(Audience.MENTEE, "Amina", Language.FR);
		var kofi = f.enrol(Audience.MENTEE, "Kofi");
		var series = activities.scheduleSeries(f.coordinator(), f.program().id(),
				new ActivityDetails(null, "Pairs", null, daysAgo(40), 120, null, null, null, null), null, 4);
		// three held, the fourth still to come
		assertThat(series.get(3).upcoming()).isTrue();
		var marks = List.of(Map.of(amina.id(), Attendance.PRESENT, kofi, Attendance.PRESENT),
				Map.of(amina.id(), Attendance.EXCUSED, kofi, Attendance.ABSENT),
				Map.of(amina.id(), Attendance.PRESENT, kofi, Attendance.ABSENT));
		for (int i = 0; i < 3; i++) {
			var session = series.get(i);
			var invited = activities.invite(f.coordinator(), session.id(), 0, Set.of(Audience.MENTEE), List.of());
			activities.takeAttendance(f.coordinator(), session.id(), invited.version(), marks.get(i));
		}
		activities.invite(f.coordinator(), series.get(3).id(), 0, Set.of(Audience.MENTEE), List.of());
		var workshop = activities.schedule(f.coordinator(), f.program().id(),
				event(ActivityKind.WORKSHOP, "Optionnel", daysAgo(3), 60, null, null));
		var invitedToWorkshop = activities.invite(f.coordinator(), workshop.id(), workshop.version(),
				Set.of(Audience.MENTEE), List.of());
		activities.takeAttendance(f.coordinator(), workshop.id(), invitedToWorkshop.version(),
				Map.of(amina.id(), Attendance.ABSENT, kofi, Attendance.ABSENT));
		var cancelled = activities.schedule(f.coordinator(), f.program().id(),
				event(ActivityKind.PEER_SUPPORT, "Annulée", daysAgo(4), 60, null, null));
		var invitedToCancelled = activities.invite(f.coordinator(), cancelled.id(), cancelled.version(),
				Set.of(Audience.MENTEE), List.of());
		activities.cancel(f.coordinator(), cancelled.id(), invitedToCancelled.version(), "Tempête");

		assertThat(activities.mandatoryAttendance(amina.id(), f.program().id()))
			.isEqualTo(new MandatoryAttendance(amina.id(), f.program().id(), 3, 2, 1, 0, List.of()));
		var kofis = activities.mandatoryAttendance(kofi, f.program().id());
		assertThat(kofis).usingRecursiveComparison().ignoringFields("missedSessions")
			.isEqualTo(new MandatoryAttendance(kofi, f.program().id(), 3, 1, 0, 2, List.of()));
		assertThat(kofis.missedSessions()).as("the second and third sessions, by their ids and days")
			.extracting(MandatoryAttendance.MissedSession::activity, MandatoryAttendance.MissedSession::on)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(series.get(1).id(),
							series.get(1).startsAt().toLocalDate()),
					org.assertj.core.groups.Tuple.tuple(series.get(2).id(), series.get(2).startsAt().toLocalDate()));
		assertThat(kofis.noneMissed()).isFalse();
		assertThat(activities.mandatoryAttendance(amina.id(), f.program().id()).noneMissed()).isTrue();
		assertThat(activities.mandatoryAttendance(amina.id(), placement().program().id()).held()).isZero();

		assertThat(activities.mandatoryAttendance(amina.actor(), amina.id(), f.program().id()).attended()).isEqualTo(2);
		assertThat(activities.mandatoryAttendance(f.coordinator(), kofi, f.program().id()).missed()).isEqualTo(2);
		assertThatThrownBy(() -> activities.mandatoryAttendance(amina.actor(), kofi, f.program().id()))
			.isInstanceOf(NotFoundException.class);
		var stranger = new Fixtures(organisations, users).user(Role.COORDINATOR, f.lead());
		assertThatThrownBy(() -> activities.mandatoryAttendance(
				new Actor(stranger.id(), stranger.email(), Role.COORDINATOR, f.lead()), kofi, f.program().id()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void coordinatorsSeeTheirProgramsEventsToComeFirstAndTheInvitedOnlyTheirs() {
		var f = placement();
		var amina = f.person(Audience.MENTEE, "Amina", Language.FR);
		var past = activities.schedule(f.coordinator(), f.program().id(),
				event(ActivityKind.CONFERENCE, "Passée", daysAgo(10), 60, null, null));
		var later = activities.schedule(f.coordinator(), f.program().id(),
				event(ActivityKind.RECOGNITION, "Plus tard", nextWeekAt(18).plusWeeks(2), 60, null, null));
		var soon = activities.schedule(f.coordinator(), f.program().id(),
				event(ActivityKind.INTERVIEW_SIMULATION, "Bientôt", nextWeekAt(9), 60, null, null));
		activities.invite(f.coordinator(), soon.id(), soon.version(), Set.of(), List.of(amina.id()));

		assertThat(activities.list(f.coordinator())).extracting(ActivitySummary::id)
			.containsExactly(soon.id(), later.id(), past.id());
		assertThat(activities.list(amina.actor())).singleElement().satisfies(summary -> {
			assertThat(summary.id()).isEqualTo(soon.id());
			assertThat(summary.invitedMe()).isTrue();
			assertThat(summary.myAnswer()).isNull();
		});
		assertThatThrownBy(() -> activities.find(amina.actor(), later.id())).isInstanceOf(NotFoundException.class);
		var other = placement();
		assertThat(activities.list(other.coordinator())).isEmpty();
		assertThatThrownBy(() -> activities.find(other.coordinator(), soon.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> activities.schedule(other.coordinator(), f.program().id(),
				event(ActivityKind.WORKSHOP, "Intrus", nextWeekAt(9), 60, null, null)))
			.isInstanceOf(NotFoundException.class);
		assertThat(activities.find(amina.actor(), soon.id()).startsAt()).isEqualTo(nextWeekAt(9));
		assertThat(ChronoUnit.MINUTES.between(soon.startsAt(), soon.endsAt())).isEqualTo(60);
	}
}
