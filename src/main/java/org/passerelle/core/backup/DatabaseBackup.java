package org.passerelle.core.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Backs up the whole application schema into one zip file, and restores such a file into an empty
 * installation, through JDBC only: the embedded PostgreSQL ships no {@code pg_dump}, and the same
 * code then works on an external server.
 * <p>
 * A backup is one consistent snapshot (a repeatable-read, read-only transaction) of every table,
 * Flyway's history included, each copied in PostgreSQL's binary COPY format, with a
 * {@link BackupManifest}. A restore builds the backup's schema version in a schema of its own, loads
 * every table in one transaction, migrates it to this version, then puts it in place of the current
 * schema in one transaction: it succeeds whole or changes nothing.
 */
@Component
public class DatabaseBackup {

	private static final Logger log = LoggerFactory.getLogger(DatabaseBackup.class);

	/** Where a restore is built before it replaces the application schema. */
	static final String STAGING_SCHEMA = "passerelle_restore";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final DataSource dataSource;

	private final Clock clock;

	private final String[] migrations;

	DatabaseBackup(DataSource dataSource, Clock clock,
			@Value("${spring.flyway.locations:classpath:db/migration}") String[] migrations) {
		this.dataSource = dataSource;
		this.clock = clock;
		this.migrations = migrations;
	}

	/**
	 * Writes a backup of the whole database to {@code file}, which must not exist yet; the file
	 * appears only once complete.
	 *
	 * @throws BackupRefusedException when the file exists, its folder does not, or the database
	 *         holds no Passerelle schema
	 */
	public BackupManifest backUp(Path file) {
		if (Files.exists(file)) {
			throw new BackupRefusedException(file + " already exists: choose a new file name");
		}
		var folder = file.toAbsolutePath().getParent();
		if (!Files.isDirectory(folder)) {
			throw new BackupRefusedException("The folder " + folder + " does not exist");
		}
		var partial = folder.resolve(file.getFileName() + ".part");
		try (var connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				execute(connection, "set transaction isolation level repeatable read, read only");
				var manifest = writeSnapshot(connection, partial);
				connection.commit();
				Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
				return manifest;
			}
			finally {
				if (!connection.getAutoCommit()) {
					connection.rollback();
					connection.setAutoCommit(true);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The backup failed: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The backup could not be written to " + file + ": " + ex.getMessage(), ex);
		}
		finally {
			try {
				Files.deleteIfExists(partial);
			}
			catch (IOException ex) {
				log.warn("Could not delete the unfinished backup {}", partial, ex);
			}
		}
	}

	private BackupManifest writeSnapshot(Connection connection, Path partial) throws SQLException, IOException {
		var schema = Sql.currentSchema(connection);
		var schemaVersion = Sql.schemaVersion(connection, schema);
		if (schemaVersion == null) {
			throw new BackupRefusedException("This database holds no Passerelle data yet (no Flyway history in schema "
					+ schema + "): there is nothing to back up");
		}
		var copy = connection.unwrap(PGConnection.class).getCopyAPI();
		var tables = new ArrayList<BackupManifest.Table>();
		try (var zip = new ZipOutputStream(Files.newOutputStream(partial))) {
			for (var name : Sql.tables(connection, schema)) {
				var columns = Sql.columns(connection, schema, name);
				var entry = new BackupManifest.Table(name, columns, 0);
				zip.putNextEntry(new ZipEntry(entry.entry()));
				long rows = copy.copyOut("copy %s (%s) to stdout (format binary)".formatted(Sql.qualified(schema, name),
						Sql.list(columns)), new KeptOpen(zip));
				zip.closeEntry();
				tables.add(new BackupManifest.Table(name, columns, rows));
			}
			var manifest = new BackupManifest(BackupManifest.FORMAT, BackupManifest.FORMAT_VERSION, passerelleVersion(),
					schemaVersion.getVersion(), clock.instant(), List.copyOf(tables), Sql.sequences(connection, schema));
			zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
			zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
			zip.closeEntry();
			return manifest;
		}
	}

	/**
	 * Reads what a backup file holds, without a database.
	 *
	 * @throws BackupRefusedException when the file is missing or is not a Passerelle backup this
	 *         version can read
	 */
	public static BackupManifest readManifest(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new BackupRefusedException(file + " does not exist");
		}
		try (var zip = new ZipFile(file.toFile())) {
			var entry = zip.getEntry(BackupManifest.ENTRY);
			if (entry == null) {
				throw notABackup(file);
			}
			BackupManifest manifest;
			try (var in = zip.getInputStream(entry)) {
				manifest = json.readValue(in, BackupManifest.class);
			}
			if (!BackupManifest.FORMAT.equals(manifest.format()) || manifest.tables() == null
					|| manifest.schemaVersion() == null) {
				throw notABackup(file);
			}
			if (manifest.formatVersion() > BackupManifest.FORMAT_VERSION) {
				throw new BackupRefusedException(file + " was written by a newer Passerelle (" + manifest.passerelleVersion()
						+ "): restore it with that version or a later one");
			}
			for (var table : manifest.tables()) {
				if (zip.getEntry(table.entry()) == null) {
					throw new BackupRefusedException(file + " is incomplete: the table " + table.name() + " is missing");
				}
			}
			return manifest;
		}
		catch (ZipException | JacksonException ex) {
			throw notABackup(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static BackupRefusedException notABackup(Path file) {
		return new BackupRefusedException(file + " is not a Passerelle backup");
	}

	/** What a restore did. */
	public record Restored(BackupManifest manifest, Duration took) {
	}

	/**
	 * Replaces the application schema with the backup in {@code file}, then migrates it to this
	 * version. Everything is restored or nothing changes.
	 *
	 * @param force replace an installation that already holds accounts or participants
	 * @throws BackupRefusedException when the file is not a backup this version can restore, or the
	 *         installation holds data and {@code force} is not given
	 */
	public Restored restore(Path file, boolean force) {
		long started = System.nanoTime();
		var manifest = readManifest(file);
		var backupVersion = MigrationVersion.fromVersion(manifest.schemaVersion());
		var latest = latestKnownVersion();
		if (backupVersion.isNewerThan(latest)) {
			throw new BackupRefusedException(file + " holds schema version " + backupVersion + " (Passerelle "
					+ manifest.passerelleVersion() + "); this version knows schema versions up to " + latest
					+ ": restore it with Passerelle " + manifest.passerelleVersion() + " or later");
		}
		try (var connection = dataSource.getConnection()) {
			var schema = Sql.currentSchema(connection);
			if (!force) {
				refuseUnlessEmpty(connection, schema);
			}
			execute(connection, "drop schema if exists " + Sql.quote(STAGING_SCHEMA) + " cascade");
			try {
				staging().target(backupVersion).load().migrate();
				load(connection, file, manifest);
				staging().load().migrate();
				swap(connection, schema);
			}
			catch (RuntimeException | SQLException | IOException ex) {
				dropStaging(connection);
				throw ex;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The restore failed, nothing was changed: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file + ", nothing was changed: " + ex.getMessage(), ex);
		}
		return new Restored(manifest, Duration.ofNanos(System.nanoTime() - started));
	}

	private static void dropStaging(Connection connection) {
		try {
			execute(connection, "drop schema if exists " + Sql.quote(STAGING_SCHEMA) + " cascade");
		}
		catch (SQLException ex) {
			log.warn("Could not drop the unfinished restore in schema {}: {}", STAGING_SCHEMA, ex.getMessage());
		}
	}

	private static void refuseUnlessEmpty(Connection connection, String schema) throws SQLException {
		long accounts = Sql.countIfPresent(connection, schema, "user_account");
		long participants = Sql.countIfPresent(connection, schema, "participant");
		if (accounts > 0 || participants > 0) {
			throw new BackupRefusedException("This installation already holds data (" + accounts + " accounts, "
					+ participants + " participants): restore into an empty installation, or add --force to replace "
					+ "everything it holds");
		}
	}

	/** Loads every table in one transaction, with foreign keys and triggers set aside while it does. */
	private void load(Connection connection, Path file, BackupManifest manifest) throws SQLException, IOException {
		var present = Sql.tables(connection, STAGING_SCHEMA);
		var missing = manifest.tables().stream().map(BackupManifest.Table::name).filter(name -> !present.contains(name))
			.toList();
		if (!missing.isEmpty()) {
			throw new BackupRefusedException(file + " holds tables that schema version " + manifest.schemaVersion()
					+ " does not create: " + String.join(", ", missing));
		}
		var copy = connection.unwrap(PGConnection.class).getCopyAPI();
		connection.setAutoCommit(false);
		try (var zip = new ZipFile(file.toFile())) {
			// the snapshot was consistent: its rows need no checking, in whatever order they come
			execute(connection, "set local session_replication_role = replica");
			// migrations may have written rows (Flyway's history, reference data): the backup has them
			execute(connection, "truncate " + manifest.tables().stream()
				.map(table -> Sql.qualified(STAGING_SCHEMA, table.name()))
				.collect(Collectors.joining(", ")) + " cascade");
			for (var table : manifest.tables()) {
				try (var in = zip.getInputStream(zip.getEntry(table.entry()))) {
					long rows = copy.copyIn("copy %s (%s) from stdin (format binary)"
						.formatted(Sql.qualified(STAGING_SCHEMA, table.name()), Sql.list(table.columns())), in);
					if (rows != table.rows()) {
						throw new BackupRefusedException(file + " is damaged: " + rows + " rows read for " + table.name()
								+ " where " + table.rows() + " were backed up");
					}
				}
			}
			for (var sequence : manifest.sequences()) {
				try (var statement = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
					statement.setString(1, Sql.qualified(STAGING_SCHEMA, sequence.name()));
					statement.setLong(2, sequence.lastValue());
					statement.setBoolean(3, sequence.called());
					statement.execute();
				}
			}
			connection.commit();
		}
		finally {
			if (!connection.getAutoCommit()) {
				connection.rollback();
				connection.setAutoCommit(true);
			}
		}
	}

	/** Puts the restored schema in place of the current one, in one transaction. */
	private static void swap(Connection connection, String schema) throws SQLException {
		connection.setAutoCommit(false);
		try {
			execute(connection, "drop schema if exists " + Sql.quote(schema) + " cascade");
			execute(connection, "alter schema " + Sql.quote(STAGING_SCHEMA) + " rename to " + Sql.quote(schema));
			connection.commit();
		}
		finally {
			if (!connection.getAutoCommit()) {
				connection.rollback();
				connection.setAutoCommit(true);
			}
		}
	}

	private org.flywaydb.core.api.configuration.FluentConfiguration staging() {
		return Flyway.configure().dataSource(dataSource).locations(migrations).schemas(STAGING_SCHEMA);
	}

	/** The newest schema version this version of Passerelle migrates to. */
	MigrationVersion latestKnownVersion() {
		return Arrays.stream(Flyway.configure().dataSource(dataSource).locations(migrations).load().info().all())
			.filter(migration -> migration.getVersion() != null && migration.getState().isResolved())
			.map(migration -> migration.getVersion())
			.max(Comparator.naturalOrder())
			.orElseThrow(() -> new IllegalStateException("No migration found in " + Arrays.toString(migrations)));
	}

	static String passerelleVersion() {
		return Objects.requireNonNullElse(DatabaseBackup.class.getPackage().getImplementationVersion(), "development");
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (var statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/** Lets COPY write one zip entry without closing the whole zip. */
	private static final class KeptOpen extends FilterOutputStream {

		KeptOpen(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
