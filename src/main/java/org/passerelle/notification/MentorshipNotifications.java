package org.passerelle.notification;

import java.util.List;
import java.util.stream.Stream;

import org.passerelle.identity.Actor;
import org.passerelle.identity.UserId;
import org.passerelle.mentorship.MentorshipEvents.CheckInDue;
import org.passerelle.mentorship.MentorshipEvents.ClosureApproaching;
import org.passerelle.mentorship.MentorshipEvents.DifficultyRaised;
import org.passerelle.mentorship.MentorshipEvents.DifficultyResolved;
import org.passerelle.mentorship.MentorshipEvents.MeetingNotLogged;
import org.passerelle.mentorship.MentorshipEvents.MentorshipClosed;
import org.passerelle.participant.ParticipantId;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.program.ProgramManagement;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the coordinators at once when one of a pair raises a difficulty, and whoever raised it
 * when it is resolved; reminds the pair and the coordinators of a meeting not logged, a check-in
 * due, a planned end approaching — each to those who did not turn that reminder off; asks each of
 * the pair for their exit interview when the mentorship closes.
 */
@Component
class MentorshipNotifications {

	private final Notifications notifications;

	private final ProgramManagement programs;

	private final ParticipantDirectory participants;

	MentorshipNotifications(Notifications notifications, ProgramManagement programs,
			ParticipantDirectory participants) {
		this.notifications = notifications;
		this.programs = programs;
		this.participants = participants;
	}

	@ApplicationModuleListener
	void on(DifficultyRaised event) {
		var program = programs.find(Actor.system(), event.program());
		var arguments = new Object[] { program.name(), new DefaultMessageSourceResolvable("Party." + event.raisedAs()),
				new DefaultMessageSourceResolvable("DifficultyKind." + event.kind()) };
		program.coordinators()
			.forEach(user -> notifications.notify(user, "notification.difficulty.raised", arguments,
					"/mentorships/" + event.mentorship() + "#difficulties"));
	}

	@ApplicationModuleListener
	void on(DifficultyResolved event) {
		notifications.notify(event.raisedBy(), "notification.difficulty.resolved", new Object[0],
				"/mentorships/" + event.mentorship() + "#difficulties");
	}
	/** The mentorship closed: each of the pair is asked for their exit interview (R-MEN-7). */
	@ApplicationModuleListener
	void on(MentorshipClosed event) {
		var program = programs.find(Actor.system(), event.program());
		people(event.mentee(), event.mentor()).forEach(user -> notifications.notify(user,
				"notification.exitInterview.invite", new Object[] { program.name() },
				"/mentorships/" + event.mentorship() + "/exit-interview"));
	}

	@ApplicationModuleListener
	void on(MeetingNotLogged event) {
		var program = programs.find(Actor.system(), event.program());
		var names = participants.names(List.of(event.mentee(), event.mentor()));
		var link = "/mentorships/" + event.mentorship();
		people(event.mentee(), event.mentor())
			.forEach(user -> notifications.remind(user, ReminderKind.MEETING_NOT_LOGGED, "notification.meeting.notLogged",
					new Object[] { program.name(), event.dueOn() }, link + "#log"));
		program.coordinators()
			.forEach(user -> notifications.remind(user, ReminderKind.MEETING_NOT_LOGGED, "notification.meeting.pairBehind",
					new Object[] { names.getOrDefault(event.mentee(), ""), names.getOrDefault(event.mentor(), ""),
							program.name(), event.dueOn() },
					link));
	}

	@ApplicationModuleListener
	void on(CheckInDue event) {
		var program = programs.find(Actor.system(), event.program());
		var name = participants.names(List.of(event.with())).getOrDefault(event.with(), "");
		program.coordinators()
			.forEach(user -> notifications.remind(user, ReminderKind.CHECK_IN_DUE, "notification.checkIn.due",
					new Object[] { name, program.name(), event.dueOn() },
					"/mentorships/" + event.mentorship() + "#check-ins"));
	}

	@ApplicationModuleListener
	void on(ClosureApproaching event) {
		var program = programs.find(Actor.system(), event.program());
		var names = participants.names(List.of(event.mentee(), event.mentor()));
		var arguments = new Object[] { names.getOrDefault(event.mentee(), ""), names.getOrDefault(event.mentor(), ""),
				program.name(), event.plannedEnd() };
		Stream.concat(people(event.mentee(), event.mentor()), program.coordinators().stream())
			.distinct()
			.forEach(user -> notifications.remind(user, ReminderKind.CLOSURE_APPROACHING, "notification.closure.approaching",
					arguments, "/mentorships/" + event.mentorship() + "#changes"));
	}

	private Stream<UserId> people(ParticipantId... ids) {
		return participants.accounts(List.of(ids)).stream();
	}
}
