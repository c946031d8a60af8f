package org.passerelle.program;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The configurable rules of a program (R-PRG-3). Empty values mean "no such rule".
 *
 * @param durationWeeks how long a mentorship lasts
 * @param meetingCadence how often the pair meets
 * @param minimumMeetingMinutes shortest meeting that counts
 * @param targetContactHours direct contact expected over the duration, such as 24 hours
 * @param weeklyPlacementHours hours a week in a placement, such as 12
 * @param groupSessionsMandatory whether group sessions (peer support meetings) are mandatory
 * @param groupSessionEveryWeeks weeks between two group sessions
 * @param checkInEveryWeeks weeks between two coordinator check-ins, such as 4 for monthly
 * @param mentorCapacity mentees one mentor may follow at once, at least 1
 * @param menteesPerGroupMin fewest mentees in a group (group format)
 * @param menteesPerGroupMax most mentees in a group
 * @param mentorsPerGroupMin fewest mentors in a group
 * @param mentorsPerGroupMax most mentors in a group
 * @param introductionMinutes length of a connector introduction
 * @param minimumReferrals contacts each connector refers the newcomer to
 * @param extensionAllowed whether both parties may extend the mentorship
 * @param retentionMonths months an application not selected is kept before destruction
 * @param mentorsMustBeAffiliated whether mentors must be affiliated with a partner organisation
 * @param menteesMayApply whether mentees may apply directly on the public form (mentors always may)
 * @param minimumMatchScore the score under which matching proposes no pair: the mentee waits instead
 * @param proposalReminderDays days a proposal may wait for an answer before those who must answer
 *        are reminded; empty for no reminder
 * @param completion when a participation counts as completed
 * @param matchingObjective what a pool run makes as large as possible: the total score (the
 *        default), or the number of mentees matched first
 */
@Embeddable
public record ProgramRules(@Min(value = 1, message = "{field.min}") @Max(value = 520, message = "{field.max}") Integer durationWeeks,
		@NotNull(message = "{program.cadence.required}") @Enumerated(EnumType.STRING) MeetingCadence meetingCadence,
		@Min(value = 1, message = "{field.min}") @Max(value = 1440, message = "{field.max}") Integer minimumMeetingMinutes,
		@DecimalMin(value = "0.5", message = "{field.min}") @DecimalMax(value = "10000", message = "{field.max}") BigDecimal targetContactHours,
		@DecimalMin(value = "0.5", message = "{field.min}") @DecimalMax(value = "80", message = "{field.max}") BigDecimal weeklyPlacementHours,
		boolean groupSessionsMandatory,
		@Min(value = 1, message = "{field.min}") @Max(value = 52, message = "{field.max}") Integer groupSessionEveryWeeks,
		@Min(value = 1, message = "{field.min}") @Max(value = 52, message = "{field.max}") Integer checkInEveryWeeks,
		@Min(value = 1, message = "{program.rules.capacity}") @Max(value = 1000, message = "{field.max}") int mentorCapacity,
		@Min(value = 1, message = "{field.min}") @Max(value = 1000, message = "{field.max}") Integer menteesPerGroupMin,
		@Min(value = 1, message = "{field.min}") @Max(value = 1000, message = "{field.max}") Integer menteesPerGroupMax,
		@Min(value = 1, message = "{field.min}") @Max(value = 1000, message = "{field.max}") Integer mentorsPerGroupMin,
		@Min(value = 1, message = "{field.min}") @Max(value = 1000, message = "{field.max}") Integer mentorsPerGroupMax,
		@Min(value = 1, message = "{field.min}") @Max(value = 600, message = "{field.max}") Integer introductionMinutes,
		@Min(value = 0, message = "{field.min}") @Max(value = 100, message = "{field.max}") Integer minimumReferrals,
		boolean extensionAllowed,
		@Min(value = 0, message = "{field.min}") @Max(value = 120, message = "{field.max}") int retentionMonths,
		boolean mentorsMustBeAffiliated, boolean menteesMayApply,
		@Min(value = 0, message = "{field.min}") @Max(value = 100, message = "{field.max}") Integer minimumMatchScore,
		@Min(value = 1, message = "{field.min}") @Max(value = 60, message = "{field.max}") Integer proposalReminderDays,
		@Valid @NotNull @Embedded CompletionRule completion,
		@Enumerated(EnumType.STRING) MatchingObjective matchingObjective) {

	/** The minimum score when none is set. */
	public static final int DEFAULT_MINIMUM_MATCH_SCORE = 40;

	public ProgramRules {
		minimumMatchScore = minimumMatchScore == null ? DEFAULT_MINIMUM_MATCH_SCORE : minimumMatchScore;
		// programs made before the setting, and requests that leave it out, keep what pool runs always did
		matchingObjective = matchingObjective == null ? MatchingObjective.MAXIMUM_TOTAL : matchingObjective;
		// a form with no completion field ticked or filled sends nothing for it: no completion rule
		completion = completion == null ? new CompletionRule(null, null, false, false, false) : completion;
	}

	/** Rules with nothing set but one mentee per mentor and a six-month retention. */
	public static ProgramRules basic() {
		return builder().build();
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Builds rules by name, for templates and tests; unset values stay empty. */
	public static final class Builder {

		private Integer durationWeeks;

		private MeetingCadence meetingCadence = MeetingCadence.AS_AGREED;

		private Integer minimumMeetingMinutes;

		private BigDecimal targetContactHours;

		private BigDecimal weeklyPlacementHours;

		private boolean groupSessionsMandatory;

		private Integer groupSessionEveryWeeks;

		private Integer checkInEveryWeeks;

		private int mentorCapacity = 1;

		private Integer menteesPerGroupMin;

		private Integer menteesPerGroupMax;

		private Integer mentorsPerGroupMin;

		private Integer mentorsPerGroupMax;

		private Integer introductionMinutes;

		private Integer minimumReferrals;

		private boolean extensionAllowed;

		private int retentionMonths = 6;

		private boolean mentorsMustBeAffiliated;

		private boolean menteesMayApply;

		private Integer minimumMatchScore = DEFAULT_MINIMUM_MATCH_SCORE;

		private Integer proposalReminderDays = 5;

		private CompletionRule completion = new CompletionRule(null, null, false, false, false);

		private MatchingObjective matchingObjective = MatchingObjective.MAXIMUM_TOTAL;

		public Builder durationWeeks(Integer weeks) {
			this.durationWeeks = weeks;
			return this;
		}

		public Builder meetingCadence(MeetingCadence cadence) {
			this.meetingCadence = cadence;
			return this;
		}

		public Builder minimumMeetingMinutes(Integer minutes) {
			this.minimumMeetingMinutes = minutes;
			return this;
		}

		public Builder targetContactHours(int hours) {
			this.targetContactHours = BigDecimal.valueOf(hours);
			return this;
		}

		public Builder weeklyPlacementHours(int hours) {
			this.weeklyPlacementHours = BigDecimal.valueOf(hours);
			return this;
		}

		public Builder groupSessions(boolean mandatory, int everyWeeks) {
			this.groupSessionsMandatory = mandatory;
			this.groupSessionEveryWeeks = everyWeeks;
			return this;
		}

		public Builder checkInEveryWeeks(int weeks) {
			this.checkInEveryWeeks = weeks;
			return this;
		}

		public Builder mentorCapacity(int capacity) {
			this.mentorCapacity = capacity;
			return this;
		}

		public Builder groupSize(int menteesMin, int menteesMax, int mentorsMin, int mentorsMax) {
			this.menteesPerGroupMin = menteesMin;
			this.menteesPerGroupMax = menteesMax;
			this.mentorsPerGroupMin = mentorsMin;
			this.mentorsPerGroupMax = mentorsMax;
			return this;
		}

		public Builder introductions(int minutes, int referrals) {
			this.introductionMinutes = minutes;
			this.minimumReferrals = referrals;
			return this;
		}

		public Builder extensionAllowed(boolean allowed) {
			this.extensionAllowed = allowed;
			return this;
		}

		public Builder retentionMonths(int months) {
			this.retentionMonths = months;
			return this;
		}

		public Builder matchingObjective(MatchingObjective objective) {
			this.matchingObjective = objective;
			return this;
		}

		public Builder mentorsMustBeAffiliated(boolean required) {
			this.mentorsMustBeAffiliated = required;
			return this;
		}

		public Builder menteesMayApply(boolean allowed) {
			this.menteesMayApply = allowed;
			return this;
		}

		public Builder minimumMatchScore(int score) {
			this.minimumMatchScore = score;
			return this;
		}

		public Builder proposalReminderDays(Integer days) {
			this.proposalReminderDays = days;
			return this;
		}

		public Builder completion(CompletionRule rule) {
			this.completion = rule;
			return this;
		}

		public ProgramRules build() {
			return new ProgramRules(durationWeeks, meetingCadence, minimumMeetingMinutes, targetContactHours,
					weeklyPlacementHours, groupSessionsMandatory, groupSessionEveryWeeks, checkInEveryWeeks,
					mentorCapacity, menteesPerGroupMin, menteesPerGroupMax, mentorsPerGroupMin, mentorsPerGroupMax,
					introductionMinutes, minimumReferrals, extensionAllowed, retentionMonths, mentorsMustBeAffiliated,
					menteesMayApply, minimumMatchScore, proposalReminderDays, completion, matchingObjective);
		}
	}
}
