package org.passerelle;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole application on its real (embedded) PostgreSQL, driven through MockMvc or,
 * for the browser tests and journeys, over HTTP on a random port. Every test class with this
 * annotation and nothing more shares one application context: the movable clock
 * ({@link MovableClockConfiguration}), GreenMail, no schedule running. What a test changes in it —
 * the clock, the outbox's schedule — {@link SharedApplication} sets back after each test; what a
 * test creates stays, so a test asserts only on what it created (names of its own:
 * {@link Fixtures#unique(String)}).
 * <p>
 * The suite starts three contexts: this one; a new installation with the demonstration, on a
 * durable database of its own, shared by the demonstration's tests and the first start's
 * ({@code @ActiveProfiles({ "test", "demo" })} with the same {@code @TestPropertySource}, see
 * {@code DemoDataTests}); and the database outage's, which stops its database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableClockConfiguration.class)
@ExtendWith(SharedApplication.class)
public @interface IntegrationTest {
}
