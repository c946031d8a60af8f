package org.passerelle.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Brings every {@link EncryptedColumn} under the current key: a value written before encryption
 * (no {@code enc:} prefix; a migration has no key, so it cannot do this) is encrypted, a value under
 * an older key is decrypted and encrypted again. It walks each table by its primary key in batches
 * and writes a row only if its value is still the one read, so that it can run on several nodes at
 * once, be stopped and run again: a second run finds nothing to do. Values it cannot read (a key not
 * configured, an altered value) are left as they are, counted and logged. It runs in the background
 * after each start ({@code passerelle.encryption.reencrypt-at-start}) and in the foreground for the
 * {@code rekey} command.
 */
@Component
public class FieldReencryption {

	private static final Logger log = LoggerFactory.getLogger(FieldReencryption.class);

	private final JdbcClient jdbc;

	private final FieldEncryption encryption;

	private final List<EncryptedColumn> columns;

	private final int batchSize;

	private final boolean atStart;

	@Autowired
	FieldReencryption(JdbcClient jdbc, FieldEncryption encryption, List<EncryptedColumn> columns,
			EncryptionProperties properties) {
		this(jdbc, encryption, columns, properties.batchSize(), properties.reencryptAtStart());
	}

	FieldReencryption(JdbcClient jdbc, FieldEncryption encryption, List<EncryptedColumn> columns, int batchSize,
			boolean atStart) {
		this.jdbc = jdbc;
		this.encryption = encryption;
		this.columns = List.copyOf(columns);
		this.batchSize = Math.max(1, batchSize);
		this.atStart = atStart;
	}

	/** What one run did to one column. */
	public record Result(EncryptedColumn column, int encrypted, int rekeyed, int unreadable) {

		public boolean changedAnything() {
			return encrypted + rekeyed + unreadable > 0;
		}
	}

	@EventListener
	void afterStart(ApplicationReadyEvent started) {
		if (!atStart || RekeyCommand.isCommand(started.getArgs())) {
			return;
		}
		Thread.ofVirtual().name("field-reencryption").start(() -> {
			try {
				reencrypt();
			}
			catch (RuntimeException ex) {
				log.error("Encryption at rest: bringing the encrypted fields under key '{}' failed; it is tried again at the "
						+ "next start", encryption.currentKey(), ex);
			}
		});
	}

	/** Brings every encrypted column under the current key and says what it did, column by column. */
	public List<Result> reencrypt() {
		return columns.stream().map(this::reencrypt).toList();
	}

	private Result reencrypt(EncryptedColumn column) {
		var current = FieldEncryption.prefix(encryption.currentKey());
		var keys = String.join(", ", column.keyColumns());
		var after = IntStream.range(0, column.keyColumns().size()).mapToObj(i -> ":last" + i).collect(Collectors.joining(", "));
		// a document is read a few at a time: each may weigh 5 MB
		int limit = column.binary() ? Math.min(batchSize, 10) : batchSize;
		int encrypted = 0;
		int rekeyed = 0;
		int unreadable = 0;
		List<Object> last = null;
		while (true) {
			var params = new HashMap<String, Object>();
			params.put("n", current.length());
			params.put("prefix", column.binary() ? current.getBytes(java.nio.charset.StandardCharsets.US_ASCII) : current);
			params.put("limit", limit);
			if (last != null) {
				for (int i = 0; i < last.size(); i++) {
					params.put("last" + i, last.get(i));
				}
			}
			var rows = jdbc.sql("select " + keys + ", " + column.column() + " as value from " + column.table() + " where "
					+ column.column() + " is not null and "
					+ (column.binary() ? "substring(" + column.column() + " from 1 for :n)" : "left(" + column.column() + ", :n)")
					+ " <> :prefix" + (last == null ? "" : " and (" + keys + ") > (" + after + ")") + " order by " + keys
					+ " limit :limit")
				.params(params)
				.query((rs, row) -> {
					var key = new ArrayList<Object>();
					for (int i = 1; i <= column.keyColumns().size(); i++) {
						key.add(rs.getObject(i));
					}
					return new Row(key, column.binary() ? rs.getBytes("value") : rs.getString("value"));
				})
				.list();
			if (rows.isEmpty()) {
				break;
			}
			for (var row : rows) {
				var keyId = column.binary() ? FieldEncryption.keyIdOf((byte[]) row.value())
						: FieldEncryption.keyIdOf((String) row.value());
				Object again;
				try {
					again = column.binary() ? encryption.encrypt(encryption.decrypt((byte[]) row.value()))
							: encryption.encrypt(encryption.decrypt((String) row.value()));
				}
				catch (UnreadableValueException ex) {
					unreadable++;
					log.error("Encryption at rest: {} of row {} cannot be read: {}", column, row.key(), ex.getMessage());
					continue;
				}
				if (update(column, row, again)) {
					if (keyId.isPresent()) {
						rekeyed++;
					}
					else {
						encrypted++;
					}
				}
			}
			last = rows.getLast().key();
		}
		var result = new Result(column, encrypted, rekeyed, unreadable);
		if (result.changedAnything()) {
			log.info("Encryption at rest: {}: {} values written before encryption encrypted, {} moved from older keys to '{}', "
					+ "{} unreadable", column, encrypted, rekeyed, encryption.currentKey(), unreadable);
		}
		return result;
	}

	/** Writes the row again only if its value is still the one read (another node, a person, may have changed it). */
	private boolean update(EncryptedColumn column, Row row, Object again) {
		var params = new HashMap<String, Object>();
		params.put("again", again);
		params.put("was", row.value());
		var where = new StringBuilder();
		for (int i = 0; i < column.keyColumns().size(); i++) {
			where.append(column.keyColumns().get(i)).append(" = :key").append(i).append(" and ");
			params.put("key" + i, row.key().get(i));
		}
		return jdbc.sql("update " + column.table() + " set " + column.column() + " = :again where " + where
				+ column.column() + " = :was")
			.params(params)
			.update() == 1;
	}

	private record Row(List<Object> key, Object value) {
	}
}
