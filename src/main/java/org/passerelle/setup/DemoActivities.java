package org.passerelle.setup;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Set;

import org.passerelle.activity.Activities;
import org.passerelle.activity.ActivityDetails;
import org.passerelle.activity.ActivityKind;
import org.passerelle.activity.ActivitySummary;
import org.passerelle.activity.Attendance;
import org.passerelle.identity.Actor;
import org.passerelle.participant.ParticipantId;
import org.passerelle.participant.PoolMember;
import org.passerelle.participant.IntakeChecklist;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramSummary;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demonstration's group sessions, once its programs exist: the placement program's peer
 * support meetings every two weeks — two already held, with their attendance — and a networking
 * evening of Québec pluriel to which its mentees and mentors are invited. Loading twice changes
 * nothing.
 */
@Component
@Profile("demo")
@Order(3)
class DemoActivities implements ApplicationRunner {

	private final Activities activities;

	private final ProgramManagement programs;

	private final IntakeChecklist participants;

	private final Clock clock;

	DemoActivities(Activities activities, ProgramManagement programs, IntakeChecklist participants, Clock clock) {
		this.activities = activities;
		this.programs = programs;
		this.participants = participants;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		var system = Actor.system();
		if (!activities.list(system).isEmpty()) {
			return;
		}
		var byName = new HashMap<String, ProgramSummary>();
		programs.list(system).forEach(program -> byName.put(program.name(), program));
		var placement = byName.get("Stage de mentorat professionnel");
		var quebecPluriel = byName.get("Québec pluriel");
		if (placement != null) {
			peerSupport(system, placement);
		}
		if (quebecPluriel != null) {
			networking(system, quebecPluriel);
		}
	}

	/** Six peer support meetings every two weeks (the program's rhythm), the first three weeks ago. */
	private void peerSupport(Actor system, ProgramSummary placement) {
		var first = LocalDate.now(clock).minusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY)).atTime(13, 30);
		var series = activities.scheduleSeries(system, placement.id(),
				new ActivityDetails(ActivityKind.PEER_SUPPORT, "Réunion de soutien par les pairs",
						"Échanges entre stagiaires sur le stage, les difficultés rencontrées et les bons coups.", first, 90,
						null, "CJEO, 50 rue Victoria, Gatineau", null, null),
				null, 6);
		var mentees = participants.enrolled(placement.id())
			.stream()
			.filter(member -> member.role() == Audience.MENTEE)
			.map(PoolMember::id)
			.toList();
		if (mentees.isEmpty()) {
			return;
		}
		var now = java.time.LocalDateTime.now(clock);
		var marks = List.of(Attendance.PRESENT, Attendance.EXCUSED);
		int held = 0;
		for (ActivitySummary session : series) {
			var invited = activities.invite(system, session.id(), 0, Set.of(Audience.MENTEE), List.of());
			if (session.startsAt().isBefore(now) && held < marks.size()) {
				var mark = marks.get(held++);
				var sheet = new HashMap<ParticipantId, Attendance>();
				mentees.forEach(mentee -> sheet.put(mentee, mark));
				activities.takeAttendance(system, session.id(), invited.version(), sheet);
			}
		}
	}

	/** A networking evening in three weeks, its mentees and mentors invited. */
	private void networking(Actor system, ProgramSummary program) {
		var evening = LocalDate.now(clock).plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)).atTime(17, 0);
		var event = activities.schedule(system, program.id(),
				new ActivityDetails(ActivityKind.NETWORKING, "5 à 7 de réseautage en TI",
						"Rencontre avec des employeurs de la région et les mentors du programme.", evening, 120, null,
						"Maison du citoyen, 25 rue Laurier, Gatineau", null, 40));
		if (!participants.enrolled(program.id()).isEmpty()) {
			activities.invite(system, event.id(), event.version(), Set.of(Audience.MENTEE, Audience.MENTOR), List.of());
		}
	}
}
