package org.passerelle.mentorship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.passerelle.core.AggregateRoot;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.RuleViolationException;

/**
 * A meeting or contact of a mentorship (R-MEN-2), logged by one party; the other confirms it, or
 * corrects it — a correction confirms it too. Changed only as of the version read, so that two
 * people editing it at once never overwrite each other.
 */
@Entity
class Meeting extends AggregateRoot<Meeting> {

	private static final int LONGEST_MINUTES = 12 * 60;

	@Id
	private UUID id;

	private UUID mentorshipId;

	private LocalDate heldOn;

	private int minutes;

	@Enumerated(EnumType.STRING)
	private MeetingMode mode;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private String[] themes;

	private String sharedNote;

	private UUID loggedBy;

	@Enumerated(EnumType.STRING)
	private Party loggedAs;

	private Instant loggedAt;

	private Instant confirmedAt;

	private boolean corrected;

	protected Meeting() {
	}

	/**
	 * Logs a meeting of an open mentorship: held on a day between its start and today, between 1
	 * minute and 12 hours, in some mode.
	 */
	static Meeting log(Mentorship mentorship, MeetingDetails details, UUID by, Party as, Instant at, LocalDate today) {
		check(mentorship, details, today);
		var meeting = new Meeting();
		meeting.id = UUID.randomUUID();
		meeting.mentorshipId = mentorship.id().value();
		meeting.describe(details);
		meeting.loggedBy = by;
		meeting.loggedAs = as;
		meeting.loggedAt = at;
		return meeting;
	}

	/** The other party agrees with what was logged. */
	void confirm(Party side, Instant at) {
		requireOtherParty(side);
		if (confirmedAt != null) {
			throw new RuleViolationException("meeting.alreadyConfirmed");
		}
		confirmedAt = at;
	}

	/**
	 * The other party puts right what was logged, which confirms the rest; as long as the
	 * mentorship is open, by the rules of a meeting logged.
	 */
	void correct(Mentorship of, Party side, MeetingDetails details, Instant at, LocalDate today) {
		if (!of.id().value().equals(mentorshipId)) {
			throw new IllegalArgumentException("Meeting " + id + " is not one of mentorship " + of.id().value());
		}
		check(of, details, today);
		requireOtherParty(side);
		describe(details);
		corrected = true;
		confirmedAt = at;
	}

	private static void check(Mentorship mentorship, MeetingDetails details, LocalDate today) {
		mentorship.requireOpen();
		if (details.heldOn() == null) {
			throw new InvalidFieldException("heldOn", "meeting.heldOn.required");
		}
		if (details.heldOn().isAfter(today)) {
			throw new InvalidFieldException("heldOn", "meeting.heldOn.future");
		}
		if (details.heldOn().isBefore(mentorship.startedOn())) {
			throw new InvalidFieldException("heldOn", "meeting.heldOn.beforeStart");
		}
		if (details.minutes() < 1 || details.minutes() > LONGEST_MINUTES) {
			throw new InvalidFieldException("minutes", "meeting.minutes.range");
		}
		if (details.mode() == null) {
			throw new InvalidFieldException("mode", "meeting.mode.required");
		}
	}

	private void requireOtherParty(Party side) {
		if (side == loggedAs || side == Party.COORDINATOR) {
			throw new RuleViolationException("meeting.otherParty");
		}
	}

	private void describe(MeetingDetails details) {
		this.heldOn = details.heldOn();
		this.minutes = details.minutes();
		this.mode = details.mode();
		this.themes = details.themes().stream().map(Enum::name).sorted().toArray(String[]::new);
		this.sharedNote = details.sharedNote() == null || details.sharedNote().isBlank() ? null : details.sharedNote().strip();
	}

	UUID id() {
		return id;
	}

	@Override
	protected Object identifier() {
		return id;
	}

	MentorshipId mentorship() {
		return new MentorshipId(mentorshipId);
	}

	LocalDate heldOn() {
		return heldOn;
	}

	int minutes() {
		return minutes;
	}

	MeetingMode mode() {
		return mode;
	}

	Set<MeetingTheme> themes() {
		var set = EnumSet.noneOf(MeetingTheme.class);
		Arrays.stream(themes == null ? new String[0] : themes).map(MeetingTheme::valueOf).forEach(set::add);
		return set;
	}

	String sharedNote() {
		return sharedNote;
	}

	UUID loggedBy() {
		return loggedBy;
	}

	Party loggedAs() {
		return loggedAs;
	}

	Instant loggedAt() {
		return loggedAt;
	}

	Instant confirmedAt() {
		return confirmedAt;
	}

	boolean corrected() {
		return corrected;
	}
}
