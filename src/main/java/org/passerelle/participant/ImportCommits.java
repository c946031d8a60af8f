package org.passerelle.participant;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.passerelle.core.ImportRejectedException;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits imported files in the background for the pages, which show how many rows are written
 * while it runs: the import itself stays one transaction, all rows or none
 * ({@link ParticipantImports#commit}). Where each commit stands is written in transactions of its
 * own, so that any node answers the page; a commit whose node stopped, silent for
 * {@link #SILENT} (its transaction rolled back with the node), may be started again.
 */
@Service
public class ImportCommits implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportCommits.class);

	static final Duration SILENT = Duration.ofMinutes(5);

	private final ParticipantImports imports;

	private final JdbcClient jdbc;

	private final TransactionTemplate separately;

	private final Clock clock;

	private final SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("participant-import-");

	ImportCommits(ParticipantImports imports, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.imports = imports;
		this.jdbc = jdbc;
		this.clock = clock;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.executor.setVirtualThreads(true);
		// at shutdown, a running import gets a minute to finish before its transaction is rolled back
		this.executor.setTaskTerminationTimeout(60_000);
	}

	/**
	 * Starts importing the file in the background, unless it is being imported already; either
	 * way the answer says where it stands.
	 *
	 * @throws RuleViolationException when the file is already imported
	 */
	public ImportCommit start(Actor actor, UUID id, ImportSettings settings) {
		var file = imports.find(actor, id);
		if (file.imported()) {
			throw new RuleViolationException("import.alreadyImported");
		}
		var now = Timestamp.from(clock.instant());
		boolean started = Boolean.TRUE.equals(separately.execute(status -> jdbc.sql("""
				insert into participant_import_commit (import_id, state, done, total, started_at, updated_at)
				values (:id, 'RUNNING', 0, :total, :now, :now)
				on conflict (import_id) do update set state = 'RUNNING', done = 0, total = :total, added = null,
				    updated = null, failure = null, started_at = :now, updated_at = :now
				where participant_import_commit.state <> 'RUNNING' or participant_import_commit.updated_at < :silent""")
			.param("id", id)
			.param("total", file.rows())
			.param("now", now)
			.param("silent", Timestamp.from(clock.instant().minus(SILENT)))
			.update() == 1));
		if (started) {
			executor.execute(() -> run(actor, id, settings));
		}
		return progress(actor, id).orElseThrow();
	}

	/** Where the commit of the file stands, if one was started. */
	public Optional<ImportCommit> progress(Actor actor, UUID id) {
		var fileName = imports.fileName(actor, id);
		return jdbc.sql("select * from participant_import_commit where import_id = ?")
			.param(id)
			.query((rs, row) -> {
				var state = ImportCommit.State.valueOf(rs.getString("state"));
				var failure = rs.getString("failure");
				if (state == ImportCommit.State.RUNNING
						&& rs.getTimestamp("updated_at").toInstant().isBefore(clock.instant().minus(SILENT))) {
					state = ImportCommit.State.FAILED;
					failure = "imports.failed.error";
				}
				return new ImportCommit(id, fileName, state, rs.getInt("done"), rs.getInt("total"),
						(Integer) rs.getObject("added"), (Integer) rs.getObject("updated"), failure);
			})
			.optional();
	}

	private void run(Actor actor, UUID id, ImportSettings settings) {
		try {
			var result = imports.commit(actor, id, settings, done -> write(
					"update participant_import_commit set done = ?, updated_at = ? where import_id = ?", done,
					Timestamp.from(clock.instant()), id));
			write("update participant_import_commit set state = 'DONE', done = total, added = ?, updated = ?, updated_at = ? where import_id = ?",
					result.added(), result.updated(), Timestamp.from(clock.instant()), id);
		}
		catch (ImportRejectedException ex) {
			failed(id, "imports.failed.problems");
		}
		catch (RuleViolationException ex) {
			failed(id, ex.messageCode());
		}
		catch (RuntimeException ex) {
			log.error("Import {} failed; nothing was imported", id, ex);
			failed(id, "imports.failed.error");
		}
	}

	private void failed(UUID id, String code) {
		write("update participant_import_commit set state = 'FAILED', failure = ?, updated_at = ? where import_id = ?", code,
				Timestamp.from(clock.instant()), id);
	}

	private void write(String sql, Object... params) {
		separately.executeWithoutResult(status -> jdbc.sql(sql).params(params).update());
	}

	@Override
	public void destroy() {
		executor.close();
	}
}
