package org.passerelle.notification;

import java.util.List;
import java.util.stream.Stream;

import org.passerelle.identity.Actor;
import org.passerelle.identity.UserId;
import org.passerelle.matching.MatchEvents.MatchDeclined;
import org.passerelle.matching.MatchEvents.MatchProposed;
import org.passerelle.matching.MatchEvents.MentorshipAgreed;
import org.passerelle.matching.MatchEvents.ProposalWaiting;
import org.passerelle.matching.MatchId;
import org.passerelle.participant.ParticipantId;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people concerned when a match moves: the mentee and the mentor when they are
 * proposed to each other or reminded to answer, the coordinators when one declines, everyone when
 * the agreement is signed. People without an account are reached by their coordinator.
 */
@Component
class MatchNotifications {

	private final Notifications notifications;

	private final ProgramManagement programs;

	private final ParticipantDirectory participants;

	MatchNotifications(Notifications notifications, ProgramManagement programs, ParticipantDirectory participants) {
		this.notifications = notifications;
		this.programs = programs;
		this.participants = participants;
	}

	@ApplicationModuleListener
	void on(MatchProposed event) {
		var name = programName(event.program());
		people(event.mentee(), event.mentor())
			.forEach(user -> notifications.notify(user, "notification.match.proposed", new Object[] { name }, link(event.match())));
	}

	@ApplicationModuleListener
	void on(MatchDeclined event) {
		var program = programs.find(Actor.system(), event.program());
		program.coordinators()
			.forEach(user -> notifications.notify(user, "notification.match.declined", new Object[] { program.name() },
					link(event.match())));
	}

	@ApplicationModuleListener
	void on(MentorshipAgreed event) {
		var program = programs.find(Actor.system(), event.program());
		Stream.concat(program.coordinators().stream(), people(event.mentee(), event.mentor()))
			.distinct()
			.forEach(user -> notifications.notify(user, "notification.match.agreed", new Object[] { program.name() },
					link(event.match())));
	}

	@ApplicationModuleListener
	void on(ProposalWaiting event) {
		var name = programName(event.program());
		people(event.waitingFor())
			.forEach(user -> notifications.remind(user, ReminderKind.PROPOSAL_WAITING, "notification.match.waiting",
					new Object[] { name }, link(event.match())));
	}

	private Stream<UserId> people(ParticipantId... ids) {
		return participants.accounts(List.of(ids)).stream();
	}

	private String programName(ProgramId program) {
		return programs.find(Actor.system(), program).name();
	}

	private static String link(MatchId match) {
		return "/matches/" + match;
	}
}
