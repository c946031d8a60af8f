package org.passerelle.activity;

import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramId;

/**
 * How a person attended the mandatory sessions of a program held so far to which they were
 * invited — what the completion certificate looks at (R-MEN-8).
 *
 * @param held mandatory sessions held (attendance taken) to which the person was invited
 * @param attended those where they were present
 * @param excused those they were excused from
 * @param missed those where they were absent without excuse
 */
public record MandatoryAttendance(ParticipantId participant, ProgramId program, int held, int attended, int excused,
		int missed) {

	/** Whether the person missed none without an excuse. */
	public boolean noneMissed() {
		return missed == 0;
	}
}
