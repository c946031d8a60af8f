package org.passerelle.activity;

import java.time.LocalDateTime;
import java.util.List;

import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;

/**
 * What happens to group sessions and events, for the modules that react: notifications.
 */
public final class ActivityEvents {

	private ActivityEvents() {
	}

	/** People were invited to an event still to come. */
	public record PeopleInvited(ActivityId activity, ProgramId program, String programName, String title,
			LocalDateTime startsAt, List<ParticipantId> invited) {
	}

	/** An event still to come was cancelled; the people invited are told why. */
	public record ActivityCancelled(ActivityId activity, ProgramId program, String programName, String title,
			LocalDateTime startsAt, String reason, List<ParticipantId> invited) {
	}
}
