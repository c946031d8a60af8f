package org.passerelle.mentorship;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;

/**
 * A mentorship as its page and the API show it, to one reader: their side, their own private notes.
 *
 * @param viewer the reader's side: one of the pair, or the coordinator
 * @param placement whether the program counts placement hours week by week
 */
public record MentorshipView(MentorshipId id, long version, ProgramId program, String programName,
		ParticipantId mentee, String menteeName, ParticipantId mentor, String mentorName, MentorshipStatus status,
		LocalDate startedOn, LocalDate plannedEnd, Integer durationWeeks, int extendedWeeks, int pausedDays,
		LocalDate pausedSince, Party extensionRequestedBy, Integer extensionWeeksAsked, boolean extensionAllowed,
		LocalDate closedOn, ClosureReason closureReason, EmploymentStatus employmentAtClosure, Cadence cadence,
		List<MeetingView> meetings, boolean placement, List<PlacementWeek> placementWeeks, List<ChangeView> changes,
		Party viewer) {

	/** A meeting, with the reader's own private note. */
	public record MeetingView(UUID id, long version, LocalDate heldOn, int minutes, MeetingMode mode,
			Set<MeetingTheme> themes, String sharedNote, String privateNote, Party loggedAs, Instant loggedAt,
			Instant confirmedAt, boolean corrected, boolean awaitsReader) {
	}

	/** A week of placement: the hours done and those agreed. */
	public record PlacementWeek(LocalDate weekStart, BigDecimal hours, BigDecimal agreedHours) {
	}

	/** A change of the mentorship: what, when, who, why. */
	public record ChangeView(Instant at, String by, String kind, String note) {
	}
}
