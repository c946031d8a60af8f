package org.passerelle.evaluation;

/** What an entry of a person's employment history comes from. */
public enum EmploymentSource {
	CLOSURE, EXIT_INTERVIEW, FOLLOW_UP, COORDINATOR
}
