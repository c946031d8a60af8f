package org.passerelle.program;

/**
 * Where professional experience counts for a criterion.
 */
public enum ExperienceRegion {
	ANYWHERE, CANADA, ABROAD
}
