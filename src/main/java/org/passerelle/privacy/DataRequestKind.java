package org.passerelle.privacy;

/**
 * What a person asks about their personal information (Law 25 ss. 27–32, PIPEDA principle 9):
 * to have it, to have it corrected, to have it in a structured file, to withdraw a consent, or to
 * have it destroyed. Withdrawals and deletions are recorded and answered by hand until the
 * retention work does them.
 */
public enum DataRequestKind {
	ACCESS, RECTIFICATION, PORTABILITY, WITHDRAWAL, DELETION;

	/** Whether the person's export answers it. */
	public boolean answeredByExport() {
		return this == ACCESS || this == PORTABILITY;
	}
}
