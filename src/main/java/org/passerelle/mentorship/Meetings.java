package org.passerelle.mentorship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.passerelle.core.FieldEncryption;
import org.passerelle.core.NotFoundException;
import org.passerelle.identity.Actor;
import org.passerelle.participant.ParticipantDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meetings of mentorships (R-MEN-2): one of the pair — or the coordinator — logs a meeting,
 * the other party confirms it or corrects it, and each keeps a private note of it. The rules of a
 * meeting are the {@link Meeting}'s; who reaches it is the mentorship's business: its pair and its
 * program's coordinators, nobody else, not even to learn that it exists.
 */
@Service
@Transactional
public class Meetings {

	private final MentorshipManagement mentorships;

	private final MeetingRepository meetings;

	private final ParticipantDirectory participants;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final FieldEncryption encryption;

	Meetings(MentorshipManagement mentorships, MeetingRepository meetings, ParticipantDirectory participants,
			JdbcClient jdbc, Clock clock, FieldEncryption encryption) {
		this.encryption = encryption;
		this.mentorships = mentorships;
		this.meetings = meetings;
		this.participants = participants;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Logs a meeting, by one of the pair — or the coordinator — for this mentorship; the other
	 * party is asked to confirm it. Not in the future, not before the start, not on a closed
	 * mentorship, between 1 minute and 12 hours.
	 */
	public MentorshipView log(Actor actor, MentorshipId id, MeetingDetails details) {
		var mentorship = mentorships.mentorship(id);
		var side = mentorships.side(actor, id);
		var meeting = meetings.saveAndFlush(Meeting.log(mentorship, details, actor.userId().value(), side,
				clock.instant(), LocalDate.now(clock)));
		savePrivateNote(meeting.id(), actor, details.privateNote());
		return mentorships.view(mentorship, side, actor);
	}

	/** The other party confirms a meeting as logged, as of the version they read. */
	public MentorshipView confirm(Actor actor, UUID meetingId, long version) {
		var meeting = existing(meetingId);
		var mentorship = mentorships.mentorship(meeting.mentorship());
		var side = mentorships.side(actor, mentorship.id());
		meeting.requireVersion(version);
		meeting.confirm(side, clock.instant());
		meetings.saveAndFlush(meeting);
		return mentorships.view(mentorship, side, actor);
	}

	/** The other party corrects a meeting, which confirms it; as of the version they read. */
	public MentorshipView correct(Actor actor, UUID meetingId, long version, MeetingDetails details) {
		var meeting = existing(meetingId);
		var mentorship = mentorships.mentorship(meeting.mentorship());
		var side = mentorships.side(actor, mentorship.id());
		meeting.requireVersion(version);
		meeting.correct(mentorship, side, details, clock.instant(), LocalDate.now(clock));
		meetings.saveAndFlush(meeting);
		savePrivateNote(meeting.id(), actor, details.privateNote());
		return mentorships.view(mentorship, side, actor);
	}

	/**
	 * The meetings logged by the other one of the pair (or by the coordinator) that the actor is
	 * asked to confirm, in the mentorships they are one of the pair of; the oldest first. One read.
	 */
	@Transactional(readOnly = true)
	public List<MeetingToConfirm> toConfirm(Actor actor) {
		var me = participants.participantOf(actor.userId());
		if (me.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select m.id as mentorship_id, g.held_on, g.logged_as
				from meeting g join mentorship m on m.id = g.mentorship_id
				where g.confirmed_at is null
				  and (m.mentee_id = :me and g.logged_as <> 'MENTEE' or m.mentor_id = :me and g.logged_as <> 'MENTOR')
				order by g.held_on, g.logged_at""")
			.param("me", me.get().value())
			.query((rs, row) -> new MeetingToConfirm(new MentorshipId(rs.getObject("mentorship_id", UUID.class)),
					rs.getObject("held_on", LocalDate.class), Party.valueOf(rs.getString("logged_as"))))
			.list();
	}

	/** A meeting logged by someone else, for one of the pair to confirm. */
	public record MeetingToConfirm(MentorshipId mentorship, LocalDate heldOn, Party loggedAs) {
	}

	private Meeting existing(UUID meetingId) {
		return meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
	}

	private void savePrivateNote(UUID meeting, Actor actor, String note) {
		if (note == null || note.isBlank()) {
			jdbc.sql("delete from meeting_private_note where meeting_id = ? and author = ?")
				.params(meeting, actor.userId().value())
				.update();
			return;
		}
		jdbc.sql("""
				insert into meeting_private_note (meeting_id, author, note) values (?, ?, ?)
				on conflict (meeting_id, author) do update set note = excluded.note""")
			.params(meeting, actor.userId().value(), encryption.encrypt(note.strip()))
			.update();
	}
}
