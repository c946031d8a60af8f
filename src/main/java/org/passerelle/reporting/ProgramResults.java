package org.passerelle.reporting;

import org.passerelle.program.ProgramId;

/**
 * The results of one program over a period — or, without a program, of all the programs of the
 * report (the total row). A figure is {@code null} where it is suppressed because it is small
 * (see {@link ResultsReport#smallCountsSuppressed()}). What each figure counts is set out in
 * {@link ResultsReporting}.
 *
 * @param program the program, {@code null} on the total row
 * @param name the program's name, {@code null} on the total row
 * @param mentorsRegistered mentors registered in the period
 * @param menteesRegistered mentees registered in the period
 * @param matches pairs whose mentoring agreement both signed in the period
 * @param menteesEmployed mentees whose mentorship closed in the period with a job
 * @param menteesEmployedInField of them, those employed in their field
 */
public record ProgramResults(ProgramId program, String name, Long mentorsRegistered, Long menteesRegistered,
		Long matches, Long menteesEmployed, Long menteesEmployedInField) {
}
