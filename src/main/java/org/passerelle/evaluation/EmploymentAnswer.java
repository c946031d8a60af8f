package org.passerelle.evaluation;

import java.time.LocalDate;

import org.passerelle.mentorship.EmploymentStatus;

/**
 * Where a person stands with work, as a follow-up answers it or the coordinator records it. The
 * job's details — employer, NOC 2021 code, start date, hours a week, whether it came through the
 * mentor's network — are kept only for someone employed; the employer is then required.
 */
public record EmploymentAnswer(EmploymentStatus status, String employer, String occupationCode, LocalDate startedOn,
		Integer hoursPerWeek, Boolean throughMentorNetwork) implements java.io.Serializable {
}
