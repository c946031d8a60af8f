package org.passerelle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.util.LinuxUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server's life on its own data directory, as an operator meets it: after a JVM was
 * killed, while another Passerelle runs, when the server dies.
 */
class EmbeddedPostgresServerTests {

	@TempDir
	Path directory;

	EmbeddedPostgresServer server;

	Process other;

	@AfterEach
	void stop() {
		if (server != null) {
			server.close();
		}
		if (other != null) {
			other.destroyForcibly();
		}
	}

	@Test
	void stopsTheServerThatAKilledJvmLeftRunningAndStartsOnTheFirstTry() throws Exception {
		var pgCtl = databaseWithOneRow();
		// a server that no running Passerelle owns, as a killed JVM leaves it
		run(pgCtl, "-D", directory.toString(), "-o", "-p " + freePort() + " -F", "-w", "start");
		var orphan = ProcessHandle.of(pid()).orElseThrow();
		assertThat(orphan.isAlive()).isTrue();

		server = start();

		assertThat(orphan.isAlive()).as("the server left running is stopped").isFalse();
		assertThat(server.isRunning()).isTrue();
		assertThat(rows()).isEqualTo(1);
	}

	@Test
	void removesAStalePidFileThatNamesAnotherProcessAndStarts() throws Exception {
		databaseWithOneRow();
		// the killed server's process id now belongs to another program
		other = new ProcessBuilder("sleep", "60").start();
		Files.writeString(directory.resolve("postmaster.pid"), other.pid() + "\n" + directory + "\n");

		server = start();

		assertThat(other.isAlive()).as("the other program is left alone").isTrue();
		assertThat(rows()).isEqualTo(1);
	}

	@Test
	void refusesADirectoryThatARunningPasserelleUsesAndLeavesItsServerRunning() throws Exception {
		server = start();

		assertThatThrownBy(this::start).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("used by another running Passerelle");
		assertThat(server.isRunning()).isTrue();
		assertThat(count(server, "select 1")).isEqualTo(1);
	}

	@Test
	void theServerStopsWhenTheJvmThatStartedItDies() throws Exception {
		server = start();
		var postmaster = ProcessHandle.of(server.pid()).orElseThrow();

		// what the kernel does to the guard's pipe when this JVM dies, even by kill -9
		server.guard().orElseThrow().getOutputStream().close();

		await().atMost(Duration.ofSeconds(10)).until(() -> !postmaster.isAlive());
	}

	@Test
	void startsAServerThatDiedAgainOnTheSamePortWithItsData() throws Exception {
		databaseWithOneRow();
		server = start(true); // as in production: a kill -9 loses nothing acknowledged
		execute(server, "insert into kept values (2)");
		ProcessHandle.of(server.pid()).orElseThrow().destroyForcibly();
		await().atMost(Duration.ofSeconds(5)).until(() -> !server.isRunning());

		assertThat(server.restartIfStopped()).isTrue();

		assertThat(rows()).isEqualTo(2);
		assertThat(server.restartIfStopped()).as("a running server is left alone").isFalse();
	}

	@Test
	void keepsEveryAcknowledgedWriteWhenTheServerIsKilledRightAfter() throws Exception {
		databaseWithOneRow();
		server = start(true);
		try (var connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
				var insert = connection.prepareStatement("insert into kept values (?)")) {
			for (int i = 2; i <= 101; i++) {
				insert.setInt(1, i);
				insert.executeUpdate(); // each one committed and acknowledged
			}
		}
		var postmaster = ProcessHandle.of(server.pid()).orElseThrow();
		var children = postmaster.descendants().toList();
		postmaster.destroyForcibly();
		children.forEach(ProcessHandle::destroyForcibly);
		await().atMost(Duration.ofSeconds(5)).until(() -> !server.isRunning());

		assertThat(server.restartIfStopped()).isTrue();

		assertThat(rows()).isEqualTo(101);
	}

	private EmbeddedPostgresServer start() throws IOException {
		return start(false);
	}

	private EmbeddedPostgresServer start(boolean durable) throws IOException {
		return new EmbeddedDatabaseConfiguration()
			.embeddedPostgres(new EmbeddedDatabaseProperties(directory, false, durable, Duration.ofMinutes(1)));
	}

	/** A data directory with a table of one row, its server stopped cleanly; returns pg_ctl's path. */
	private String databaseWithOneRow() throws Exception {
		try (var first = EmbeddedPostgresServer.start(directory, false, false)) {
			execute(first, "create table kept (id int); insert into kept values (1)");
		}
		var postgres = Files.readString(directory.resolve("postmaster.opts")).split(" ")[0];
		return Path.of(postgres).resolveSibling("pg_ctl").toString();
	}

	private long rows() throws SQLException {
		return count(server, "select count(*) from kept");
	}

	private long pid() throws IOException {
		return Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid")).getFirst().strip());
	}

	private static long count(EmbeddedPostgresServer server, String sql) throws SQLException {
		try (var connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
				var result = connection.createStatement().executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	private static void execute(EmbeddedPostgresServer server, String sql) throws SQLException {
		try (var connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "")) {
			connection.createStatement().execute(sql);
		}
	}

	private static void run(String... arguments) throws Exception {
		var command = new ArrayList<String>();
		if (LinuxUtils.isUnshareAvailable()) {
			command.addAll(List.of("unshare", "-U")); // as root, PostgreSQL runs only in a user namespace
		}
		command.addAll(List.of(arguments));
		var process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		assertThat(process.waitFor()).isZero();
	}

	private static int freePort() throws IOException {
		try (var socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
