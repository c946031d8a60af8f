package org.passerelle.evaluation;

import java.time.LocalDate;

/**
 * An admission to an academic program — CSCPQ's third way to the certificate — recorded as what it
 * is: the program, the institution, whether it is related to the person's field, the date.
 */
public record AcademicAdmission(String programName, String institution, Boolean related, LocalDate admittedOn)
		implements java.io.Serializable {
}
