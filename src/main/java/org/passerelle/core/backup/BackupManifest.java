package org.passerelle.core.backup;

import java.time.Instant;
import java.util.List;

/**
 * What a backup file holds, written as {@code manifest.json} beside one entry per table.
 *
 * @param format always {@link #FORMAT}, to tell a Passerelle backup from any other zip
 * @param formatVersion the layout of the file, {@link #FORMAT_VERSION} for this one
 * @param passerelleVersion the version of Passerelle that wrote it
 * @param schemaVersion the Flyway version of the database backed up
 * @param createdAt when the snapshot was taken
 * @param tables every table of the schema, with the columns copied and the rows found
 * @param sequences every sequence of the schema, with its value
 */
public record BackupManifest(String format, int formatVersion, String passerelleVersion, String schemaVersion,
		Instant createdAt, List<Table> tables, List<Sequence> sequences) {

	static final String FORMAT = "passerelle-backup";

	static final int FORMAT_VERSION = 1;

	static final String ENTRY = "manifest.json";

	public long rows() {
		return tables.stream().mapToLong(Table::rows).sum();
	}

	/** A table copied in PostgreSQL's binary COPY format into the entry {@link #entry()}. */
	public record Table(String name, List<String> columns, long rows) {

		String entry() {
			return "tables/" + name + ".copy";
		}
	}

	/** A sequence and where it stood, so that new rows never reuse a number. */
	public record Sequence(String name, long lastValue, boolean called) {
	}
}
