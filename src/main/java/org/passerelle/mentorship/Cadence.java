package org.passerelle.mentorship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.passerelle.core.MessageCode;
import org.passerelle.program.ProgramRules;

/**
 * Where a mentorship stands against its program's rhythm (R-MEN-3): meetings held and due, hours
 * done and due, and so on track, behind or overdue.
 *
 * @param meetingsDue meetings the cadence asked for so far; 0 when the pair sets its own rhythm
 * @param hoursDue hours the program's target or weekly placement asked for so far; 0 without either
 * @param nextMeetingBy the date of the next meeting the cadence asks for, or null
 * @param why the rules that are not kept, as message codes; the API writes them as {@link #reasons()}
 * @param rhythmWeeks the weeks between meetings that the program asks for; 0 when the pair sets its own rhythm
 */
public record Cadence(Standing standing, int meetingsDone, int meetingsDue, double hoursDone, double hoursDue,
		LocalDate lastMeeting, LocalDate nextMeetingBy, @JsonIgnore List<String> why, int rhythmWeeks) {

	/** The rules that are not kept, written in the reader's language. */
	@JsonProperty("why")
	public List<MessageCode> reasons() {
		return why.stream().map(MessageCode::new).toList();
	}

	/** Days without a meeting after which a pair with its own rhythm is behind, then overdue. */
	static final int QUIET_BEHIND_DAYS = 30;

	static final int QUIET_OVERDUE_DAYS = 60;

	/** Share of the hours due under which a pair is behind. */
	static final double HOURS_TOLERANCE = 0.8;

	/**
	 * Evaluates a mentorship on {@code today}.
	 *
	 * @param activeDays days since the start, pauses left out
	 * @param meetings each meeting's date and minutes
	 * @param placementHours hours of placement by week (Monday)
	 */
	static Cadence evaluate(ProgramRules rules, MentorshipStatus status, LocalDate startedOn, long activeDays,
			Integer totalWeeks, List<Map.Entry<LocalDate, Integer>> meetings, Map<LocalDate, BigDecimal> placementHours,
			LocalDate today) {
		int minimum = rules.minimumMeetingMinutes() == null ? 0 : rules.minimumMeetingMinutes();
		var qualifying = meetings.stream().filter(meeting -> meeting.getValue() >= minimum).toList();
		var last = qualifying.stream().map(Map.Entry::getKey).max(LocalDate::compareTo).orElse(null);
		double meetingHours = meetings.stream().mapToInt(Map.Entry::getValue).sum() / 60.0;
		double placement = placementHours.values().stream().mapToDouble(BigDecimal::doubleValue).sum();
		double hoursDone = meetingHours + placement;
		var why = new java.util.ArrayList<String>();

		int cadenceWeeks = rules.meetingCadence() == null ? 0 : rules.meetingCadence().weeks();
		int meetingsDue = 0;
		LocalDate nextBy = null;
		boolean overdue = false;
		boolean behind = false;
		long quietDays = java.time.temporal.ChronoUnit.DAYS.between(last == null ? startedOn : last, today);
		if (cadenceWeeks > 0) {
			long periods = activeDays / (7L * cadenceWeeks);
			if (totalWeeks != null) {
				periods = Math.min(periods, totalWeeks / cadenceWeeks);
			}
			meetingsDue = (int) periods;
			nextBy = (last == null ? startedOn : last).plusWeeks(cadenceWeeks);
			if (qualifying.size() < meetingsDue) {
				behind = true;
				why.add("cadence.why.meetings");
			}
			if (quietDays > 2L * 7 * cadenceWeeks && activeDays > 7L * cadenceWeeks) {
				overdue = true;
				why.add("cadence.why.quiet");
			}
		}

		double hoursDue = 0;
		if (rules.weeklyPlacementHours() != null) {
			long weeks = activeDays / 7;
			hoursDue = rules.weeklyPlacementHours().doubleValue() * weeks;
			if (rules.targetContactHours() != null) {
				hoursDue = Math.min(hoursDue, rules.targetContactHours().doubleValue());
			}
			if (activeDays >= 14 && !loggedInLastTwoWeeks(placementHours, today)) {
				overdue = true;
				why.add("cadence.why.placement");
			}
		}
		else if (rules.targetContactHours() != null && totalWeeks != null && totalWeeks > 0) {
			hoursDue = rules.targetContactHours().doubleValue() * Math.min(1.0, activeDays / (7.0 * totalWeeks));
		}
		if (hoursDue > 0 && hoursDone < HOURS_TOLERANCE * hoursDue) {
			behind = true;
			why.add("cadence.why.hours");
		}
		if (cadenceWeeks == 0 && rules.weeklyPlacementHours() == null && activeDays > QUIET_BEHIND_DAYS) {
			if (quietDays > QUIET_OVERDUE_DAYS) {
				overdue = true;
				why.add("cadence.why.quiet");
			}
			else if (quietDays > QUIET_BEHIND_DAYS) {
				behind = true;
				why.add("cadence.why.quiet");
			}
		}
		var standing = switch (status) {
			case CLOSED -> Standing.CLOSED;
			case PAUSED -> Standing.PAUSED;
			case ACTIVE -> overdue ? Standing.OVERDUE : behind ? Standing.BEHIND : Standing.ON_TRACK;
		};
		// hours done rounded down, as the completion reads them on the same page: 4.25 hours are 4.2 in both
		return new Cadence(standing, qualifying.size(), meetingsDue, Math.floor(hoursDone * 10 + 1e-9) / 10.0,
				Math.round(hoursDue * 10) / 10.0, last, status == MentorshipStatus.ACTIVE ? nextBy : null,
				standing == Standing.BEHIND || standing == Standing.OVERDUE ? List.copyOf(new java.util.LinkedHashSet<>(why))
						: List.of(),
				cadenceWeeks);
	}

	private static boolean loggedInLastTwoWeeks(Map<LocalDate, BigDecimal> placementHours, LocalDate today) {
		var thisWeek = today.with(java.time.DayOfWeek.MONDAY);
		return placementHours.entrySet()
			.stream()
			.anyMatch(week -> !week.getKey().isBefore(thisWeek.minusWeeks(2)) && week.getValue().signum() > 0);
	}
}
