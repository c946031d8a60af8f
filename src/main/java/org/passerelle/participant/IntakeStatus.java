package org.passerelle.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.passerelle.program.Audience;
import org.passerelle.program.IntakeStep;
import org.passerelle.program.ProgramId;

/**
 * Where a person stands in a program's intake: the steps it requires, those passed and when, those
 * still missing, and whether the person is ready to be matched — enrolled, with every step passed.
 */
public record IntakeStatus(ParticipantId participant, String name, ProgramId program, Audience role,
		ParticipationStatus status, List<IntakeStep> required, Map<IntakeStep, LocalDate> passed,
		List<IntakeStep> missing, boolean matchable) {
}
