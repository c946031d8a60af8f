package org.passerelle.core.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.passerelle.core.DatabaseInUseException;
import org.passerelle.core.EmbeddedDatabaseConfiguration;
import org.passerelle.core.EmbeddedDatabaseProperties;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The {@code backup FILE} and {@code restore FILE [--force]} commands. They start the database
 * alone (the embedded server, or the one {@code SPRING_DATASOURCE_URL} names), not the
 * application: no web server, no scheduled jobs, no migration nor first-start data before a restore
 * — an installation that never started is the empty one a restore wants.
 */
@Import({ EmbeddedDatabaseConfiguration.class, DatabaseBackup.class })
@ImportAutoConfiguration(DataSourceAutoConfiguration.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class BackupCommand {

	static final String BACKUP = "backup";

	static final String RESTORE = "restore";

	/** Whether the command line asks for a backup or a restore rather than the application. */
	public static boolean isCommand(String... args) {
		var words = words(args);
		return !words.isEmpty() && (BACKUP.equals(words.getFirst()) || RESTORE.equals(words.getFirst()));
	}

	/**
	 * Runs the command and returns the exit status: 0 when done, 1 otherwise, with one line on
	 * standard error saying why. Other arguments ({@code --spring.datasource.url=…}) configure the
	 * database as for the application.
	 */
	public static int run(String... args) {
		var words = words(args);
		boolean force = Arrays.asList(args).contains("--force");
		if (words.size() != 2) {
			System.err.println("Usage: backup FILE | restore FILE [--force]");
			return 1;
		}
		var file = Path.of(words.get(1));
		try {
			// mistakes are told before the database starts
			if (BACKUP.equals(words.getFirst()) && Files.exists(file)) {
				throw new BackupRefusedException(file + " already exists: choose a new file name");
			}
			if (RESTORE.equals(words.getFirst())) {
				DatabaseBackup.readManifest(file);
			}
			try (var context = new SpringApplicationBuilder(BackupCommand.class).web(WebApplicationType.NONE)
				.bannerMode(Banner.Mode.OFF)
				.logStartupInfo(false)
				.properties("logging.level.root=warn", "logging.level.org.passerelle=info",
						// the command says why it failed, in one line
						"logging.level.org.springframework.boot.SpringApplication=off")
				.run(Arrays.stream(args).filter(arg -> !arg.equals("--force")).toArray(String[]::new))) {
				var backup = context.getBean(DatabaseBackup.class);
				if (BACKUP.equals(words.getFirst())) {
					long started = System.nanoTime();
					var manifest = backup.backUp(file);
					System.out.println(String.format(Locale.ROOT,
							"Backed up %,d rows of %d tables (schema version %s) to %s, %,d KB, in %.1f s", manifest.rows(),
							manifest.tables().size(), manifest.schemaVersion(), file, Files.size(file) / 1024,
							(System.nanoTime() - started) / 1e9));
					System.out.println("The encrypted fields (accommodation needs, private notes, documents) are in it as "
							+ "stored, without their keys: keep a copy of " + keyFile(context) + " (or of the keys "
							+ "configured) apart from it; a restore cannot read them without it");
				}
				else {
					var restored = backup.restore(file, force);
					System.out.println(String.format(Locale.ROOT,
							"Restored %,d rows of %d tables from %s (taken %s, schema version %s) in %.1f s",
							restored.manifest().rows(), restored.manifest().tables().size(), file,
							restored.manifest().createdAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
							restored.manifest().schemaVersion(),
							restored.took().toMillis() / 1000.0));
					var keyFile = keyFile(context);
					System.out.println(Files.exists(keyFile)
							? "Passerelle reads the encrypted fields with " + keyFile + " (and the keys configured): they "
									+ "must be the keys the backup's data was written with"
							: "No encryption key file at " + keyFile + ": put the one kept with this backup there (or "
									+ "configure its keys) before starting Passerelle, or it makes a new key that cannot "
									+ "read the encrypted fields restored");
				}
			}
			return 0;
		}
		catch (BackupRefusedException ex) {
			System.err.println(ex.getMessage());
			return 1;
		}
		catch (RuntimeException | java.io.IOException ex) {
			if (causedBy(ex, DatabaseInUseException.class)) {
				// the embedded server's directory is locked by the application's own server
				System.err.println("The embedded database is in use: stop Passerelle before a " + words.getFirst()
						+ " (the nightly backup backs up while it runs)");
				return 1;
			}
			System.err.println((RESTORE.equals(words.getFirst()) ? "The restore failed: " : "The backup failed: ")
					+ rootMessage(ex));
			return 1;
		}
	}

	/** Where the encryption keys of an embedded installation are (ADR 0026), as the application reads it. */
	private static Path keyFile(org.springframework.context.ConfigurableApplicationContext context) {
		return Path.of(context.getEnvironment().getProperty("passerelle.encryption.key-file", "./data/encryption.keys"))
			.toAbsolutePath()
			.normalize();
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	private static List<String> words(String... args) {
		return Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toList();
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> kind) {
		for (var cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (kind.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable ex) {
		var root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
	}
}
