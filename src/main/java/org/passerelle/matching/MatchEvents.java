package org.passerelle.matching;

import java.time.LocalDate;

import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;

/**
 * What happens to matches, for the modules that react: notifications, and the mentorship that
 * starts once the agreement is signed.
 */
public final class MatchEvents {

	private MatchEvents() {
	}

	/** A pair was proposed to a mentee and a mentor. */
	public record MatchProposed(MatchId match, ProgramId program, ParticipantId mentee, ParticipantId mentor) {
	}

	/** One of them declined; both are back in the pool, and the pair will not be proposed again. */
	public record MatchDeclined(MatchId match, ProgramId program, ParticipantId mentee, ParticipantId mentor) {
	}

	/** Both signed the program's mentoring agreement: the mentorship starts. */
	public record MentorshipAgreed(MatchId match, ProgramId program, ParticipantId mentee, ParticipantId mentor,
			int agreementVersion, LocalDate agreedOn) {
	}

	/** The program withdrew a proposal before the agreement was signed; both are back in the pool. */
	public record MatchCancelled(MatchId match, ProgramId program, ParticipantId mentee, ParticipantId mentor) {
	}

	/** The mentorship that followed the match closed; the mentor's place is free again. */
	public record MatchEnded(MatchId match, ProgramId program, ParticipantId mentee, ParticipantId mentor) {
	}

	/** A proposal waited longer than the program allows for someone's answer. */
	public record ProposalWaiting(MatchId match, ProgramId program, ParticipantId waitingFor) {
	}
}
