package org.passerelle.reference;

/**
 * A person's status in Canada, as eligibility rules name it.
 */
public enum ImmigrationStatus {
	CITIZEN, PERMANENT_RESIDENT, CONVENTION_REFUGEE, PROTECTED_PERSON, REFUGEE_CLAIMANT, TEMPORARY_WORKER,
	INTERNATIONAL_STUDENT, OTHER
}
