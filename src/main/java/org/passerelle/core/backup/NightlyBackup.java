package org.passerelle.core.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes {@code passerelle-YYYY-MM-DD-HHmm.zip} into {@code passerelle.backup.nightly.directory}
 * every night and keeps the newest {@code passerelle.backup.nightly.keep} of them.
 */
@Component
@ConditionalOnProperty(prefix = "passerelle.backup.nightly", name = "directory")
class NightlyBackup {

	private static final Logger log = LoggerFactory.getLogger(NightlyBackup.class);

	private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'passerelle-'yyyy-MM-dd-HHmm'.zip'");

	private static final Pattern OURS = Pattern.compile("passerelle-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.zip");

	private final DatabaseBackup backup;

	private final Clock clock;

	private final NightlyBackupProperties properties;

	NightlyBackup(DatabaseBackup backup, Clock clock, NightlyBackupProperties properties) {
		this.backup = backup;
		this.clock = clock;
		this.properties = properties;
	}

	/** The nightly backup, on one node only when several run. */
	@Scheduled(cron = "${passerelle.backup.nightly.cron:0 0 2 * * *}")
	@SchedulerLock(name = "core.nightly-backup", lockAtLeastFor = "PT1M", lockAtMostFor = "PT2H")
	public void backUpTonightOnSchedule() {
		backUpTonight();
	}

	/** Backs up the database, then deletes the oldest backups beyond the number kept. */
	public void backUpTonight() {
		var folder = properties.directory();
		try {
			Files.createDirectories(folder);
			var file = folder.resolve(NAME.format(clock.instant().atZone(clock.getZone())));
			if (Files.exists(file)) {
				log.info("Nightly backup: {} already written", file);
				return;
			}
			long started = System.nanoTime();
			var manifest = backup.backUp(file);
			var deleted = deleteBeyondKept(folder);
			log.info("Nightly backup: {} rows of {} tables in {} ({} KB, {} ms); {} older backups deleted, {} kept",
					manifest.rows(), manifest.tables().size(), file, Files.size(file) / 1024,
					(System.nanoTime() - started) / 1_000_000, deleted.size(), properties.keep());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Nightly backup into " + folder + " failed: " + ex.getMessage(), ex);
		}
		catch (RuntimeException ex) {
			log.error("Nightly backup into {} failed: {}", folder, ex.getMessage(), ex);
			throw ex;
		}
	}

	private List<Path> deleteBeyondKept(Path folder) throws IOException {
		List<Path> ours;
		try (Stream<Path> files = Files.list(folder)) {
			// the names sort as their dates do
			ours = files.filter(file -> OURS.matcher(file.getFileName().toString()).matches()).sorted().toList();
		}
		var beyond = ours.subList(0, Math.max(0, ours.size() - Math.max(1, properties.keep())));
		for (var file : beyond) {
			Files.delete(file);
		}
		return beyond;
	}
}
