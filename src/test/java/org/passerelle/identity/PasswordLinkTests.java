package org.passerelle.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.Fixtures;
import org.passerelle.Mailbox;
import org.passerelle.MovableClock;
import org.passerelle.core.Language;
import org.passerelle.notification.EmailOutbox;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.icegreen.greenmail.util.GreenMail;

/**
 * "Forgot your password?": a single-use link by e-mail, over a real SMTP server, that expires in
 * one hour; the same answer whether or not the address has an account; the password policy on
 * every password chosen (R-ACC-2).
 */
@IntegrationTest
class PasswordLinkTests {

	static final String NEW_PASSWORD = "Une maison bleue 2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	MovableClock clock;

	@Autowired
	GreenMail smtp;

	@Autowired
	EmailOutbox outbox;

	Mailbox mailbox;

	UserView mentor;

	@BeforeEach
	void setUp() {
		mailbox = new Mailbox(smtp, outbox);
		var fixtures = new Fixtures(organisations, users);
		mentor = fixtures.user(Role.MENTOR, fixtures.organisation(OrganisationType.EMPLOYER), Language.EN);
	}

	@Test
	void anUnknownAddressGetsTheSameAnswerAndNoEmail() throws Exception {
		var unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		mvc.perform(post("/password/forgot").with(csrf()).param("email", unknown))
			.andExpect(redirectedUrl("/password/forgot"))
			.andExpect(flash().attribute("sent", true));
		mvc.perform(post("/password/forgot").with(csrf()).param("email", mentor.email()))
			.andExpect(redirectedUrl("/password/forgot"))
			.andExpect(flash().attribute("sent", true));
		mvc.perform(post("/api/password/forgot").contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": \"%s\"}".formatted(unknown))).andExpect(status().isAccepted());

		mailbox.newest(mentor.email(), 1);
		assertThat(mailbox.received(unknown)).isEmpty();
	}

	@Test
	void theLinkFromTheEmailSetsANewPasswordOnce() throws Exception {
		var message = requestLink(mentor.email(), 1);
		assertThat(Mailbox.subject(message)).isEqualTo("[Passerelle] Choose a new password");
		var link = Mailbox.link(message, "/password/reset/");

		mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("Choose a new password")));
		mvc.perform(post(path(link)).with(csrf()).param("password", NEW_PASSWORD).param("repeated", NEW_PASSWORD))
			.andExpect(redirectedUrl("/login?passwordChosen"));
		Fixtures.signIn(mvc, mentor.email(), NEW_PASSWORD);
		mvc.perform(formLogin("/login").user("email", mentor.email()).password("password", Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));

		mvc.perform(get(link))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This link was already used")))
			.andExpect(content().string(containsString("Send me a link")));
		mvc.perform(post(path(link)).with(csrf()).param("password", "Someone else's choice").param("repeated",
				"Someone else's choice"))
			.andExpect(status().isGone());
		Fixtures.signIn(mvc, mentor.email(), NEW_PASSWORD);
	}

	@Test
	void theLinkExpiresAfterOneHour() throws Exception {
		var link = Mailbox.link(requestLink(mentor.email(), 1), "/password/reset/");
		clock.advance(Duration.ofMinutes(61));

		mvc.perform(get(link)).andExpect(status().isGone()).andExpect(content().string(containsString("This link is too old")));
		mvc.perform(post(path(link)).with(csrf()).param("password", NEW_PASSWORD).param("repeated", NEW_PASSWORD))
			.andExpect(status().isGone());
		Fixtures.signIn(mvc, mentor.email(), Fixtures.PASSWORD);
	}

	@Test
	void aCommonOrShortPasswordIsRefusedSayingWhy() throws Exception {
		var link = Mailbox.link(requestLink(mentor.email(), 1), "/password/reset/");

		mvc.perform(post(link).with(csrf()).param("password", "password1234").param("repeated", "password1234"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Many people use this password")));
		mvc.perform(post(link).with(csrf()).param("password", "tulip-field").param("repeated", "tulip-field"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Use at least 12 characters")));
		// refusals do not use up the link
		mvc.perform(post(path(link)).with(csrf()).param("password", NEW_PASSWORD).param("repeated", NEW_PASSWORD))
			.andExpect(redirectedUrl("/login?passwordChosen"));
	}

	@Test
	void aNewRequestVoidsTheEarlierLink() throws Exception {
		var first = Mailbox.link(requestLink(mentor.email(), 1), "/password/reset/");
		var second = Mailbox.link(requestLink(mentor.email(), 2), "/password/reset/");

		mvc.perform(get(first)).andExpect(status().isGone());
		mvc.perform(get(second)).andExpect(status().isOk());
	}

	@Test
	void guessingLinksIsThrottledLikeSignIn() throws Exception {
		var link = Mailbox.link(requestLink(mentor.email(), 1), "/password/reset/");
		RequestPostProcessor fromOneMachine = request -> {
			request.setRemoteAddr("10.9.8." + (int) (Math.random() * 200 + 2));
			return request;
		};
		var machine = "10.20.30.40";
		RequestPostProcessor guesser = request -> {
			request.setRemoteAddr(machine);
			return request;
		};
		for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
			mvc.perform(post("/password/reset/forged-" + i).with(csrf()).with(guesser).param("password", NEW_PASSWORD)
				.param("repeated", NEW_PASSWORD)).andExpect(status().isGone());
		}
		mvc.perform(post(link).with(csrf()).with(guesser).param("password", NEW_PASSWORD).param("repeated",
				NEW_PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Too many tries")));
		mvc.perform(post(path(link)).with(csrf()).with(fromOneMachine).param("password", NEW_PASSWORD).param("repeated",
				NEW_PASSWORD))
			.andExpect(redirectedUrl("/login?passwordChosen"));
	}

	@Test
	void theApiResetsWithTheTokenAndChangesOnesOwnPassword() throws Exception {
		var link = Mailbox.link(requestLink(mentor.email(), 1), "/password/reset/");
		var token = path(link).substring("/password/reset/".length());

		mvc.perform(post("/api/password/reset").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
			.content("{\"token\": \"%s\", \"password\": \"password1234\"}".formatted(token)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Many people use this password")));
		mvc.perform(post("/api/password/reset").contentType(MediaType.APPLICATION_JSON)
			.content("{\"token\": \"%s\", \"password\": \"%s\"}".formatted(token, NEW_PASSWORD)))
			.andExpect(status().isNoContent());
		mvc.perform(post("/api/password/reset").contentType(MediaType.APPLICATION_JSON)
			.content("{\"token\": \"%s\", \"password\": \"%s\"}".formatted(token, NEW_PASSWORD)))
			.andExpect(status().isGone());

		mvc.perform(put("/api/account/password").with(httpBasic(mentor.email(), NEW_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\": \"%s\", \"newPassword\": \"Short-one\"}".formatted(NEW_PASSWORD)))
			.andExpect(status().isBadRequest());
		mvc.perform(put("/api/account/password").with(httpBasic(mentor.email(), NEW_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\": \"%s\", \"newPassword\": \"Three green apples\"}".formatted(NEW_PASSWORD)))
			.andExpect(status().isNoContent());
		Fixtures.signIn(mvc, mentor.email(), "Three green apples");
	}

	@Test
	void theAccountPageChangesThePasswordUnderThePolicy() throws Exception {
		var session = Fixtures.signIn(mvc, mentor.email());
		mvc.perform(post("/account/password").session(session).with(csrf()).header("Accept-Language", "en")
			.param("current", Fixtures.PASSWORD)
			.param("newPassword", "password1234").param("repeated", "password1234"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Many people use this password")));
		mvc.perform(post("/account/password").session(session).with(csrf()).param("current", Fixtures.PASSWORD)
			.param("newPassword", NEW_PASSWORD).param("repeated", NEW_PASSWORD))
			.andExpect(redirectedUrl("/account"));
		Fixtures.signIn(mvc, mentor.email(), NEW_PASSWORD);
	}

	@Test
	void anAdministratorNeverChoosesAParticipantsPasswordWhoGetsALinkToChooseIt() throws Exception {
		var admin = Fixtures.signIn(mvc, "admin@test.passerelle.ca", "Test-admin-password");
		var organisation = new Fixtures(organisations, users).organisation(OrganisationType.LEAD_AGENCY);
		var email = "mentee-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		mvc.perform(post("/users").session(admin).with(csrf()).param("fullName", "Fatima Noor").param("email", email)
			.param("role", "MENTEE").param("organisationId", organisation.value().toString())
			.param("preferredLanguage", "FR").param("password", "Chosen by admin 2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Chosen by admin 2026"))));
		assertThat(users.accountWithEmail(email)).isEmpty();

		mvc.perform(post("/users").session(admin).with(csrf()).param("fullName", "Fatima Noor").param("email", email)
			.param("role", "MENTEE").param("organisationId", organisation.value().toString())
			.param("preferredLanguage", "FR").param("password", ""))
			.andExpect(status().is3xxRedirection());
		var message = mailbox.newest(email, 1);
		assertThat(Mailbox.subject(message)).isEqualTo("[Passerelle] Choisir votre mot de passe");
		var link = Mailbox.link(message, "/password/reset/");
		mvc.perform(get(link)).andExpect(content().string(containsString("Choisir votre mot de passe")));
		mvc.perform(post(path(link)).with(csrf()).param("password", NEW_PASSWORD).param("repeated", NEW_PASSWORD))
			.andExpect(redirectedUrl("/login?passwordChosen"));
		Fixtures.signIn(mvc, email, NEW_PASSWORD);
	}

	@Test
	void askingOftenForOneAddressIsThrottled() throws Exception {
		var address = "flood-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
			mvc.perform(post("/api/password/forgot").contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\": \"%s\"}".formatted(address))).andExpect(status().isAccepted());
		}
		mvc.perform(post("/api/password/forgot").contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": \"%s\"}".formatted(address))).andExpect(status().isTooManyRequests());
		mvc.perform(post("/password/forgot").with(csrf()).header("Accept-Language", "en").param("email", address))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Too many tries")));
	}

	jakarta.mail.Message requestLink(String email, int count) throws Exception {
		mvc.perform(post("/password/forgot").with(csrf()).param("email", email)).andExpect(redirectedUrl("/password/forgot"));
		return mailbox.newest(email, count);
	}

	static String path(String link) {
		return link.replaceFirst("\\?.*$", "");
	}
}
