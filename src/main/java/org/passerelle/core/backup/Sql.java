package org.passerelle.core.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.flywaydb.core.api.MigrationVersion;

/**
 * The catalogue queries a backup needs: the tables, columns and sequences of a schema, and its
 * Flyway version.
 */
final class Sql {

	private Sql() {
	}

	static String currentSchema(Connection connection) throws SQLException {
		try (var statement = connection.createStatement(); var rows = statement.executeQuery("select current_schema()")) {
			rows.next();
			return rows.getString(1);
		}
	}

	/** The ordinary tables of the schema, by name. */
	static List<String> tables(Connection connection, String schema) throws SQLException {
		return names(connection, """
				select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = ? and c.relkind = 'r' order by c.relname""", schema);
	}

	/** The columns a COPY writes: every one but the generated ones, which PostgreSQL computes again. */
	static List<String> columns(Connection connection, String schema, String table) throws SQLException {
		try (var statement = connection.prepareStatement("""
				select a.attname from pg_attribute a
				where a.attrelid = ?::regclass and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
				order by a.attnum""")) {
			statement.setString(1, qualified(schema, table));
			var columns = new ArrayList<String>();
			try (var rows = statement.executeQuery()) {
				while (rows.next()) {
					columns.add(rows.getString(1));
				}
			}
			return columns;
		}
	}

	static List<BackupManifest.Sequence> sequences(Connection connection, String schema) throws SQLException {
		var sequences = new ArrayList<BackupManifest.Sequence>();
		for (var name : names(connection, """
				select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = ? and c.relkind = 'S' order by c.relname""", schema)) {
			try (var statement = connection.createStatement();
					var rows = statement.executeQuery("select last_value, is_called from " + qualified(schema, name))) {
				rows.next();
				sequences.add(new BackupManifest.Sequence(name, rows.getLong(1), rows.getBoolean(2)));
			}
		}
		return sequences;
	}

	/** The newest version Flyway applied to the schema, or null when Flyway never ran there. */
	static MigrationVersion schemaVersion(Connection connection, String schema) throws SQLException {
		if (!exists(connection, schema, "flyway_schema_history")) {
			return null;
		}
		MigrationVersion newest = null;
		try (var statement = connection.createStatement(); var rows = statement.executeQuery(
				"select version from " + qualified(schema, "flyway_schema_history") + " where success and version is not null")) {
			while (rows.next()) {
				var version = MigrationVersion.fromVersion(rows.getString(1));
				if (newest == null || version.isNewerThan(newest)) {
					newest = version;
				}
			}
		}
		return newest;
	}

	/** How many rows the table holds; 0 when it does not exist. */
	static long countIfPresent(Connection connection, String schema, String table) throws SQLException {
		if (!exists(connection, schema, table)) {
			return 0;
		}
		try (var statement = connection.createStatement();
				var rows = statement.executeQuery("select count(*) from " + qualified(schema, table))) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static boolean exists(Connection connection, String schema, String table) throws SQLException {
		try (var statement = connection.prepareStatement("select to_regclass(?) is not null")) {
			statement.setString(1, qualified(schema, table));
			try (var rows = statement.executeQuery()) {
				rows.next();
				return rows.getBoolean(1);
			}
		}
	}

	private static List<String> names(Connection connection, String sql, String schema) throws SQLException {
		try (var statement = connection.prepareStatement(sql)) {
			statement.setString(1, schema);
			var names = new ArrayList<String>();
			try (var rows = statement.executeQuery()) {
				while (rows.next()) {
					names.add(rows.getString(1));
				}
			}
			return names;
		}
	}

	static String quote(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

	static String qualified(String schema, String name) {
		return quote(schema) + "." + quote(name);
	}

	static String list(List<String> columns) {
		return columns.stream().map(Sql::quote).collect(Collectors.joining(", "));
	}
}
