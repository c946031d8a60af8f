package org.passerelle.mentorship;

import java.time.LocalDate;

/**
 * What the coordinator records of a check-in with one of the pair: when, how, and a short
 * evaluation — satisfaction from 1 to 5, progress toward the goals, whether the pair meets as
 * agreed, whether something needs following up — with notes.
 */
public record CheckInDetails(Party party, LocalDate heldOn, MeetingMode mode, Integer satisfaction,
		CheckInProgress progress, boolean meetingsAsAgreed, boolean needsFollowUp, String notes) {
}
