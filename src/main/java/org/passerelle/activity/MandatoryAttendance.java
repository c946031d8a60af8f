package org.passerelle.activity;

import java.time.LocalDate;
import java.util.List;

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
 * @param missedSessions which sessions those were, the earliest first
 */
public record MandatoryAttendance(ParticipantId participant, ProgramId program, int held, int attended, int excused,
		int missed, List<MissedSession> missedSessions) {

	public MandatoryAttendance {
		missedSessions = List.copyOf(missedSessions);
	}

	/** A mandatory session missed without excuse: its title and the day it was held. */
	public record MissedSession(ActivityId activity, String title, LocalDate on) {
	}

	/** Whether the person missed none without an excuse. */
	public boolean noneMissed() {
		return missed == 0;
	}
}
