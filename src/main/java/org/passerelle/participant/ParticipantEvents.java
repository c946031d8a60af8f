package org.passerelle.participant;

import java.time.Instant;
import java.util.Set;

import org.passerelle.core.Language;
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

	/**
	 * A person was admitted to a program: their participation became enrolled, whatever the way
	 * (referral admitted, application accepted, recorded or imported by a coordinator).
	 */
	public record ParticipantAdmitted(ParticipantId participant, ProgramId program, Audience role) {
	}

	/**
	 * A person's record was saved — profile, participations, intake checks, consents, account —
	 * or merged into another: whoever keeps something computed from it (matching's pools) drops
	 * it. Published within the saving transaction.
	 *
	 * @param programs every program the person has a participation in, whatever its status
	 */
	public record ParticipantChanged(ParticipantId participant, Set<ProgramId> programs) {
	}

	/**
	 * An invitation to open an account was made, to be e-mailed at once. The link holds the only
	 * copy of its token: listeners handle the event within the publishing transaction (a plain
	 * {@code @EventListener}) and never keep it.
	 *
	 * @param link the whole address to open, token included
	 */
	public record InvitationSent(ParticipantId participant, ProgramId program, String email, String firstName,
			String programName, Language language, String link, Instant expiresAt) {
	}

	/**
	 * Someone whose invitation no longer works asks for a new one: the program's coordinators
	 * decide.
	 */
	public record InvitationRenewalRequested(ParticipantId participant, ProgramId program, String name) {
	}
}
