package org.passerelle.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The packaged application in a process of its own, as an operator starts it: {@code java -Xmx… -jar
 * passerelle.jar} with no profile, on a free port, with a fresh embedded PostgreSQL (durable, as in
 * production) in a temporary directory, and the first administrator opened from
 * {@code PASSERELLE_ADMIN_EMAIL} and {@code PASSERELLE_ADMIN_PASSWORD}. Closing it stops the
 * process (SIGTERM, as a service manager does) and deletes the directory.
 * <p>
 * Only one thing differs from a plain installation: the actuator's {@code metrics} endpoint is
 * exposed too (administrators only, as every actuator endpoint but health), to read the heap.
 */
final class RunningApplication implements AutoCloseable {

	private static final Duration STARTUP = Duration.ofMinutes(5);

	private final Process process;

	private final Path directory;

	private final Path log;

	private final int port;

	private final String heap;

	private double startSeconds;

	private RunningApplication(Process process, Path directory, Path log, int port, String heap) {
		this.process = process;
		this.directory = directory;
		this.log = log;
		this.port = port;
		this.heap = heap;
	}

	/** Starts the jar and waits until it says it is ready (its readiness probe answers UP). */
	static RunningApplication start(Path jar, String heap, String adminEmail, String adminPassword) throws IOException {
		int port = freePort();
		var directory = Files.createTempDirectory("passerelle-bench-");
		var log = directory.resolve("application.log");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		var command = new ArrayList<String>(List.of(java, "-Xmx" + heap, "-Xlog:gc:file=" + directory.resolve("gc.log")));
		// e.g. -Dbench.app.jvm="-XX:StartFlightRecording=filename=/tmp/app.jfr,settings=profile" to profile it
		for (var option : System.getProperty("bench.app.jvm", "").strip().split("\\s+")) {
			if (!option.isBlank()) {
				command.add(option);
			}
		}
		command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
				"--passerelle.base-url=http://localhost:" + port,
				"--passerelle.embedded-database.directory=" + directory.resolve("pgdata"),
				"--management.endpoints.web.exposure.include=health,info,prometheus,metrics"));
		var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("PASSERELLE_"));
		builder.environment().put("PASSERELLE_ADMIN_EMAIL", adminEmail);
		builder.environment().put("PASSERELLE_ADMIN_PASSWORD", adminPassword);
		long start = System.nanoTime();
		var process = builder.start();
		var application = new RunningApplication(process, directory, log, port, heap);
		Runtime.getRuntime().addShutdownHook(new Thread(application::stop));
		var anonymous = Http.at(port);
		long deadline = start + STARTUP.toNanos();
		while (true) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the application stopped while starting:\n" + application.logTail(40));
			}
			if (System.nanoTime() > deadline) {
				application.close();
				throw new IllegalStateException("the application was not ready after " + STARTUP + ":\n"
						+ application.logTail(40));
			}
			try {
				if (anonymous.get("/actuator/health/readiness").status() == 200) {
					break;
				}
			}
			catch (UncheckedIOException notListeningYet) {
				// the port opens late in the start
			}
			sleep(250);
		}
		application.startSeconds = (System.nanoTime() - start) / 1e9;
		return application;
	}

	int port() {
		return port;
	}

	long pid() {
		return process.pid();
	}

	String heap() {
		return heap;
	}

	double startSeconds() {
		return startSeconds;
	}

	/**
	 * Reads the application's heap while {@code work} runs: its GC log (the heap used just before
	 * each collection is the highest it reached since the one before), and samples of the actuator's
	 * figures every {@code every}: the largest heap used a sample saw (garbage not yet collected
	 * included), the largest committed, the limit, and the resident memory of the process.
	 */
	HeapPeak watchHeap(Http admin, Duration every, Runnable work) {
		long logStart = gcLogSize();
		var used = new AtomicLong();
		var committed = new AtomicLong();
		var samples = new AtomicLong();
		var watching = new java.util.concurrent.atomic.AtomicBoolean(true);
		var sampler = Thread.ofPlatform().name("heap-sampler").start(() -> {
			while (watching.get()) {
				used.accumulateAndGet(metric(admin, "jvm.memory.used"), Math::max);
				committed.accumulateAndGet(metric(admin, "jvm.memory.committed"), Math::max);
				samples.incrementAndGet();
				sleep(every.toMillis());
			}
		});
		try {
			work.run();
		}
		finally {
			watching.set(false);
			try {
				sampler.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		var collections = collectionsSince(logStart);
		return new HeapPeak(Math.max(used.get(), collections.before()), used.get(), collections.before(),
				collections.after(), collections.count(), committed.get(), metric(admin, "jvm.memory.max"), samples.get(),
				processMemory("VmHWM"));
	}

	private static final java.util.regex.Pattern COLLECTION = java.util.regex.Pattern
		.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

	/**
	 * The collections the GC log lists after {@code offset}.
	 *
	 * @param before the most heap used before one of them
	 * @param after the most heap left after one of them (what was alive, and garbage of older regions)
	 */
	record Collected(long before, long after, int count) {
	}

	private long gcLogSize() {
		try {
			var log = directory.resolve("gc.log");
			return Files.exists(log) ? Files.size(log) : 0;
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private Collected collectionsSince(long offset) {
		long before = 0;
		long after = 0;
		int count = 0;
		try {
			var bytes = Files.readAllBytes(directory.resolve("gc.log"));
			var text = new String(bytes, (int) Math.min(offset, bytes.length), (int) Math.max(0, bytes.length - offset),
					java.nio.charset.StandardCharsets.UTF_8);
			for (var line : text.split("\n")) {
				var matcher = COLLECTION.matcher(line);
				if (line.contains("Pause") && matcher.find()) {
					before = Math.max(before, bytes(matcher.group(1), matcher.group(2)));
					after = Math.max(after, bytes(matcher.group(3), matcher.group(4)));
					count++;
				}
			}
		}
		catch (IOException ex) {
			return new Collected(0, 0, 0);
		}
		return new Collected(before, after, count);
	}

	private static long bytes(String amount, String unit) {
		long value = Long.parseLong(amount);
		return switch (unit) {
			case "G" -> value << 30;
			case "M" -> value << 20;
			default -> value << 10;
		};
	}

	/**
	 * The heap during some work.
	 *
	 * @param used the most heap used: before a collection, or in a sample
	 * @param sampled the largest heap used seen by a sample of the actuator
	 * @param beforeCollection the most heap used just before a collection, from the GC log
	 * @param afterCollection the most heap left just after a collection
	 * @param collections how many collections (pauses) the GC log lists
	 * @param committed the largest heap the JVM had reserved from the system
	 * @param max the heap's limit (-Xmx)
	 * @param residentPeak the process's peak resident memory so far (VmHWM), heap and all, or -1
	 */
	record HeapPeak(long used, long sampled, long beforeCollection, long afterCollection, int collections,
			long committed, long max, long samples, long residentPeak) {
	}

	private static long metric(Http admin, String name) {
		var answer = admin.get("/actuator/metrics/" + name + "?tag=area:heap").expect(200).json();
		for (var measurement : answer.get("measurements")) {
			if ("VALUE".equals(measurement.get("statistic").asString())) {
				return (long) measurement.get("value").asDouble();
			}
		}
		return -1;
	}

	/**
	 * The processor time the application's process used so far, user and system, in seconds
	 * (Linux, /proc/{pid}/stat), or -1: on a shared machine, what a request costs is read better
	 * from it than from latencies, which other processes' load moves.
	 */
	double cpuSeconds() {
		try {
			var stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
			// the fields after the command's name, which is in parentheses and may hold spaces
			var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	/** A line of /proc/{pid}/status in bytes (Linux), or -1. */
	long processMemory(String field) {
		var status = Path.of("/proc", Long.toString(process.pid()), "status");
		try {
			if (!Files.isReadable(status)) {
				return -1;
			}
			return Files.readAllLines(status)
				.stream()
				.filter(line -> line.startsWith(field + ":"))
				.map(line -> line.replaceAll("[^0-9]", ""))
				.mapToLong(kibibytes -> Long.parseLong(kibibytes) * 1024)
				.findFirst()
				.orElse(-1);
		}
		catch (IOException ex) {
			return -1;
		}
	}

	/** The last lines the application wrote. */
	String logTail(int lines) {
		try {
			var all = Files.readAllLines(log);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException | UncheckedIOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	@Override
	public void close() {
		stop();
	}

	private void stop() {
		if (process.isAlive()) {
			process.destroy();
			try {
				if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
					process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		keepLog();
		delete(directory);
	}

	/** The application's log outlives its directory: {@code target/endtoend-application.log}. */
	private void keepLog() {
		try {
			if (Files.isReadable(log) && Files.isDirectory(Path.of("target"))) {
				Files.copy(log, Path.of("target", "endtoend-application.log"),
						java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			System.out.println("could not keep the application's log: " + ex.getMessage());
		}
	}

	private static void delete(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			var all = new ArrayList<>(paths.toList());
			all.sort(Comparator.reverseOrder());
			for (var path : all) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException | UncheckedIOException ex) {
			System.out.println("could not delete " + directory + ": " + ex.getMessage());
		}
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
