package org.passerelle.core;

import java.util.List;

/**
 * A column whose values are encrypted at rest, declared as a bean by the module that owns its table,
 * so that {@link FieldReencryption} encrypts what was written before encryption and moves values
 * under an older key to the current one without knowing the modules.
 *
 * @param table the table
 * @param keyColumns its primary key's columns, to walk it in batches and update one row at a time
 * @param column the encrypted column
 * @param binary whether the column is {@code bytea} (a document) rather than {@code text}
 */
public record EncryptedColumn(String table, List<String> keyColumns, String column, boolean binary) {

	public EncryptedColumn {
		keyColumns = List.copyOf(keyColumns);
		for (var name : java.util.stream.Stream.concat(java.util.stream.Stream.of(table, column), keyColumns.stream()).toList()) {
			if (!name.matches("[a-z_][a-z0-9_]*")) {
				throw new IllegalArgumentException("Not a column or table name: " + name);
			}
		}
	}

	/** A text column. */
	public static EncryptedColumn text(String table, String column, String... keyColumns) {
		return new EncryptedColumn(table, List.of(keyColumns), column, false);
	}

	/** A {@code bytea} column holding documents. */
	public static EncryptedColumn bytes(String table, String column, String... keyColumns) {
		return new EncryptedColumn(table, List.of(keyColumns), column, true);
	}

	@Override
	public String toString() {
		return table + "." + column;
	}
}
