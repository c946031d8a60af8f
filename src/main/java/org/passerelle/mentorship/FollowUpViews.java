package org.passerelle.mentorship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the follow-up of a mentorship shows: the check-ins and when the next are due, the
 * difficulties and their course.
 */
public final class FollowUpViews {

	private FollowUpViews() {
	}

	/** A recorded check-in. */
	public record CheckInView(UUID id, Party party, LocalDate heldOn, MeetingMode mode, int satisfaction,
			CheckInProgress progress, boolean meetingsAsAgreed, boolean needsFollowUp, String notes, String recordedBy) {

		CheckInView withRecordedBy(String name) {
			return new CheckInView(id, party, heldOn, mode, satisfaction, progress, meetingsAsAgreed, needsFollowUp, notes,
					name);
		}
	}

	/** When the next check-in with one of the pair is due, after the last. */
	public record CheckInDue(Party party, LocalDate lastOn, LocalDate dueOn, boolean overdue) {
	}

	/** A difficulty, with its steps to resolution. */
	public record DifficultyView(UUID id, long version, MentorshipId mentorship, DifficultyKind kind, String description,
			DifficultyStatus status, Party raisedAs, String raisedBy, Instant raisedAt, List<Step> steps) {
	}

	/** A step of a difficulty: taken up, a note, resolved. */
	public record Step(Instant at, String by, DifficultyStatus status, String note) {
	}

	/** The follow-up of one mentorship, as its reader may see it. */
	public record FollowUpView(List<CheckInDue> checkInsDue, List<CheckInView> checkIns,
			List<DifficultyView> difficulties) {
	}
}
