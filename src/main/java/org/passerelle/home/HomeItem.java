package org.passerelle.home;

import java.util.List;

import org.passerelle.program.ProgramId;

/**
 * One thing a person has to do next, or to know, on their home page: what it is, how many, said
 * in the reader's language, and the page where it is done.
 *
 * @param count how many; {@code null} where a funder's small count is withheld, or for an item
 *        that is a date rather than a number (the next meeting)
 * @param label the item in the reader's language, the count first, readable on its own
 * @param link the address of the page where it is done, from the application's root
 * @param program the program it concerns, or {@code null} for an item of the person themself
 * @param details what the count is made of (the steps people are blocked on, the drafts and
 *        what each lacks, the events), each with its own page where it has one
 */
public record HomeItem(Kind kind, Long count, String label, String link, Program program, List<Detail> details) {

	public HomeItem {
		details = List.copyOf(details);
	}

	/** What an item is about. */
	public enum Kind {
		// coordinators and administrators, per program
		REFERRALS_TO_DECIDE, INTAKE_BLOCKED, INVITATIONS_NOT_ACCEPTED, MENTEES_WAITING, PROPOSALS_UNANSWERED, INTRODUCTIONS_TO_RECORD,
		AGREEMENTS_TO_SIGN, MENTORSHIPS_OVERDUE, MENTORSHIPS_BEHIND, CHECK_INS_DUE, DIFFICULTIES_OPEN,
		ATTENDANCE_TO_TAKE,
		// referral partners
		REFERRAL_DRAFTS, REFERRALS_RETURNED, DECISIONS_THIS_MONTH,
		// mentors and mentees
		PROPOSAL_TO_ANSWER, AGREEMENT_TO_SIGN, MEETING_TO_CONFIRM, NEXT_MEETING, EXIT_INTERVIEW_TO_FILL,
		FOLLOW_UP_TO_ANSWER, EVENT_INVITATIONS, QUESTIONNAIRE_TO_ANSWER,
		// funders: the results of the year so far
		RESULTS_MENTEES, RESULTS_MENTORS, RESULTS_MATCHES, RESULTS_EMPLOYED,
		// employers
		AFFILIATED_MENTORS,
		// privacy officers
		INCIDENTS_OPEN, INCIDENT_NOTICES_DUE, AUDIT_ENTRIES_TODAY;

		/** Whether the page shows the item under its program's heading: the coordinators' items. */
		public boolean perProgram() {
			return ordinal() <= ATTENDANCE_TO_TAKE.ordinal();
		}
	}

	/** The program an item concerns. */
	public record Program(ProgramId id, String name) {
	}

	/**
	 * Part of an item.
	 *
	 * @param count how many, where the detail is a count
	 * @param link its own page, or {@code null}
	 */
	public record Detail(String label, Long count, String link) {
	}
}
