package org.passerelle.participant;

import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;

/**
 * What happens to participants, for the modules that react: notifications.
 */
public final class ParticipantEvents {

	private ParticipantEvents() {
	}

	/**
	 * Someone applied to a program on the public form.
	 *
	 * @param newPerson whether the application registered someone not known before
	 */
	public record ApplicationReceived(ParticipantId participant, ProgramId program, Audience role,
			boolean newPerson) {
	}
}
