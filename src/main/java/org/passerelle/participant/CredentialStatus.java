package org.passerelle.participant;

/**
 * Where the recognition of foreign credentials stands.
 */
public enum CredentialStatus {
	NOT_NEEDED, NOT_STARTED, IN_PROGRESS, RECOGNISED
}
