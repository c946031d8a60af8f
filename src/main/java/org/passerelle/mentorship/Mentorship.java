package org.passerelle.mentorship;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import org.passerelle.core.AggregateRoot;
import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.UserId;
import org.passerelle.mentorship.MentorshipEvents.MentorshipClosed;
import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;

/**
 * A mentorship (R-MEN-1): active from the signed agreement; paused and resumed, the pause pushing
 * the end back; extended when both agree; closed with a reason. Every change is dated, attributed
 * and explained in its history.
 */
@Entity
class Mentorship extends AggregateRoot<Mentorship> {

	private static final BigDecimal MOST_WEEKLY_HOURS = BigDecimal.valueOf(80);

	@Id
	private UUID id;

	private UUID matchId;

	private UUID programId;

	private UUID menteeId;

	private UUID mentorId;

	@Enumerated(EnumType.STRING)
	private MentorshipStatus status;

	private LocalDate startedOn;

	private Integer durationWeeks;

	private int extendedWeeks;

	private int pausedDays;

	private LocalDate pausedSince;

	@Enumerated(EnumType.STRING)
	private Party extensionRequestedBy;

	private Integer extensionWeeksAsked;

	private LocalDate closedOn;

	@Enumerated(EnumType.STRING)
	private ClosureReason closureReason;

	@Enumerated(EnumType.STRING)
	private EmploymentStatus employmentAtClosure;

	private boolean endedBadly;

	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "mentorship_change", joinColumns = @JoinColumn(name = "mentorship_id"))
	@OrderColumn(name = "position")
	private List<Change> changes = new ArrayList<>();

	/** One change of the mentorship: what, when, by whom, why. */
	@Embeddable
	record Change(Instant at, @Column(name = "by_user") UUID by, String kind, String note) {
	}

	protected Mentorship() {
	}

	static Mentorship start(UUID match, ProgramId program, ParticipantId mentee, ParticipantId mentor, LocalDate on,
			Integer durationWeeks, Instant at) {
		var mentorship = new Mentorship();
		mentorship.id = UUID.randomUUID();
		mentorship.matchId = match;
		mentorship.programId = program.value();
		mentorship.menteeId = mentee.value();
		mentorship.mentorId = mentor.value();
		mentorship.status = MentorshipStatus.ACTIVE;
		mentorship.startedOn = on;
		mentorship.durationWeeks = durationWeeks;
		mentorship.createdAt = at;
		mentorship.changes.add(new Change(at, new UUID(0, 0), "STARTED", null));
		return mentorship;
	}

	/** Stops the clock from {@code on} (today when not given): a vacation, an illness. */
	void pause(LocalDate on, String why, UserId by, Instant at, LocalDate today) {
		requireStatus(MentorshipStatus.ACTIVE);
		if (on == null) {
			on = today;
		}
		if (on.isBefore(startedOn)) {
			throw new RuleViolationException("mentorship.pause.beforeStart");
		}
		if (on.isAfter(today)) {
			throw new RuleViolationException("mentorship.pause.future");
		}
		status = MentorshipStatus.PAUSED;
		pausedSince = on;
		record("PAUSED", why, by, at);
	}

	/** Starts the clock again on {@code on} (today when not given); the days paused push the end back. */
	void resume(LocalDate on, UserId by, Instant at, LocalDate today) {
		requireStatus(MentorshipStatus.PAUSED);
		if (on == null) {
			on = today;
		}
		if (on.isBefore(pausedSince)) {
			throw new RuleViolationException("mentorship.resume.beforePause");
		}
		if (on.isAfter(today)) {
			throw new RuleViolationException("mentorship.resume.future");
		}
		pausedDays += (int) ChronoUnit.DAYS.between(pausedSince, on);
		pausedSince = null;
		status = MentorshipStatus.ACTIVE;
		record("RESUMED", null, by, at);
	}

	/**
	 * One of the pair asks to go on for some weeks more (1 to 52), where the program allows
	 * extensions; the other must agree.
	 */
	void requestExtension(Party side, int weeks, String why, boolean allowed, UserId by, Instant at) {
		if (!allowed) {
			throw new RuleViolationException("mentorship.extension.notAllowed");
		}
		if (weeks < 1 || weeks > 52) {
			throw new InvalidFieldException("weeks", "mentorship.extension.weeks");
		}
		requireOpen();
		if (side == Party.COORDINATOR) {
			throw new RuleViolationException("mentorship.extension.pair");
		}
		extensionRequestedBy = side;
		extensionWeeksAsked = weeks;
		record("EXTENSION_ASKED", why, by, at);
	}

	/** The other one agrees: the end moves by the weeks asked. */
	void agreeToExtension(Party side, UserId by, Instant at) {
		requireOpen();
		if (extensionRequestedBy == null) {
			throw new RuleViolationException("mentorship.extension.none");
		}
		if (side == extensionRequestedBy || side == Party.COORDINATOR) {
			throw new RuleViolationException("mentorship.extension.otherParty");
		}
		extendedWeeks += extensionWeeksAsked;
		record("EXTENDED", String.valueOf(extensionWeeksAsked), by, at);
		extensionRequestedBy = null;
		extensionWeeksAsked = null;
	}

	/**
	 * Closes the mentorship on {@code on} (today when not given, never in the future) with a reason
	 * and where the mentee stands with work — employed in their field when that is the reason.
	 */
	void close(ClosureReason reason, EmploymentStatus employment, boolean badly, LocalDate on, String why, UserId by,
			Instant at, LocalDate today) {
		if (reason == null) {
			throw new InvalidFieldException("reason", "mentorship.close.reason.required");
		}
		if (reason == ClosureReason.EMPLOYED && (employment == null || !employment.employed())) {
			throw new InvalidFieldException("employment", "mentorship.close.employment.employed");
		}
		if (on == null) {
			on = today;
		}
		if (on.isAfter(today)) {
			throw new InvalidFieldException("on", "mentorship.close.future");
		}
		requireOpen();
		if (on.isBefore(startedOn)) {
			throw new RuleViolationException("mentorship.close.beforeStart");
		}
		if (status == MentorshipStatus.PAUSED) {
			pausedDays += (int) ChronoUnit.DAYS.between(pausedSince, on);
			pausedSince = null;
		}
		status = MentorshipStatus.CLOSED;
		closedOn = on;
		closureReason = reason;
		employmentAtClosure = employment == null ? EmploymentStatus.UNKNOWN : employment;
		endedBadly = badly;
		record("CLOSED", why, by, at);
		registerEvent(new MentorshipClosed(id(), program(), mentee(), mentor(), reason, employmentAtClosure, closedOn));
	}

	/**
	 * Checks a week of placement logged from {@code weekStart}: on an open mentorship, not a week to
	 * come nor one ended before the start, 0 to 80 hours done and, if agreed, planned.
	 * @return the Monday of the week
	 */
	LocalDate placementWeek(LocalDate weekStart, BigDecimal hours, BigDecimal agreedHours, LocalDate today) {
		requireOpen();
		if (weekStart == null) {
			throw new InvalidFieldException("weekStart", "placement.week.required");
		}
		var monday = weekStart.with(DayOfWeek.MONDAY);
		if (monday.isAfter(today) || monday.plusDays(6).isBefore(startedOn)) {
			throw new InvalidFieldException("weekStart", "placement.week.outside");
		}
		if (hours == null || hours.signum() < 0 || hours.compareTo(MOST_WEEKLY_HOURS) > 0) {
			throw new InvalidFieldException("hours", "placement.hours.range");
		}
		if (agreedHours != null && (agreedHours.signum() < 0 || agreedHours.compareTo(MOST_WEEKLY_HOURS) > 0)) {
			throw new InvalidFieldException("agreedHours", "placement.hours.range");
		}
		return monday;
	}

	private void record(String kind, String note, UserId by, Instant at) {
		changes.add(new Change(at, by.value(), kind, note == null || note.isBlank() ? null : note.strip()));
	}

	private void requireStatus(MentorshipStatus expected) {
		if (status != expected) {
			throw new RuleViolationException("mentorship.status." + expected.name().toLowerCase(java.util.Locale.ROOT));
		}
	}

	/** Refuses what only an open mentorship allows: meetings, hours, extensions, its closure. */
	void requireOpen() {
		if (status == MentorshipStatus.CLOSED) {
			throw new RuleViolationException("mentorship.closed");
		}
	}

	/** The planned end: the program's duration, pushed back by pauses and extensions; null without a duration. */
	LocalDate plannedEnd() {
		if (durationWeeks == null) {
			return null;
		}
		return startedOn.plusWeeks(durationWeeks + extendedWeeks).plusDays(pausedDays);
	}

	/** Days the clock ran until {@code today}: pauses do not count. */
	long activeDays(LocalDate today) {
		var until = closedOn != null && closedOn.isBefore(today) ? closedOn : today;
		long paused = pausedDays + (pausedSince == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(pausedSince, until)));
		return Math.max(0, ChronoUnit.DAYS.between(startedOn, until) - paused);
	}

	MentorshipId id() {
		return new MentorshipId(id);
	}

	@Override
	protected Object identifier() {
		return id;
	}

	UUID matchId() {
		return matchId;
	}

	ProgramId program() {
		return new ProgramId(programId);
	}

	ParticipantId mentee() {
		return new ParticipantId(menteeId);
	}

	ParticipantId mentor() {
		return new ParticipantId(mentorId);
	}

	MentorshipStatus status() {
		return status;
	}

	LocalDate startedOn() {
		return startedOn;
	}

	Integer durationWeeks() {
		return durationWeeks;
	}

	int extendedWeeks() {
		return extendedWeeks;
	}

	int pausedDays() {
		return pausedDays;
	}

	LocalDate pausedSince() {
		return pausedSince;
	}

	Party extensionRequestedBy() {
		return extensionRequestedBy;
	}

	Integer extensionWeeksAsked() {
		return extensionWeeksAsked;
	}

	LocalDate closedOn() {
		return closedOn;
	}

	ClosureReason closureReason() {
		return closureReason;
	}

	EmploymentStatus employmentAtClosure() {
		return employmentAtClosure;
	}

	boolean endedBadly() {
		return endedBadly;
	}

	List<Change> changes() {
		return List.copyOf(changes);
	}
}
