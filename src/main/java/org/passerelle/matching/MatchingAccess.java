package org.passerelle.matching;


import org.passerelle.core.NotFoundException;
import org.passerelle.identity.Actor;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on what in matching: a program's coordinators (and administrators) act for
 * it; the two people of a match see it. What one may not see is not found.
 */
@Component
class MatchingAccess {

	private final ProgramManagement programs;

	private final ParticipantDirectory participants;

	private final MatchRepository matches;

	MatchingAccess(ProgramManagement programs, ParticipantDirectory participants, MatchRepository matches) {
		this.programs = programs;
		this.participants = participants;
		this.matches = matches;
	}

	/** Whether the actor coordinates the program (its coordinators and administrators). */
	boolean mayCoordinate(Actor actor, ProgramId program) {
		return programs.coordinates(actor, program);
	}

	void requireCoordination(Actor actor, ProgramId program) {
		if (!mayCoordinate(actor, program)) {
			throw new NotFoundException("program", program);
		}
	}

	/**
	 * The match, if the actor may see it (the program's coordinators and the pair); otherwise not
	 * found. Reads the match only, not its view.
	 */
	Match visible(Actor actor, MatchId id) {
		var match = matches.findById(id.value()).orElseThrow(() -> new NotFoundException("match", id));
		if (mayCoordinate(actor, match.program())) {
			return match;
		}
		var me = participants.participantOf(actor.userId());
		if (me.isPresent() && (me.get().equals(match.mentee()) || me.get().equals(match.mentor()))) {
			return match;
		}
		throw new NotFoundException("match", id);
	}
}
