package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.passerelle.BrowserTest;
import org.passerelle.MovableClock;
import org.passerelle.OutboxSchedule;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A journey of real people through Passerelle from an installation without the demo profile,
 * driven only through what they have: the pages in Chromium, the REST API, and the e-mails they
 * receive (read from the SMTP server in the test's process). Nothing here calls a service, a
 * repository, SQL or demo data to create or change state — {@code JourneyRulesTests} checks it.
 * The only things moved from outside are the clock (weeks pass) and the SMTP server.
 * <p>
 * The journeys run in the application all integration tests share (so its database holds what
 * other tests created besides the first administrator, opened at the first start as on any
 * installation); each journey creates the organisations, people and program it walks through,
 * under names of its own, and looks only at them.
 */
public abstract class JourneyTest extends BrowserTest {

	/** The first administrator, as application-test.properties opens it at the first start. */
	protected static final String ADMIN = "admin@test.passerelle.ca";

	protected static final String ADMIN_PASSWORD = "Test-admin-password";

	/** The passwords people choose in the journeys: long enough, and not common. */
	protected static final String CHOSEN_PASSWORD = "Lilas-et-cardamome-42";

	@Autowired
	GreenMail smtp;

	@Autowired
	protected MovableClock clock;

	protected Mailbox mail;

	@Autowired
	OutboxSchedule outbox;

	/** The outbox sends as on an installation, only faster: people wait for their e-mails. */
	@BeforeEach
	void openMailbox() {
		mail = new Mailbox(smtp);
		outbox.start(Duration.ofMillis(500));
	}

	@AfterEach
	void noSeriousAccessibilityProblem() {
		assertThat(accessibilityViolations).isEmpty();
	}

	protected Api admin() {
		return Api.as(port, ADMIN, ADMIN_PASSWORD);
	}

	protected Api as(String email) {
		return Api.as(port, email, CHOSEN_PASSWORD);
	}

	protected Api anonymous() {
		return Api.anonymous(port);
	}

	/** Today, on the application's clock. */
	protected LocalDate today() {
		return LocalDate.now(clock);
	}

	/** A match's version, for the next step on it. */
	protected static long version(Api api, String matchId) {
		return api.get("/api/matches/" + matchId).expect(200).get("version").asLong();
	}

	/** The coordinator records that a participant passed an intake step of the program today. */
	protected void screen(Api coordinator, String participant, String step, String programId) {
		coordinator.post("/api/participants/" + participant + "/screenings", Map.of("kind", step, "date",
				today().toString(), "outcome", "PASSED", "programId", programId)).expect(200);
	}

	/** The last path segment of a link from an e-mail: a token, or an id. */
	protected static String token(String link) {
		var path = java.net.URI.create(link).getPath();
		return path.substring(path.lastIndexOf('/') + 1);
	}

	/** The id of the account with this address, as the administrator reads it. */
	protected String userId(String email) {
		return admin().get("/api/users")
			.expect(200)
			.valueStream()
			.filter(user -> email.equals(user.get("email").asString()))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asString();
	}

	/** What the API answers once it is ready: what listeners and the outbox write comes a moment later. */
	protected static JsonNode await(Supplier<JsonNode> read, Predicate<JsonNode> ready) {
		return org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(200))
			.until(read::get, ready::test);
	}

	/** A short mark that tells this journey's names from another's. */
	protected static String unique() {
		return java.util.UUID.randomUUID().toString().substring(0, 4);
	}

	/** An address no other journey uses. */
	protected static String email(String who) {
		return who + "-" + java.util.UUID.randomUUID().toString().substring(0, 6) + "@journey.passerelle.ca";
	}
}
