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

	/**
	 * An application not selected reached the end of its program's retention period and is being
	 * destroyed, within the destroying transaction: whoever keeps data about it must drop it now.
	 *
	 * @param personDestroyed whether the whole person goes, nothing else keeping them
	 */
	public record ApplicationDestroyed(ParticipantId participant, ProgramId program, boolean personDestroyed) {
	}
}
