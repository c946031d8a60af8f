package org.passerelle.core;

import java.nio.file.Path;

/**
 * The embedded database's directory is held by another running Passerelle: this process may not
 * start a server on it (the backup commands then say to stop Passerelle first).
 */
public class DatabaseInUseException extends IllegalStateException {

	public DatabaseInUseException(Path directory) {
		super("The embedded database in " + directory + " is used by another running Passerelle: stop it, or give"
				+ " this one another passerelle.embedded-database.directory");
	}
}
