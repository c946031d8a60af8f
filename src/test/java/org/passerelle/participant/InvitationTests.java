package org.passerelle.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.Eventually;
import org.passerelle.Fixtures;
import org.passerelle.Mailbox;
import org.passerelle.MovableClock;
import org.passerelle.core.Language;
import org.passerelle.core.OrganisationId;
import org.passerelle.identity.AccountDetails;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.identity.UserView;
import org.passerelle.notification.EmailOutbox;
import org.passerelle.notification.Notifications;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramTemplate;
import org.passerelle.program.ProgramView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.util.GreenMail;
import com.jayway.jsonpath.JsonPath;

/**
 * Admitted participants are invited by e-mail, over a real SMTP server, and open their account
 * by following the link received (R-ACC-1); every way a link can fail is refused, changing
 * nothing.
 */
@IntegrationTest
class InvitationTests {

	static final String CHOSEN = "Mon jardin fleurit en avril";

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	ProgramManagement programs;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	ParticipantDirectory directory;

	@Autowired
	Notifications notifications;

	@Autowired
	MovableClock clock;

	@Autowired
	GreenMail smtp;

	@Autowired
	EmailOutbox outbox;

	Mailbox mailbox;

	Fixtures fixtures;

	OrganisationId lead;

	ProgramView program;

	UserView coordinator;

	@BeforeEach
	void setUp() {
		mailbox = new Mailbox(smtp, outbox);
		fixtures = new Fixtures(organisations, users);
		lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		program = programs.createFromTemplate(Actor.system(), ProgramTemplate.TRIEC_MENTORING_PARTNERSHIP,
				Fixtures.unique("TRIEC"), lead);
		coordinator = fixtures.user(Role.COORDINATOR, lead);
		programs.assignCoordinators(Actor.system(), program.id(), Set.of(coordinator.id()));
	}

	@Test
	void aMenteeCreatedThroughTheApiOpensHerAccountFromTheFrenchEmailAndSeesHerRecord() throws Exception {
		var email = uniqueEmail("amina");
		var id = createEnrolled(email, "FR", "MENTEE");
		mvc.perform(post("/api/programs/{id}/invitations", program.id()).with(coordinatorCredentials())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"participantIds\": [\"%s\"]}".formatted(id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("INVITED"))
			.andExpect(jsonPath("$[0].email").value(email));

		var message = mailbox.newest(email, 1);
		assertThat(Mailbox.subject(message)).isEqualTo("[Passerelle] Ouvrez votre compte pour " + program.name());
		assertThat(Mailbox.text(message)).startsWith("Bonjour Amina,").contains("choisissez un mot de passe");
		var link = Mailbox.link(message, "/invitations/");
		assertThat(link).endsWith("?lang=fr");

		mvc.perform(get(link))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ouvrir votre compte Passerelle")));
		mvc.perform(post(path(link)).with(csrf()).param("password", CHOSEN).param("repeated", CHOSEN)
			.param("language", "EN"))
			.andExpect(redirectedUrlPattern("/login?joined&email=*"));

		var account = users.accountWithEmail(email).orElseThrow();
		var shown = users.find(Actor.system(), account);
		assertThat(shown.role()).isEqualTo(Role.MENTEE);
		assertThat(shown.preferredLanguage()).isEqualTo(Language.EN);
		assertThat(shown.organisationId()).isEqualTo(lead);
		assertThat(directory.find(Actor.system(), new ParticipantId(id)).user()).isEqualTo(account);
		Fixtures.signIn(mvc, email, CHOSEN);
		mvc.perform(get("/api/participants/{id}", id).with(httpBasic(email, CHOSEN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.details.email").value(email));
		mvc.perform(get("/api/programs/{id}/invitations", program.id()).with(coordinatorCredentials()))
			.andExpect(jsonPath("$[?(@.participant == '%s')].status".formatted(id)).value("JOINED"));

		// the same link a second time: refused, in the language of the link, nothing changed
		mvc.perform(get(link))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("Cette invitation a déjà servi")));
		mvc.perform(post(path(link)).with(csrf()).param("password", "Un autre mot de passe").param("repeated",
				"Un autre mot de passe").param("language", "FR"))
			.andExpect(status().isGone());
		Fixtures.signIn(mvc, email, CHOSEN);
	}

	@Test
	void aLinkPastSevenDaysIsRefusedAndThePersonCanAskTheCoordinatorForANewOne() throws Exception {
		var email = uniqueEmail("late");
		var id = createEnrolled(email, "EN", "MENTEE");
		invite(id);
		var link = Mailbox.link(mailbox.newest(email, 1), "/invitations/");
		clock.advance(Duration.ofDays(8));

		mvc.perform(get(link))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This invitation is too old")))
			.andExpect(content().string(containsString("Ask my coordinator for a new invitation")));
		mvc.perform(post(path(link)).with(csrf()).param("password", CHOSEN).param("repeated", CHOSEN)
			.param("language", "EN"))
			.andExpect(status().isGone());
		assertThat(users.accountWithEmail(email)).isEmpty();
		mvc.perform(get("/api/programs/{id}/invitations", program.id()).with(coordinatorCredentials()))
			.andExpect(jsonPath("$[?(@.participant == '%s')].status".formatted(id)).value("EXPIRED"));

		mvc.perform(post(path(link) + "/renewal").with(csrf()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("We told your coordinator")));
		var coordinatorActor = new Actor(coordinator.id(), coordinator.email(), Role.COORDINATOR, lead);
		assertThat(Eventually.atLeast(1, () -> notifications.list(coordinatorActor)
			.stream()
			.filter(n -> n.title().equals("New invitation asked for " + program.name()))
			.toList())).hasSize(1);
	}

	@Test
	void aRevokedInvitationIsRefused() throws Exception {
		var email = uniqueEmail("revoked");
		var id = createEnrolled(email, "FR", "MENTOR");
		var invitation = invite(id);
		var link = Mailbox.link(mailbox.newest(email, 1), "/invitations/");

		mvc.perform(delete("/api/invitations/{id}", invitation).with(coordinatorCredentials()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REVOKED"));
		mvc.perform(get(link))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("a retiré cette invitation")));
		mvc.perform(get("/api/invitations/{token}", token(link))).andExpect(status().isGone());
		assertThat(users.accountWithEmail(email)).isEmpty();
	}

	@Test
	void sendingAgainVoidsTheEarlierLink() throws Exception {
		var email = uniqueEmail("again");
		var id = createEnrolled(email, "EN", "MENTEE");
		var invitation = invite(id);
		var first = Mailbox.link(mailbox.newest(email, 1), "/invitations/");

		mvc.perform(post("/api/invitations/{id}/resend", invitation).with(coordinatorCredentials()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("INVITED"));
		var second = Mailbox.link(mailbox.newest(email, 2), "/invitations/");

		assertThat(second).isNotEqualTo(first);
		mvc.perform(get(first)).andExpect(status().isGone())
			.andExpect(content().string(containsString("a newer invitation replaced it")));
		mvc.perform(get(second)).andExpect(status().isOk());
	}

	@Test
	void anExistingAccountWithTheSameAddressIsLinkedAfterSigningIn() throws Exception {
		var email = uniqueEmail("known");
		var existing = users.open(Actor.system(),
				new AccountDetails(email, "Known Mentor", Role.MENTOR, lead, Language.EN, Fixtures.PASSWORD));
		var id = createEnrolled(email, "EN", "MENTOR");
		invite(id);
		var link = Mailbox.link(mailbox.newest(email, 1), "/invitations/");

		mvc.perform(get(link))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You already have a Passerelle account")))
			.andExpect(content().string(containsString(path(link) + "/link")));
		// the page to link is not public: sign-in comes first, then back to it
		var toSignIn = mvc.perform(get(path(link) + "/link")).andExpect(status().is3xxRedirection()).andReturn();
		var session = (MockHttpSession) toSignIn.getRequest().getSession();
		mvc.perform(post("/login").session(session).with(csrf()).param("email", email).param("password", Fixtures.PASSWORD))
			.andExpect(redirectedUrlPattern("**" + path(link) + "/link*"));
		mvc.perform(get(path(link) + "/link").session(session)).andExpect(status().isOk());
		mvc.perform(post(path(link) + "/link").session(session).with(csrf())).andExpect(redirectedUrl("/"));

		assertThat(directory.find(Actor.system(), new ParticipantId(id)).user()).isEqualTo(existing.id());
		assertThat(users.list(Actor.system()).stream().filter(user -> user.email().equals(email))).hasSize(1);
	}

	@Test
	void inviteAllInvitesOnlyThoseNotInvitedYet() throws Exception {
		var invited = createEnrolled(uniqueEmail("first"), "EN", "MENTEE");
		var second = createEnrolled(uniqueEmail("second"), "FR", "MENTEE");
		var third = createEnrolled(uniqueEmail("third"), "EN", "MENTOR");
		invite(invited);

		mvc.perform(post("/api/programs/{id}/invitations", program.id()).with(coordinatorCredentials())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"all\": true}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[?(@.participant == '%s')]".formatted(second)).exists())
			.andExpect(jsonPath("$[?(@.participant == '%s')]".formatted(third)).exists());
		mvc.perform(post("/api/programs/{id}/invitations", program.id()).with(coordinatorCredentials())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"all\": true}"))
			.andExpect(jsonPath("$", hasSize(0)));
		var email = directory.find(Actor.system(), new ParticipantId(invited)).details().email();
		assertThat(mailbox.received(email)).hasSize(1);
		mvc.perform(get("/api/home").with(coordinatorCredentials()).header("Accept-Language", "en"))
			.andExpect(jsonPath("$[?(@.kind == 'INVITATIONS_NOT_ACCEPTED')].count").value(3))
			.andExpect(jsonPath("$[?(@.kind == 'INVITATIONS_NOT_ACCEPTED')].label")
				.value("3 invitations not accepted yet"));
	}

	@Test
	void aCoordinatorOfAnotherProgramFindsNothing() throws Exception {
		var id = createEnrolled(uniqueEmail("other"), "EN", "MENTEE");
		var invitation = invite(id);
		var otherLead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		var otherProgram = programs.createFromTemplate(Actor.system(), ProgramTemplate.TRIEC_MENTORING_PARTNERSHIP,
				Fixtures.unique("Other"), otherLead);
		var stranger = fixtures.user(Role.COORDINATOR, otherLead);
		programs.assignCoordinators(Actor.system(), otherProgram.id(), Set.of(stranger.id()));
		var credentials = httpBasic(stranger.email(), Fixtures.PASSWORD);

		mvc.perform(get("/api/programs/{id}/invitations", program.id()).with(credentials)).andExpect(status().isNotFound());
		mvc.perform(post("/api/programs/{id}/invitations", program.id()).with(credentials)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"all\": true}")).andExpect(status().isNotFound());
		mvc.perform(post("/api/invitations/{id}/resend", invitation).with(credentials)).andExpect(status().isNotFound());
		mvc.perform(delete("/api/invitations/{id}", invitation).with(credentials)).andExpect(status().isNotFound());
		mvc.perform(get("/programs/{id}/invitations", program.id()).session(Fixtures.signIn(mvc, stranger.email())))
			.andExpect(status().isNotFound());
	}

	@Test
	void aCommonPasswordIsRefusedWithTheReasonAndOpensNoAccount() throws Exception {
		var email = uniqueEmail("weak");
		invite(createEnrolled(email, "EN", "MENTEE"));
		var link = Mailbox.link(mailbox.newest(email, 1), "/invitations/");

		mvc.perform(post(path(link)).with(csrf()).param("password", "password1234").param("repeated", "password1234")
			.param("language", "EN").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Many people use this password")));
		assertThat(users.accountWithEmail(email)).isEmpty();
	}

	@Test
	void aRecordAlreadyLinkedToAnAccountIsRefusedThroughTheApi() throws Exception {
		var email = uniqueEmail("twice");
		var id = createEnrolled(email, "EN", "MENTEE");
		invite(id);
		var token = token(Mailbox.link(mailbox.newest(email, 1), "/invitations/"));
		var other = fixtures.user(Role.MENTEE, lead);
		participants.linkAccount(Actor.system(), new ParticipantId(id), other.id());

		mvc.perform(post("/api/invitations/{token}", token).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"password\": \"%s\", \"language\": \"EN\"}".formatted(CHOSEN)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("already has an account")));
		assertThat(users.accountWithEmail(email)).isEmpty();
	}

	@Test
	void theApiReadsAndAcceptsAnInvitationByItsToken() throws Exception {
		var email = uniqueEmail("api");
		var id = createEnrolled(email, "FR", "MENTOR");
		invite(id);
		var token = token(Mailbox.link(mailbox.newest(email, 1), "/invitations/"));

		mvc.perform(get("/api/invitations/{token}", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.programName").value(program.name()))
			.andExpect(jsonPath("$.role").value("MENTOR"))
			.andExpect(jsonPath("$.accountExists").value(false));
		mvc.perform(post("/api/invitations/{token}", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"password\": \"%s\", \"language\": \"FR\"}".formatted(CHOSEN)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.email").value(email));
		assertThat(users.find(Actor.system(), users.accountWithEmail(email).orElseThrow()).role()).isEqualTo(Role.MENTOR);
		mvc.perform(get("/api/invitations/{token}", token)).andExpect(status().isGone());
	}

	@Test
	void aProgramOfManyPeopleListsItsInvitationsByPageAndByWhereEachStands() throws Exception {
		for (int i = 0; i < 55; i++) {
			createEnrolled(uniqueEmail("many"), "FR", "MENTEE");
		}
		var invited = createEnrolled(uniqueEmail("invited"), "EN", "MENTOR");
		invite(invited);
		var session = Fixtures.signIn(mvc, coordinator.email());
		var first = org.jsoup.Jsoup.parse(mvc.perform(get("/programs/{id}/invitations", program.id()).session(session)
			.header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(first.select("tbody tr")).hasSize(50);
		assertThat(first.text()).contains("Page 1 of 2", "Everyone (56)", "Not invited (55)", "Invited (1)");
		var second = org.jsoup.Jsoup.parse(mvc.perform(get("/programs/{id}/invitations", program.id()).session(session)
			.param("page", "1").header("Accept-Language", "en")).andReturn().getResponse().getContentAsString());
		assertThat(second.select("tbody tr")).hasSize(6);
		var onlyInvited = org.jsoup.Jsoup.parse(mvc.perform(get("/programs/{id}/invitations", program.id())
			.session(session).param("status", "INVITED")).andReturn().getResponse().getContentAsString());
		assertThat(onlyInvited.select("tbody tr")).hasSize(1);
		assertThat(onlyInvited.select("tbody a").attr("href")).isEqualTo("/participants/" + invited);
	}

	UUID createEnrolled(String email, String language, String role) throws Exception {
		var first = email.substring(0, 1).toUpperCase() + email.substring(1, email.indexOf('-'));
		var response = mvc.perform(post("/api/participants").with(coordinatorCredentials())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"firstName": "%s", "lastName": "%s", "email": "%s", "preferredLanguage": "%s",
					 "programId": "%s", "role": "%s", "status": "ENROLLED"}"""
				.formatted(first, Fixtures.unique("Diallo").replace(" ", ""), email, language, program.id(), role)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(JsonPath.read(response, "$.id").toString());
	}

	UUID invite(UUID participant) throws Exception {
		var response = mvc.perform(post("/api/programs/{id}/invitations", program.id()).with(coordinatorCredentials())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"participantIds\": [\"%s\"]}".formatted(participant)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(JsonPath.read(response, "$[0].id").toString());
	}

	org.springframework.test.web.servlet.request.RequestPostProcessor coordinatorCredentials() {
		return httpBasic(coordinator.email(), Fixtures.PASSWORD);
	}

	static String uniqueEmail(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	static String path(String link) {
		return link.replaceFirst("\\?.*$", "");
	}

	static String token(String link) {
		return path(link).substring("/invitations/".length());
	}
}
