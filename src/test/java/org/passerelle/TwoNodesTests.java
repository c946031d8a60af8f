package org.passerelle;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import net.javacrumbs.shedlock.core.LockProvider;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.passerelle.core.Language;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.identity.UserView;
import org.passerelle.matching.MatchingFixtures;
import org.passerelle.matching.Proposals;
import org.passerelle.mentorship.MentorshipReminders;
import org.passerelle.notification.EmailOutbox;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.participant.ApplicationRetention;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two Passerelle nodes on one PostgreSQL, as behind a load balancer without sticky sessions: two
 * applications in this process on two ports, reached over real HTTP. The database is an embedded
 * PostgreSQL started here, or the server named by {@code PASSERELLE_EXTERNAL_DATABASE_URL} (as
 * {@code .ci/run} provides). A person signs in on one node and goes on on the other; a thousand
 * requests alternate between them with one session; each scheduled job started by both at the same
 * moment runs once; the outbox sends each e-mail once; a pool run confirmed on one is seen on the
 * other.
 */
class TwoNodesTests {

	/** Locks granted per job, on both nodes: a job runs when, and only when, its lock is granted. */
	static final Map<String, Integer> granted = new ConcurrentHashMap<>();

	private static final JsonMapper json = JsonMapper.builder().build();

	static EmbeddedPostgres embedded;

	static GreenMail smtp;

	static ConfigurableApplicationContext a;

	static ConfigurableApplicationContext b;

	static String nodeA;

	static String nodeB;

	static JdbcClient jdbc;

	static MatchingFixtures matching;

	static UserView coordinator;

	@BeforeAll
	static void startTwoNodes() throws Exception {
		var started = System.nanoTime();
		String url;
		String username;
		String password;
		if (System.getenv("PASSERELLE_EXTERNAL_DATABASE_URL") instanceof String external && !external.isBlank()) {
			url = external;
			username = System.getenv("PASSERELLE_EXTERNAL_DATABASE_USERNAME");
			password = System.getenv("PASSERELLE_EXTERNAL_DATABASE_PASSWORD");
		}
		else {
			var directory = Files.createDirectories(Path.of("target", "pgdata", "two-nodes-" + System.nanoTime()));
			embedded = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(true)
				.setServerConfig("max_connections", "100")
				// as the other tests' databases: thrown away, so no commit waits for the disk
				.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off")
				.start();
			url = embedded.getJdbcUrl("postgres", "postgres");
			username = "postgres";
			password = "";
		}
		smtp = new GreenMail(new ServerSetup(MovableClockConfiguration.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		// one after the other: the first migrates the schema, the second finds it ready
		a = node(url, username, password);
		b = node(url, username, password);
		nodeA = "http://localhost:" + ((WebServerApplicationContext) a).getWebServer().getPort();
		nodeB = "http://localhost:" + ((WebServerApplicationContext) b).getWebServer().getPort();
		jdbc = a.getBean(JdbcClient.class);

		var fixtures = new Fixtures(a.getBean(OrganisationManagement.class), a.getBean(UserManagement.class));
		matching = MatchingFixtures.create(fixtures, a.getBean(ProgramManagement.class),
				a.getBean(ParticipantManagement.class), MatchingFixtures.weights(60, 10, 20, 10),
				ProgramRules.builder().minimumMatchScore(30).build(), Set.of(Language.FR, Language.EN));
		coordinator = a.getBean(UserManagement.class)
			.list(org.passerelle.identity.Actor.system())
			.stream()
			.filter(user -> user.id().equals(matching.coordinator().userId()))
			.findFirst()
			.orElseThrow();
		System.out.printf("two nodes: both started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
	}

	private static ConfigurableApplicationContext node(String url, String username, String password) {
		return new SpringApplicationBuilder(Passerelle.class, CountedLocks.class).profiles("test")
			.run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=" + username,
					"--spring.datasource.password=" + password, "--spring.mail.host=127.0.0.1",
					"--spring.mail.port=" + smtp.getSmtp().getPort(), "--passerelle.mail.every=PT1H");
	}

	@AfterAll
	static void stopBoth() throws Exception {
		if (b != null) {
			b.close();
		}
		if (a != null) {
			a.close();
		}
		if (smtp != null) {
			smtp.stop();
		}
		if (embedded != null) {
			embedded.close();
		}
	}

	@Test
	void aPersonSignedInOnOneNodeGoesOnOnTheOther() throws Exception {
		var browser = new Browser();
		browser.signIn(nodeA, coordinator.email(), Fixtures.PASSWORD);

		var account = browser.get(nodeB, "/account");
		assertThat(account.statusCode()).isEqualTo(200);
		assertThat(account.body()).contains(coordinator.email());

		// a form read on B, sent to A with B's CSRF token; what A keeps for the next page, B shows
		assertThat(browser.post(nodeA, "/account/tokens", Map.of("name", "Sent to A", "_csrf", csrf(account.body())))
			.headers()
			.firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/account#tokens"));
		assertThat(browser.get(nodeB, "/account").body()).contains("Sent to A", "psr_");

		// signing out on B ends the session on A too
		browser.post(nodeB, "/logout", Map.of("_csrf", csrf(browser.get(nodeB, "/account").body())));
		assertThat(browser.get(nodeA, "/account").headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
	}

	@Test
	void aThousandRequestsAlternatingBetweenTheNodesWithOneSessionAllSucceed() throws Exception {
		var browser = new Browser();
		browser.signIn(nodeB, coordinator.email(), Fixtures.PASSWORD);
		var failures = new ArrayList<String>();
		String page = browser.get(nodeA, "/account").body();
		var started = System.nanoTime();
		for (int i = 0; i < 1_000; i++) {
			var node = i % 2 == 0 ? nodeA : nodeB;
			if (i % 100 == 50) {
				// now and then a form, with the token of the page the other node wrote
				var name = "Token " + i;
				var sent = browser.post(node, "/account/tokens", Map.of("name", name, "_csrf", csrf(page)));
				if (sent.statusCode() != 302 || !sent.headers().firstValue("Location").orElse("").endsWith("/account#tokens")) {
					failures.add(i + ": POST " + sent.statusCode() + " " + sent.headers().firstValue("Location"));
				}
				continue;
			}
			var response = browser.get(node, "/account");
			if (response.statusCode() != 200 || !response.body().contains(coordinator.email())) {
				failures.add(i + ": GET " + response.statusCode() + " " + response.headers().firstValue("Location"));
			}
			else if (i % 100 == 51 && !response.body().contains("Token " + (i - 1))) {
				failures.add(i + ": the token issued on the other node is not shown");
			}
			page = response.body();
		}
		var elapsed = Duration.ofNanos(System.nanoTime() - started);
		System.out.printf("two nodes: 1000 requests alternating with one session in %d ms, %d failures%n",
				elapsed.toMillis(), failures.size());
		assertThat(failures).isEmpty();
		// the figure goes to docs/operations.md; the bound only catches sessions that would wait on each other
		assertThat(elapsed).isLessThan(Duration.ofMinutes(3));
	}

	@Test
	void eachDailyJobStartedByBothNodesAtTheSameMomentRunsOnce() throws Exception {
		Map<String, List<Runnable>> jobs = new LinkedHashMap<>();
		jobs.put("matching.proposal-reminders", List.of(a.getBean(Proposals.class)::remindWaitingProposalsOnSchedule,
				b.getBean(Proposals.class)::remindWaitingProposalsOnSchedule));
		jobs.put("mentorship.reminders", List.of(a.getBean(MentorshipReminders.class)::remindOnSchedule,
				b.getBean(MentorshipReminders.class)::remindOnSchedule));
		jobs.put("participant.application-retention",
				List.of(a.getBean(ApplicationRetention.class)::destroyExpiredApplicationsOnSchedule,
						b.getBean(ApplicationRetention.class)::destroyExpiredApplicationsOnSchedule));
		for (var job : jobs.entrySet()) {
			jdbc.sql("delete from scheduled_job_lock where name = ?").param(job.getKey()).update();
			granted.remove(job.getKey());
			atTheSameMoment(job.getValue());
			assertThat(granted.get(job.getKey())).as("runs of %s", job.getKey()).isEqualTo(1);

			// the lock outlives the run by a minute: a node whose clock is a little late runs it no more
			job.getValue().get(1).run();
			job.getValue().get(0).run();
			assertThat(granted.get(job.getKey())).as("runs of %s", job.getKey()).isEqualTo(1);
			assertThat(jdbc.sql("""
					select lock_until - locked_at >= interval '1 minute' from scheduled_job_lock where name = ?""")
				.param(job.getKey())
				.query(Boolean.class)
				.single()).isTrue();
		}
	}

	@Test
	void theOutboxOfBothNodesSendsEachEmailOnce() throws Exception {
		var recipients = new ArrayList<String>();
		for (int i = 0; i < 40; i++) {
			var recipient = "twice-" + i + "-" + System.nanoTime() + "@nodes.passerelle.ca";
			recipients.add(recipient);
			jdbc.sql("""
					insert into email_outbox (id, recipient, subject, body, created_at, next_attempt_at)
					values (gen_random_uuid(), ?, 'Two nodes', 'Once', now(), now() - interval '1 second')""")
				.param(recipient)
				.update();
		}
		// the scheduled entry (under its lock) on both, and the direct call (rows locked) on both
		for (int round = 0; round < 3; round++) {
			atTheSameMoment(List.of(a.getBean(EmailOutbox.class)::sendPendingOnSchedule,
					b.getBean(EmailOutbox.class)::sendPendingOnSchedule, a.getBean(EmailOutbox.class)::sendPending,
					b.getBean(EmailOutbox.class)::sendPending));
		}
		var received = java.util.Arrays.stream(smtp.getReceivedMessages())
			.map(message -> {
				try {
					return message.getAllRecipients()[0].toString();
				}
				catch (jakarta.mail.MessagingException ex) {
					throw new IllegalStateException(ex);
				}
			})
			.filter(recipients::contains)
			.collect(Collectors.groupingBy(recipient -> recipient, Collectors.counting()));
		assertThat(received).hasSize(recipients.size()).allSatisfy((recipient, count) -> assertThat(count).isOne());
	}

	@Test
	void aPoolRunConfirmedOnOneNodeIsSeenOnTheOther() throws Exception {
		matching.mentee("Amina", "21231", MatchingFixtures.both(), "H2X 1Y4", "développement logiciel Java");
		matching.mentor("Marc", "21231", MatchingFixtures.french(), "H2X 3A1", "architecture logicielle Java", 1);
		var program = matching.program().id().value();

		var started = api("POST", nodeA, "/api/programs/" + program + "/matching/runs", null, 202);
		var runId = started.get("id").asString();
		// the run goes on in the background on node A; node B sees it end
		var draftOnB = Eventually.value(() -> {
			try {
				return api("GET", nodeB, "/api/matching/runs/" + runId, null, 200);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}, found -> !found.get("status").asString().equals("RUNNING"));
		assertThat(draftOnB.get("status").asString()).isEqualTo("DRAFT");
		assertThat(draftOnB.get("pairs")).hasSize(1);
		var run = draftOnB;

		var proposed = api("POST", nodeA, "/api/matching/runs/" + runId + "/confirm",
				Map.of("version", run.get("version").asLong()), 200);
		assertThat(proposed).hasSize(1);

		var onB = api("GET", nodeB, "/api/matching/runs/" + runId, null, 200);
		assertThat(onB.get("status").asString()).isNotEqualTo("DRAFT");
		var matches = api("GET", nodeB, "/api/programs/" + program + "/matches", null, 200);
		assertThat(matches).singleElement().satisfies(match -> {
			assertThat(match.get("id").asString()).isEqualTo(proposed.get(0).get("id").asString());
			assertThat(match.get("menteeName").asString()).contains("Amina");
			assertThat(match.get("status").asString()).isEqualTo("PROPOSED");
		});
		// a second confirmation of the same draft, on the other node, is refused
		var again = send("POST", nodeB, "/api/matching/runs/" + runId + "/confirm", Map.of("version", run.get("version").asLong()));
		assertThat(again.statusCode()).isBetween(400, 499);
	}

	private static void atTheSameMoment(List<Runnable> tasks) throws Exception {
		var barrier = new CyclicBarrier(tasks.size());
		try (var pool = Executors.newFixedThreadPool(tasks.size())) {
			var futures = tasks.stream().map(task -> pool.submit(() -> {
				barrier.await(10, TimeUnit.SECONDS);
				task.run();
				return null;
			})).toList();
			for (var future : futures) {
				future.get(60, TimeUnit.SECONDS);
			}
		}
	}

	private static JsonNode api(String method, String node, String path, Object body, int expected) throws Exception {
		var response = send(method, node, path, body);
		assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isEqualTo(expected);
		return json.readTree(response.body());
	}

	private static HttpResponse<String> send(String method, String node, String path, Object body) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(node + path))
			.header("Accept", "application/json")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((coordinator.email() + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return Browser.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String csrf(String page) {
		return Jsoup.parse(page).selectFirst("input[name=_csrf]").val();
	}

	/**
	 * A browser's cookies for one host: the same cookies go to both ports, as they go to one
	 * address behind a load balancer.
	 */
	static final class Browser {

		static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

		private final Map<String, String> cookies = new LinkedHashMap<>();

		void signIn(String node, String email, String password) throws Exception {
			var login = get(node, "/login");
			var signedIn = post(node, "/login", Map.of("email", email, "password", password, "_csrf", csrf(login.body())));
			assertThat(signedIn.statusCode()).isEqualTo(302);
			assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("login");
		}

		HttpResponse<String> get(String node, String path) throws Exception {
			return send(HttpRequest.newBuilder(URI.create(node + path)).GET());
		}

		HttpResponse<String> post(String node, String path, Map<String, String> form) throws Exception {
			var body = form.entrySet()
				.stream()
				.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return send(HttpRequest.newBuilder(URI.create(node + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
			request.header("Accept-Language", "en");
			if (!cookies.isEmpty()) {
				request.header("Cookie", cookies.entrySet()
					.stream()
					.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
					.collect(Collectors.joining("; ")));
			}
			var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			for (var header : response.headers().allValues("Set-Cookie")) {
				var pair = header.split(";", 2)[0];
				var name = pair.substring(0, pair.indexOf('='));
				var value = pair.substring(pair.indexOf('=') + 1);
				if (value.isEmpty() || header.contains("Max-Age=0")) {
					cookies.remove(name);
				}
				else {
					cookies.put(name, value);
				}
			}
			return response;
		}
	}

	/** Counts the locks each node is granted, so that a job's runs are counted across both. */
	@TestConfiguration(proxyBeanMethods = false)
	static class CountedLocks {

		@Bean
		static BeanPostProcessor countGrantedLocks() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (bean instanceof LockProvider provider) {
						return (LockProvider) configuration -> {
							var lock = provider.lock(configuration);
							lock.ifPresent(held -> granted.merge(configuration.getName(), 1, Integer::sum));
							return lock;
						};
					}
					return bean;
				}
			};
		}
	}
}
