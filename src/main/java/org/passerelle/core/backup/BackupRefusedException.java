package org.passerelle.core.backup;

/**
 * A backup or a restore refused before it changed anything, for a reason the operator can act on
 * (the file exists or is missing, is not a Passerelle backup, comes from a newer version, the
 * installation holds data). The message is one line, in English, as the commands print it.
 */
public class BackupRefusedException extends RuntimeException {

	public BackupRefusedException(String message) {
		super(message);
	}
}
