package org.passerelle.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.MovableClock;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * A backup of the running installation restored into a fresh one (a second embedded PostgreSQL,
 * as on a new machine) holds every record.
 */
@IntegrationTest
class BackupTests {

	static EmbeddedPostgres fresh;

	@Autowired
	MockMvc mvc;

	@Autowired
	DatabaseBackup backup;

	@Autowired
	DataSource dataSource;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	ProgramManagement programs;

	@TempDir
	Path folder;

	@BeforeAll
	static void startAFreshServer() throws IOException {
		fresh = EmbeddedPostgres.builder().start();
	}

	@AfterAll
	static void stopIt() throws IOException {
		fresh.close();
	}

	@Test
	void restoresEveryRecordIntoAFreshInstallationAndReplacesDataOnlyWhenForcedAndWhole() throws Exception {
		var marker = Fixtures.unique("bak").replace(" ", "");
		var importId = importParticipantsThroughTheApi(marker);
		var file = folder.resolve("backup.zip");

		var manifest = backup.backUp(file);

		var source = JdbcClient.create(dataSource);
		assertThat(manifest.tables()).extracting(BackupManifest.Table::name)
			.containsExactlyElementsOf(tableNames(source))
			.contains("flyway_schema_history", "participant", "participant_import", "user_account");
		assertThat(manifest.schemaVersion()).isEqualTo(backup.latestKnownVersion().getVersion());

		var database = freshDatabase();
		var target = restoringInto(database);
		target.restore(file, false);

		var restored = JdbcClient.create(database);
		assertThat(rowCounts(restored, manifest)).isEqualTo(manifestCounts(manifest));
		assertThat(restored.sql("select first_name || ' ' || last_name from participant where last_name like ? order by 1")
			.param("%" + marker).query(String.class).list())
			.containsExactly("Hélène Côté" + marker, "José Ramírez" + marker, "Nguyễn Thị" + marker);
		var document = "select file_name, md5(content), uploaded_at, imported_at, added from participant_import where id = ?";
		assertThat(restored.sql(document).param(importId).query().singleRow())
			.isEqualTo(source.sql(document).param(importId).query().singleRow());
		assertThat((byte[]) restored.sql("select content from participant_import where id = ?").param(importId)
			.query().singleValue()).asString(StandardCharsets.UTF_8).contains("Hélène,Côté" + marker);
		var account = "select email, password_hash, created_at from user_account order by email";
		assertThat(restored.sql(account).query().listOfRows()).isEqualTo(source.sql(account).query().listOfRows());

		// now the fresh installation holds data: a second restore must be asked for
		assertThatThrownBy(() -> target.restore(file, false)).isInstanceOf(BackupRefusedException.class)
			.hasMessageContaining("already holds data").hasMessageContaining("--force");
		target.restore(file, true);
		assertThat(rowCounts(restored, manifest)).isEqualTo(manifestCounts(manifest));

		// a restore that fails halfway changes nothing: here the participants' rows are all in the
		// file, but its manifest promises one more, as a damaged file would
		restored.sql("delete from participant_import").update();
		var before = rowCounts(restored, manifest);
		var participants = manifestCounts(manifest).get("participant");
		var damaged = rewriteManifest(file, folder.resolve("damaged.zip"), json -> json.replaceFirst(
				"(\"name\" : \"participant\",[^}]*\"rows\" : )(\\d+)", "$1" + (participants + 1)));
		assertThatThrownBy(() -> target.restore(damaged, true)).isInstanceOf(BackupRefusedException.class)
			.hasMessageContaining("is damaged").hasMessageContaining((participants + 1) + " were backed up");
		assertThat(rowCounts(restored, manifest)).isEqualTo(before);
		assertThat(restored.sql("select count(*) from pg_namespace where nspname = ?").param(DatabaseBackup.STAGING_SCHEMA)
			.query(Long.class).single()).isZero();
	}

	@Test
	void aFileThatIsNotABackupIsToldSoBeforeAnythingStarts() throws Exception {
		var random = Files.write(folder.resolve("photo.zip"), new byte[] { 1, 2, 3, 4, 5 });
		var foreign = folder.resolve("other.zip");
		try (var zip = new ZipOutputStream(Files.newOutputStream(foreign))) {
			zip.putNextEntry(new ZipEntry("manifest.json"));
			zip.write("{\"name\": \"something else\"}".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}

		for (var file : List.of(random, foreign)) {
			assertThatThrownBy(() -> DatabaseBackup.readManifest(file)).isInstanceOf(BackupRefusedException.class)
				.hasMessage(file + " is not a Passerelle backup");
			assertThat(BackupCommand.run("restore", file.toString())).isEqualTo(1);
		}
		assertThatThrownBy(() -> DatabaseBackup.readManifest(folder.resolve("missing.zip")))
			.hasMessageEndingWith("missing.zip does not exist");
		assertThat(BackupCommand.run("backup", random.toString())).isEqualTo(1);
		assertThatThrownBy(() -> backup.backUp(random)).isInstanceOf(BackupRefusedException.class)
			.hasMessageContaining("already exists");
		assertThat(BackupCommand.run("restore")).isEqualTo(1);
	}

	@Test
	void refusesABackupOfANewerSchemaThanItKnows() throws Exception {
		var file = folder.resolve("backup.zip");
		backup.backUp(file);
		var newer = rewriteManifest(file, folder.resolve("newer.zip"),
				json -> json.replaceFirst("\"schemaVersion\" : \"[^\"]+\"", "\"schemaVersion\" : \"999\""));

		assertThatThrownBy(() -> backup.restore(newer, true)).isInstanceOf(BackupRefusedException.class)
			.hasMessageContaining("holds schema version 999")
			.hasMessageContaining("knows schema versions up to " + backup.latestKnownVersion());
	}

	@Test
	void theCommandsRestoreAndBackUpAnInstallationThatNeverStarted() throws Exception {
		var file = folder.resolve("backup.zip");
		var manifest = backup.backUp(file);
		var database = "--passerelle.embedded-database.directory=" + folder.resolve("pgdata");

		assertThat(BackupCommand.run("restore", file.toString(), database, "--passerelle.embedded-database.durable=false"))
			.isZero();
		var again = folder.resolve("again.zip");
		assertThat(BackupCommand.run("backup", again.toString(), database, "--passerelle.embedded-database.durable=false"))
			.isZero();

		assertThat(manifestCounts(DatabaseBackup.readManifest(again))).isEqualTo(manifestCounts(manifest));
	}

	@Test
	void theNightlyBackupKeepsTheNewestCopies() throws Exception {
		var clock = new MovableClock(Instant.parse("2026-03-01T07:00:00Z"), ZoneId.of("America/Toronto"));
		var nightly = new NightlyBackup(backup, clock, new NightlyBackupProperties(folder, "0 0 2 * * *", 2));
		Files.writeString(folder.resolve("notes.txt"), "kept");
		Files.writeString(folder.resolve("passerelle-before.zip"), "not one of the nightly ones");

		for (int night = 0; night < 3; night++) {
			nightly.backUpTonight();
			clock.advance(Duration.ofDays(1));
		}

		try (var files = Files.list(folder)) {
			assertThat(files.map(file -> file.getFileName().toString()).sorted()).containsExactly("notes.txt",
					"passerelle-2026-03-02-0200.zip", "passerelle-2026-03-03-0200.zip", "passerelle-before.zip");
		}
		assertThat(DatabaseBackup.readManifest(folder.resolve("passerelle-2026-03-03-0200.zip")).tables())
			.extracting(BackupManifest.Table::name).contains("participant");
	}

	/** A new, empty database on the second server, as a new installation has. */
	private static DataSource freshDatabase() {
		var name = "restored_" + UUID.randomUUID().toString().replace("-", "");
		JdbcClient.create(fresh.getPostgresDatabase()).sql("create database " + name).update();
		return fresh.getDatabase("postgres", name);
	}

	private static DatabaseBackup restoringInto(DataSource database) {
		return new DatabaseBackup(database, Clock.systemUTC(), new String[] { "classpath:db/migration" });
	}

	private UUID importParticipantsThroughTheApi(String marker) throws Exception {
		var fixtures = new Fixtures(organisations, users);
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		var program = programs.createFromTemplate(Actor.system(), ProgramTemplate.CSCPQ_PLACEMENT, Fixtures.unique("Backup"), lead);
		var coordinator = fixtures.user(Role.COORDINATOR, lead);
		programs.assignCoordinators(Actor.system(), program.id(), Set.of(coordinator.id()));
		var csv = """
				Prénom,Nom,Courriel
				Hélène,Côté%1$s,helene.%1$s@example.org
				José,Ramírez%1$s,jose.%1$s@example.org
				Nguyễn,Thị%1$s,
				""".formatted(marker);
		var body = mvc.perform(multipart("/api/imports")
			.file(new MockMultipartFile("file", "liste.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		var id = com.jayway.jsonpath.JsonPath.read(body, "$.id").toString();
		mvc.perform(post("/api/imports/" + id + "/commit").with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
			.contentType("application/json")
			.content("""
					{"columns": {"0": "FIRST_NAME", "1": "LAST_NAME", "2": "EMAIL"}, "programId": "%s", "role": "MENTEE"}"""
				.formatted(program.id())))
			.andExpect(jsonPath("$.added").value(3));
		return UUID.fromString(id);
	}

	private static List<String> tableNames(JdbcClient jdbc) {
		return jdbc.sql("""
				select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = current_schema() and c.relkind = 'r' order by c.relname""").query(String.class).list();
	}

	private static Map<String, Long> rowCounts(JdbcClient jdbc, BackupManifest manifest) {
		var counts = new TreeMap<String, Long>();
		for (var table : manifest.tables()) {
			counts.put(table.name(), jdbc.sql("select count(*) from " + Sql.quote(table.name())).query(Long.class).single());
		}
		return counts;
	}

	private static Map<String, Long> manifestCounts(BackupManifest manifest) {
		var counts = new TreeMap<String, Long>();
		manifest.tables().forEach(table -> counts.put(table.name(), table.rows()));
		return counts;
	}

	/** A copy of the backup whose manifest is changed by {@code change}. */
	private static Path rewriteManifest(Path file, Path copy, java.util.function.UnaryOperator<String> change)
			throws IOException {
		try (var zip = new ZipFile(file.toFile()); var out = new ZipOutputStream(Files.newOutputStream(copy))) {
			for (var entry : zip.stream().toList()) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				var bytes = zip.getInputStream(entry).readAllBytes();
				if (entry.getName().equals(BackupManifest.ENTRY)) {
					var json = change.apply(new String(bytes, StandardCharsets.UTF_8));
					JsonMapper.builder().build().readTree(json);
					bytes = json.getBytes(StandardCharsets.UTF_8);
				}
				out.write(bytes);
				out.closeEntry();
			}
		}
		return copy;
	}
}
