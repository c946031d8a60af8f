package org.passerelle.participant;

/**
 * The highest level of education completed.
 */
public enum EducationLevel {
	SECONDARY, COLLEGE, BACHELOR, MASTER, DOCTORATE
}
