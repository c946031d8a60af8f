package org.passerelle.core;

/**
 * An encrypted value that cannot be read: its key is not configured, or it was altered (the GCM
 * tag does not match). Never shown as it is: the reader gets a page or problem that says the
 * information cannot be read, the log says which key and why (docs/operations.md).
 */
public class UnreadableValueException extends RuntimeException {

	private final String keyId;

	public UnreadableValueException(String keyId, String why, Throwable cause) {
		super("An encrypted value under key '" + keyId + "' cannot be read: " + why, cause);
		this.keyId = keyId;
	}

	/** The key the value names. */
	public String keyId() {
		return keyId;
	}
}
