package org.passerelle.mentorship;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.passerelle.activity.Activities;
import org.passerelle.activity.ActivityId;
import org.passerelle.activity.ActivityKind;
import org.passerelle.activity.ActivityStatus;
import org.passerelle.core.ICalendar;
import org.passerelle.core.NotFoundException;
import org.passerelle.identity.Actor;
import org.passerelle.identity.UserId;
import org.passerelle.identity.UserManagement;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts mentoring in people's calendars: each person's feed at a secret address that calendar
 * applications read without signing in — the meetings of their mentorships, the next meeting due
 * and the planned end of each active one, the group sessions and events they are invited to or
 * coordinate — and single {@code .ics} files for a meeting or an event. A feed shows what its
 * person would see signed in, never a private note; making a new address ends the old one at once.
 */
@Service
@Transactional
public class Calendars {

	private static final SecureRandom random = new SecureRandom();

	private final MentorshipManagement mentorships;

	private final MeetingRepository meetings;

	private final Activities activities;

	private final UserManagement users;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final Clock clock;

	Calendars(MentorshipManagement mentorships, MeetingRepository meetings, Activities activities,
			UserManagement users, MessageSource messages, JdbcClient jdbc, Clock clock) {
		this.mentorships = mentorships;
		this.meetings = meetings;
		this.activities = activities;
		this.users = users;
		this.messages = messages;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	// The secret address

	/** The path of a feed, after the base address, for its token. */
	public static String feedPath(String token) {
		return "/calendar/" + token + ".ics";
	}

	/** The token of the actor's feed, made on first use. */
	public String token(Actor actor) {
		return existingToken(actor.userId()).orElseGet(() -> {
			jdbc.sql("""
					insert into calendar_feed (user_id, token, created_at) values (?, ?, ?)
					on conflict (user_id) do nothing""")
				.params(actor.userId().value(), newToken(), Timestamp.from(clock.instant()))
				.update();
			return existingToken(actor.userId()).orElseThrow();
		});
	}

	/** Replaces the actor's token: the old address stops working at once. */
	public String renew(Actor actor) {
		var token = newToken();
		jdbc.sql("""
				insert into calendar_feed (user_id, token, created_at) values (?, ?, ?)
				on conflict (user_id) do update set token = excluded.token, created_at = excluded.created_at""")
			.params(actor.userId().value(), token, Timestamp.from(clock.instant()))
			.update();
		return token;
	}

	/**
	 * The feed behind a token, in its person's language, with links to the pages under
	 * {@code base}; empty for an unknown or replaced token and for a deactivated account.
	 */
	@Transactional(readOnly = true)
	public Optional<String> feed(String token, String base) {
		if (token == null || token.length() < 32) {
			return Optional.empty();
		}
		var owner = jdbc.sql("select user_id from calendar_feed where token = ?")
			.param(token)
			.query(UUID.class)
			.optional();
		if (owner.isEmpty()) {
			return Optional.empty();
		}
		var user = users.find(Actor.system(), new UserId(owner.get()));
		if (!user.active()) {
			return Optional.empty();
		}
		var actor = new Actor(user.id(), user.email(), user.role(), user.organisationId());
		var locale = user.preferredLanguage().locale();
		var events = new ArrayList<ICalendar.Event>();
		for (var summary : mentorships.mine(actor)) {
			var mentorship = mentorships.find(actor, summary.id());
			mentorship.meetings().forEach(meeting -> events.add(meeting(mentorship, meeting, locale, base)));
			events.addAll(milestones(mentorship, locale, base));
		}
		activities.list(actor)
			.stream()
			.filter(activity -> activity.status() != ActivityStatus.CANCELLED)
			.map(activity -> activity(activity.id(), activity.kind(), activity.title(), activity.programName(),
					activity.startsAt(), activity.durationMinutes(), activity.place(), locale, base))
			.forEach(events::add);
		return Optional.of(write(message("calendar.feed.name", locale), events));
	}

	// Single files

	/** One meeting as an {@code .ics} file, for the pair and the program's coordinators. */
	@Transactional(readOnly = true)
	public String meeting(Actor actor, UUID meetingId, Locale locale, String base) {
		var found = meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
		var mentorship = mentorships.find(actor, found.mentorship());
		var meeting = mentorship.meetings()
			.stream()
			.filter(candidate -> candidate.id().equals(meetingId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("meeting", meetingId));
		return write(message("calendar.file.name", locale), List.of(meeting(mentorship, meeting, locale, base)));
	}

	/** One group session or event as an {@code .ics} file, for those who reach its page. */
	@Transactional(readOnly = true)
	public String activity(Actor actor, ActivityId id, Locale locale, String base) {
		var activity = activities.find(actor, id);
		return write(message("calendar.file.name", locale), List.of(activity(activity.id(), activity.kind(),
				activity.title(), activity.programName(), activity.startsAt(), activity.durationMinutes(),
				activity.place(), locale, base)));
	}

	// Events

	private ICalendar.Event meeting(MentorshipView mentorship, MentorshipView.MeetingView meeting, Locale locale,
			String base) {
		var summary = message("calendar.meeting.summary", locale, mentorship.menteeName(), mentorship.mentorName(),
				meeting.minutes());
		var description = new StringBuilder(message("calendar.meeting.description", locale, mentorship.programName(),
				message("MeetingMode." + meeting.mode(), locale)));
		// only the note both of the pair share: a private note never leaves its writer's page
		if (meeting.sharedNote() != null && !meeting.sharedNote().isBlank()) {
			description.append("\n\n").append(meeting.sharedNote());
		}
		return ICalendar.Event.allDay("meeting-" + meeting.id() + "@passerelle", meeting.heldOn(), summary,
				description.toString(), base + "/mentorships/" + mentorship.id().value() + "#meeting-" + meeting.id());
	}

	private List<ICalendar.Event> milestones(MentorshipView mentorship, Locale locale, String base) {
		if (mentorship.status() != MentorshipStatus.ACTIVE) {
			return List.of();
		}
		var events = new ArrayList<ICalendar.Event>();
		var url = base + "/mentorships/" + mentorship.id().value();
		var pair = new Object[] { mentorship.menteeName(), mentorship.mentorName() };
		if (mentorship.cadence() != null && mentorship.cadence().nextMeetingBy() != null) {
			events.add(ICalendar.Event.allDay("next-meeting-" + mentorship.id().value() + "@passerelle",
					mentorship.cadence().nextMeetingBy(), message("calendar.nextMeeting.summary", locale, pair),
					message("calendar.nextMeeting.description", locale, mentorship.programName()), url));
		}
		if (mentorship.plannedEnd() != null) {
			events.add(ICalendar.Event.allDay("planned-end-" + mentorship.id().value() + "@passerelle",
					mentorship.plannedEnd(), message("calendar.plannedEnd.summary", locale, pair),
					message("calendar.plannedEnd.description", locale, mentorship.programName()), url));
		}
		return events;
	}

	private ICalendar.Event activity(ActivityId id, ActivityKind kind, String title, String programName,
			LocalDateTime startsAt, int minutes, String place, Locale locale, String base) {
		return ICalendar.Event.at("activity-" + id.value() + "@passerelle", startsAt, minutes, title,
				message("calendar.activity.description", locale, message("ActivityKind." + kind, locale), programName),
				place, base + "/activities/" + id.value());
	}

	private String write(String name, List<ICalendar.Event> events) {
		return ICalendar.write(name, events, clock.getZone(), clock.instant());
	}

	private String message(String code, Locale locale, Object... arguments) {
		return messages.getMessage(code, arguments, locale);
	}

	private Optional<String> existingToken(UserId user) {
		return jdbc.sql("select token from calendar_feed where user_id = ?").param(user.value()).query(String.class).optional();
	}

	/** 32 random bytes, URL-safe: 43 characters nobody guesses. */
	private static String newToken() {
		var bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
