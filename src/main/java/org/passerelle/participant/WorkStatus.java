package org.passerelle.participant;

/**
 * Whether a mentor is working, retired or a student.
 */
public enum WorkStatus {
	WORKING, RETIRED, STUDENT
}
