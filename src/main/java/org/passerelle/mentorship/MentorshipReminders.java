package org.passerelle.mentorship;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.passerelle.mentorship.MentorshipEvents.CheckInDue;
import org.passerelle.mentorship.MentorshipEvents.ClosureApproaching;
import org.passerelle.mentorship.MentorshipEvents.MeetingNotLogged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each morning, looks at every active mentorship for what needs a reminder: a meeting due and not
 * logged, a check-in due, the planned end two weeks away. Each reminder is given once — the table
 * of reminders given says so, whichever node runs the job. Public for the jobs and tests that run
 * it at once.
 */
@Component
public class MentorshipReminders {

	/** Days before the planned end when the pair and the coordinators are told it approaches. */
	static final int CLOSURE_NOTICE_DAYS = 14;

	private final MentorshipRepository mentorships;

	private final MentorshipManagement management;

	private final FollowUp followUp;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MentorshipReminders(MentorshipRepository mentorships, MentorshipManagement management, FollowUp followUp,
			JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.mentorships = mentorships;
		this.management = management;
		this.followUp = followUp;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The morning's reminders, on one node only when several run (the lock kept a minute at least,
	 * against a node whose clock is a little late).
	 */
	@Scheduled(cron = "${passerelle.mentorship.reminders-cron:0 15 8 * * *}")
	@SchedulerLock(name = "mentorship.reminders", lockAtLeastFor = "PT1M")
	@Transactional
	public void remindOnSchedule() {
		remind();
	}

	/** Gives the reminders due today; returns how many. */
	@Transactional
	public int remind() {
		var today = LocalDate.now(clock);
		int given = 0;
		var active = mentorships.findByStatusIn(List.of(MentorshipStatus.ACTIVE));
		var cadences = management.cadences(active);
		var checkIns = followUp.due(active);
		for (var mentorship : active) {
			var meetingDue = meetingDue(mentorship, cadences.get(mentorship.id()), today);
			if (meetingDue != null && once(mentorship, "MEETING_NOT_LOGGED", meetingDue)) {
				events.publishEvent(new MeetingNotLogged(mentorship.id(), mentorship.program(), mentorship.mentee(),
						mentorship.mentor(), meetingDue));
				given++;
			}
			for (var due : checkIns.getOrDefault(mentorship.id(), List.of())) {
				if (!due.dueOn().isAfter(today) && once(mentorship, "CHECK_IN_DUE", due.party() + " " + due.dueOn())) {
					events.publishEvent(new CheckInDue(mentorship.id(), mentorship.program(), due.party(),
							due.party() == Party.MENTEE ? mentorship.mentee() : mentorship.mentor(), due.dueOn()));
					given++;
				}
			}
			var end = mentorship.plannedEnd();
			if (end != null && !today.isBefore(end.minusDays(CLOSURE_NOTICE_DAYS)) && !today.isAfter(end)
					&& once(mentorship, "CLOSURE_APPROACHING", end)) {
				events.publishEvent(new ClosureApproaching(mentorship.id(), mentorship.program(), mentorship.mentee(),
						mentorship.mentor(), end));
				given++;
			}
		}
		return given;
	}

	/**
	 * The last date a meeting was due before today, if none was logged since: the program's rhythm
	 * after the last meeting, again each period that passes without one; for a pair with its own
	 * rhythm, each month of quiet.
	 */
	private static LocalDate meetingDue(Mentorship mentorship, Cadence cadence, LocalDate today) {
		var since = cadence.lastMeeting() == null ? mentorship.startedOn() : cadence.lastMeeting();
		LocalDate first;
		if (cadence.nextMeetingBy() != null) {
			first = cadence.nextMeetingBy();
		}
		else if (cadence.standing() != Standing.ON_TRACK && cadence.why().contains("cadence.why.quiet")) {
			first = since.plusDays(Cadence.QUIET_BEHIND_DAYS);
		}
		else {
			return null;
		}
		long period = Math.max(1, ChronoUnit.DAYS.between(since, first));
		long late = ChronoUnit.DAYS.between(first, today);
		if (late <= 0) {
			return null;
		}
		return first.plusDays((late - 1) / period * period);
	}

	private boolean once(Mentorship mentorship, String kind, Object occurrence) {
		return jdbc.sql("""
				insert into mentorship_reminder (mentorship_id, kind, occurrence, given_at) values (?, ?, ?, ?)
				on conflict do nothing""")
			.params(mentorship.id().value(), kind, occurrence.toString(), Timestamp.from(clock.instant()))
			.update() == 1;
	}
}
