package org.passerelle.reference;

/**
 * The classifications Passerelle reads from Statistics Canada, each with five levels.
 */
public enum Classification {

	/** National Occupational Classification 2021: broad category, major, sub-major, minor, unit group. */
	NOC_2021,
	/** North American Industry Classification System Canada 2022: sector to Canadian industry. */
	NAICS_2022;

	public static final int LEVELS = 5;
}
